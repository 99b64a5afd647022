export interface CategoryCounts {
  broadcast: number;
  engagement: number;
  amplification: number;
}

export const EMPTY_CATEGORY_COUNTS: CategoryCounts = { broadcast: 0, engagement: 0, amplification: 0 };

/**
 * engagement / (engagement + broadcast); amplification is counted apart.
 * Null when there is neither, so "no posts" never reads as "0 % engagement".
 */
export function engagementShare(counts: Pick<CategoryCounts, "broadcast" | "engagement">): number | null {
  const denominator = counts.engagement + counts.broadcast;
  return denominator === 0 ? null : counts.engagement / denominator;
}

export function addCategoryCounts(a: CategoryCounts, b: CategoryCounts): CategoryCounts {
  return {
    broadcast: a.broadcast + b.broadcast,
    engagement: a.engagement + b.engagement,
    amplification: a.amplification + b.amplification,
  };
}

export function totalPosts(counts: CategoryCounts): number {
  return counts.broadcast + counts.engagement + counts.amplification;
}

export interface UseMismatchInput {
  declaredUse: string;
  share: number | null;
}

/**
 * An account declared for engagement whose engagement share is below the
 * threshold is flagged. Without posts in the period there is nothing to judge.
 */
export function isDeclaredUseMismatch(input: UseMismatchInput, minimumEngagementShare: number): boolean {
  return input.declaredUse === "engagement" && input.share !== null && input.share < minimumEngagementShare;
}
