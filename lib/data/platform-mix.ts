import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { AppError } from "../errors";
import { institutionalAccountWhere } from "./account-scope";
import { writeAudit } from "../auth/audit";
import { can, visibleMissionIds, type Viewer } from "../auth/permissions";
import type { Period } from "../metrics/dates";
import {
  compareWithAdoption,
  DEFAULT_TARGET_FORMATS,
  ministryFormatShares,
  missionFormatPresence,
  PRESENCE_FORMATS,
  type AdoptionComparison,
  type FormatPresence,
  type MinistryFormatShare,
  type PresenceFormat,
} from "../metrics/platform-mix";
import type { MetricSettings } from "../metrics/settings";
import { getAccountFigures } from "./account-figures";

export const PLATFORM_TARGET_KEY = "platformTargetFormats";

const targetFormatsSchema = z.array(z.enum(PRESENCE_FORMATS)).max(PRESENCE_FORMATS.length);

/** The formats HQ expects every mission to keep alive; the default until an analyst sets them. */
export async function getTargetFormats(): Promise<PresenceFormat[]> {
  const row = await prisma.setting.findUnique({ where: { key: PLATFORM_TARGET_KEY } });
  if (!row) return [...DEFAULT_TARGET_FORMATS];
  try {
    return targetFormatsSchema.parse(JSON.parse(row.value));
  } catch {
    throw new Error(`The stored "${PLATFORM_TARGET_KEY}" setting is not a list of formats`);
  }
}

export async function setTargetFormats(viewer: Viewer, formats: readonly PresenceFormat[]): Promise<PresenceFormat[]> {
  if (!can(viewer, "edit:mission-settings")) throw new AppError("forbidden");
  // Kept in the formats' own order, without repeats.
  const value = PRESENCE_FORMATS.filter((format) => formats.includes(format));
  await prisma.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: PLATFORM_TARGET_KEY } });
    await tx.setting.upsert({ where: { key: PLATFORM_TARGET_KEY }, create: { key: PLATFORM_TARGET_KEY, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "platform_targets_changed",
      targetType: "setting",
      targetId: PLATFORM_TARGET_KEY,
      details: { from: before ? JSON.parse(before.value) : DEFAULT_TARGET_FORMATS, to: value },
    });
  });
  return value;
}

export interface PlatformMixMission {
  id: string;
  name: string;
  presence: FormatPresence[];
  gaps: PresenceFormat[];
  accounts: { id: string; platform: string; handle: string; status: string; postsInPeriod: number }[];
}

export interface PlatformMix {
  targetFormats: PresenceFormat[];
  /** The missions the viewer may see, with their presence per format. */
  missions: PlatformMixMission[];
  /** Every mission's presence as counts per format (anonymous for an ambassador). */
  ministry: MinistryFormatShare[];
  /** Reference adoption by foreign ministries beside this ministry's missions on each platform. */
  adoption: AdoptionComparison[];
}

/**
 * Each mission's presence by platform and format at the as-of date, against
 * HQ's target formats and against the reference adoption by foreign
 * ministries. The ministry figures and the adoption comparison cover every
 * mission as counts only; mission rows are limited to what the viewer may see.
 */
export async function getPlatformMix(viewer: Viewer, period: Period, settings: MetricSettings): Promise<PlatformMix> {
  const visible = visibleMissionIds(viewer);
  const [targetFormats, missions, reference] = await Promise.all([
    getTargetFormats(),
    prisma.mission.findMany({ select: { id: true, name: true, accounts: { where: institutionalAccountWhere, select: { id: true } } }, orderBy: { name: "asc" } }),
    prisma.platformAdoption.findMany({ select: { platform: true, ministries: true, source: true, year: true } }),
  ]);
  const figures = await getAccountFigures(prisma, missions.flatMap((m) => m.accounts.map((a) => a.id)), period, settings);
  const byMission = new Map<string, typeof figures>();
  for (const f of figures) byMission.set(f.missionId, [...(byMission.get(f.missionId) ?? []), f]);
  const all = missions.map((mission) => {
    const accounts = byMission.get(mission.id) ?? [];
    const presence = missionFormatPresence(accounts.map((a) => ({ platform: a.platform, status: a.activity.status })), targetFormats);
    return {
      id: mission.id,
      name: mission.name,
      presence,
      gaps: presence.filter((p) => p.isGap).map((p) => p.format),
      accounts: accounts.map((a) => ({ id: a.id, platform: a.platform, handle: a.handle, status: a.activity.status, postsInPeriod: a.postsInPeriod })),
    };
  });
  return {
    targetFormats,
    missions: visible === null ? all : all.filter((m) => visible.includes(m.id)),
    ministry: ministryFormatShares(all.map((m) => m.presence), targetFormats),
    adoption: compareWithAdoption(reference, figures.map((f) => ({ missionId: f.missionId, platform: f.platform, status: f.activity.status }))),
  };
}
