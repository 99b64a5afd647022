import type { ActivityStatus } from "./activity-status";
import { addDays, startOfUtcDay } from "./dates";

/** An account as the HQ action list reads it, with the mission it belongs to. */
export interface HqActionAccount {
  accountId: string;
  handle: string;
  platform: string;
  missionId: string;
  missionName: string;
  status: ActivityStatus;
  daysSinceLastPost: number | null;
  lastPostAt: Date | null;
  isPrivate: boolean;
  declaredUseMismatch: boolean;
  engagementShare: number | null;
}

export const HQ_ACTION_KINDS = ["dormant", "silent", "goingDormant", "private", "broadcasting"] as const;
export type HqActionKind = (typeof HQ_ACTION_KINDS)[number];

interface ActionBase {
  accountId: string;
  handle: string;
  platform: string;
  missionId: string;
  missionName: string;
}

export type HqAction =
  | (ActionBase & { kind: "dormant"; lastPostAt: Date; daysSinceLastPost: number })
  | (ActionBase & { kind: "silent" })
  | (ActionBase & { kind: "goingDormant"; lastPostAt: Date; dormantOn: Date; daysLeft: number })
  | (ActionBase & { kind: "private" })
  | (ActionBase & { kind: "broadcasting"; broadcastShare: number });

/**
 * Days before the threshold at which an active account counts as about to
 * go dormant: a month's notice, never more than the threshold itself (with
 * T = 7 every account would otherwise always be "about to").
 */
export function dormancyWarningDays(thresholdDays: number): number {
  return Math.min(30, Math.floor(thresholdDays / 3));
}

/**
 * The accounts that need HQ now, most pressing first: dormant (longest
 * silent first), never posted, about to go dormant (soonest first), private,
 * then declared for engagement but broadcasting (most broadcast first). An
 * account appears once per reason. The day it goes dormant is the first day
 * its last post is more than T days old (see activityStatus).
 */
export function hqActions(accounts: readonly HqActionAccount[], asOf: Date, thresholdDays: number): HqAction[] {
  const today = startOfUtcDay(asOf);
  const warning = dormancyWarningDays(thresholdDays);
  const byKind: { [K in HqActionKind]: Extract<HqAction, { kind: K }>[] } = {
    dormant: [],
    silent: [],
    goingDormant: [],
    private: [],
    broadcasting: [],
  };
  for (const a of accounts) {
    const base: ActionBase = {
      accountId: a.accountId,
      handle: a.handle,
      platform: a.platform,
      missionId: a.missionId,
      missionName: a.missionName,
    };
    if (a.status === "dormant" && a.lastPostAt && a.daysSinceLastPost !== null) {
      byKind.dormant.push({
        ...base,
        kind: "dormant",
        lastPostAt: a.lastPostAt,
        daysSinceLastPost: a.daysSinceLastPost,
      });
    } else if (a.status === "silent") {
      byKind.silent.push({ ...base, kind: "silent" });
    } else if (
      a.status === "active" &&
      a.lastPostAt &&
      a.daysSinceLastPost !== null &&
      a.daysSinceLastPost > thresholdDays - warning
    ) {
      const daysLeft = thresholdDays + 1 - a.daysSinceLastPost;
      byKind.goingDormant.push({
        ...base,
        kind: "goingDormant",
        lastPostAt: a.lastPostAt,
        dormantOn: addDays(today, daysLeft),
        daysLeft,
      });
    }
    if (a.isPrivate) byKind.private.push({ ...base, kind: "private" });
    if (a.declaredUseMismatch && a.engagementShare !== null) {
      byKind.broadcasting.push({ ...base, kind: "broadcasting", broadcastShare: 1 - a.engagementShare });
    }
  }
  const byMission = (x: ActionBase, y: ActionBase) =>
    x.missionName.localeCompare(y.missionName, "en") || x.handle.localeCompare(y.handle, "en");
  byKind.dormant.sort((x, y) => y.daysSinceLastPost - x.daysSinceLastPost || byMission(x, y));
  byKind.silent.sort(byMission);
  byKind.goingDormant.sort((x, y) => x.daysLeft - y.daysLeft || byMission(x, y));
  byKind.private.sort(byMission);
  byKind.broadcasting.sort((x, y) => y.broadcastShare - x.broadcastShare || byMission(x, y));
  return HQ_ACTION_KINDS.flatMap((kind): HqAction[] => byKind[kind]);
}
