import "server-only";
import type { PrismaClient } from "@prisma/client";
import { activityStatus, type AccountActivity } from "../metrics/activity-status";
import type { Period } from "../metrics/dates";
import {
  EMPTY_CATEGORY_COUNTS,
  engagementShare,
  isDeclaredUseMismatch,
  totalPosts,
  type CategoryCounts,
} from "../metrics/engagement-share";
import { POST_CATEGORIES, type PostCategory } from "../metrics/post-kind";
import type { MetricSettings } from "../metrics/settings";
import { queryByIdChunks } from "./id-chunks";

export interface AccountFigures {
  id: string;
  missionId: string;
  platform: string;
  handle: string;
  displayName: string | null;
  declaredUse: string;
  isPrivate: boolean;
  isDemo: boolean;
  activity: AccountActivity;
  /** Newest post at or before the end of D. */
  lastPostAt: Date | null;
  /** All posts up to the end of D. */
  postsToDate: number;
  /** Posts in the period, by category. */
  counts: CategoryCounts;
  postsInPeriod: number;
  engagementShare: number | null;
  declaredUseMismatch: boolean;
}

const isCategory = (value: string): value is PostCategory => (POST_CATEGORIES as readonly string[]).includes(value);

/**
 * Status, last post and period figures of the given accounts, aggregated in
 * the database (two grouped queries whatever the number of posts).
 * Callers pass only accounts the viewer may see.
 */
export async function getAccountFigures(
  db: PrismaClient,
  accountIds: readonly string[],
  period: Period,
  settings: MetricSettings,
): Promise<AccountFigures[]> {
  if (accountIds.length === 0) return [];
  const [accounts, toDate, inPeriod] = await Promise.all([
    queryByIdChunks(accountIds, (ids) =>
      db.account.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          missionId: true,
          platform: true,
          handle: true,
          displayName: true,
          declaredUse: true,
          isPrivate: true,
          isDemo: true,
        },
      }),
    ),
    queryByIdChunks(accountIds, (ids) =>
      db.post.groupBy({
        by: ["accountId"],
        where: { accountId: { in: ids }, postedAt: { lt: period.endExclusive } },
        _max: { postedAt: true },
        _count: { _all: true },
      }),
    ),
    queryByIdChunks(accountIds, (ids) =>
      db.post.groupBy({
        by: ["accountId", "category"],
        where: { accountId: { in: ids }, postedAt: { gte: period.start, lt: period.endExclusive } },
        _count: { _all: true },
      }),
    ),
  ]);
  // Chunks come back one after the other: order as one query would have.
  accounts.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));

  const toDateById = new Map(toDate.map((row) => [row.accountId, row]));
  const countsById = new Map<string, CategoryCounts>();
  for (const row of inPeriod) {
    if (!isCategory(row.category)) continue;
    const counts = countsById.get(row.accountId) ?? { ...EMPTY_CATEGORY_COUNTS };
    counts[row.category] += row._count._all;
    countsById.set(row.accountId, counts);
  }

  return accounts.map((account): AccountFigures => {
    const lastPostAt = toDateById.get(account.id)?._max.postedAt ?? null;
    const counts = countsById.get(account.id) ?? { ...EMPTY_CATEGORY_COUNTS };
    const share = engagementShare(counts);
    return {
      ...account,
      activity: activityStatus({ lastPostAt, isPrivate: account.isPrivate }, period.asOf, settings.dormancyThresholdDays),
      lastPostAt,
      postsToDate: toDateById.get(account.id)?._count._all ?? 0,
      counts,
      postsInPeriod: totalPosts(counts),
      engagementShare: share,
      declaredUseMismatch: isDeclaredUseMismatch(
        { declaredUse: account.declaredUse, share },
        settings.engagementMismatchBelow,
      ),
    };
  });
}
