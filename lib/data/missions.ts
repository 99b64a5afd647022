import "server-only";
import { prisma } from "../db";
import { canViewMission, type Viewer } from "../auth/permissions";
import { countByStatus, type StatusCounts } from "../metrics/activity-status";
import type { Period } from "../metrics/dates";
import { addCategoryCounts, EMPTY_CATEGORY_COUNTS, engagementShare, totalPosts, type CategoryCounts } from "../metrics/engagement-share";
import type { MetricSettings } from "../metrics/settings";
import { getAccountFigures, type AccountFigures } from "./account-figures";

export interface MissionSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
  region: string | null;
  isDemo: boolean;
  accounts: AccountFigures[];
  statusCounts: StatusCounts;
  lastPostAt: Date | null;
  counts: CategoryCounts;
  postsInPeriod: number;
  engagementShare: number | null;
}

const missionSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  region: true,
  isDemo: true,
  accounts: { select: { id: true } },
} as const;

export function summarizeMission(
  mission: { id: string; slug: string; name: string; kind: string; country: string; city: string | null; region: string | null; isDemo: boolean },
  accounts: AccountFigures[],
): MissionSummary {
  const counts = accounts.reduce((sum, a) => addCategoryCounts(sum, a.counts), { ...EMPTY_CATEGORY_COUNTS });
  const lastPostAt = accounts.reduce<Date | null>(
    (newest, a) => (a.lastPostAt && (!newest || a.lastPostAt > newest) ? a.lastPostAt : newest),
    null,
  );
  return {
    ...mission,
    accounts,
    statusCounts: countByStatus(accounts.map((a) => a.activity)),
    lastPostAt,
    counts,
    postsInPeriod: totalPosts(counts),
    engagementShare: engagementShare(counts),
  };
}

/** One mission with its accounts' figures; null when it does not exist or the viewer may not see it. */
export async function getMissionSummary(
  viewer: Viewer,
  missionId: string,
  period: Period,
  settings: MetricSettings,
): Promise<MissionSummary | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const mission = await prisma.mission.findUnique({ where: { id: missionId }, select: missionSelect });
  if (!mission) return null;
  const { accounts, ...rest } = mission;
  const figures = await getAccountFigures(prisma, accounts.map((a) => a.id), period, settings);
  return summarizeMission(rest, figures);
}
