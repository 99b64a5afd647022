import type { ActivityStatus } from "../metrics/activity-status";
import type { MissionSummary } from "./missions";

export const MISSION_SORT_KEYS = ["name", "status", "lastPost", "posts", "engagement"] as const;
export type MissionSortKey = (typeof MISSION_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

const STATUS_RANK: Record<ActivityStatus, number> = { silent: 0, dormant: 1, active: 2 };

/** A mission's worst account status first: a mission with any dormant account needs attention. */
function worstStatusRank(mission: MissionSummary): number {
  return mission.accounts.reduce((worst, a) => Math.min(worst, STATUS_RANK[a.activity.status]), STATUS_RANK.active + 1);
}

/** Sorts mission rows for the table; missing values (no post, no share) always go last. */
export function sortMissions(missions: readonly MissionSummary[], key: MissionSortKey, direction: SortDirection): MissionSummary[] {
  const value = (m: MissionSummary): number | string | null => {
    switch (key) {
      case "name":
        return m.name.toLocaleLowerCase();
      case "status":
        return worstStatusRank(m);
      case "lastPost":
        return m.lastPostAt?.getTime() ?? null;
      case "posts":
        return m.postsInPeriod;
      case "engagement":
        return m.engagementShare;
    }
  };
  const sign = direction === "asc" ? 1 : -1;
  return [...missions].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    const order = typeof va === "string" && typeof vb === "string" ? va.localeCompare(vb) : Number(va) - Number(vb);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}

/** Missions with at least one account in the given status. */
export function filterMissionsByStatus(missions: readonly MissionSummary[], status: ActivityStatus | null): MissionSummary[] {
  return status === null ? [...missions] : missions.filter((m) => m.accounts.some((a) => a.activity.status === status));
}
