import "server-only";
import { countByStatus, type StatusCounts } from "../metrics/activity-status";
import { addCategoryCounts, EMPTY_CATEGORY_COUNTS, engagementShare, totalPosts, type CategoryCounts } from "../metrics/engagement-share";
import type { EngagementTarget } from "../metrics/engagement-target";
import type { AccountFigures } from "./account-figures";

export interface MissionSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
  region: string | null;
  isDemo: boolean;
  engagementTarget: EngagementTarget;
  accounts: AccountFigures[];
  statusCounts: StatusCounts;
  lastPostAt: Date | null;
  counts: CategoryCounts;
  postsInPeriod: number;
  engagementShare: number | null;
}

export function summarizeMission(
  mission: { id: string; slug: string; name: string; kind: string; country: string; city: string | null; region: string | null; isDemo: boolean; engagementTarget: EngagementTarget },
  accounts: AccountFigures[],
): MissionSummary {
  const counts = accounts.reduce((sum, a) => addCategoryCounts(sum, a.counts), { ...EMPTY_CATEGORY_COUNTS });
  const lastPostAt = accounts.reduce<Date | null>(
    (newest, a) => (a.lastPostAt && (!newest || a.lastPostAt > newest) ? a.lastPostAt : newest),
    null,
  );
  // Field by field: spreading into a wider object is slow in V8, and this runs per mission and period.
  return {
    id: mission.id,
    slug: mission.slug,
    name: mission.name,
    kind: mission.kind,
    country: mission.country,
    city: mission.city,
    region: mission.region,
    isDemo: mission.isDemo,
    engagementTarget: mission.engagementTarget,
    accounts,
    statusCounts: countByStatus(accounts.map((a) => a.activity)),
    lastPostAt,
    counts,
    postsInPeriod: totalPosts(counts),
    engagementShare: engagementShare(counts),
  };
}
