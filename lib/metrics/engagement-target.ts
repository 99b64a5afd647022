import type { ENGAGEMENT_TARGETS } from "../validations/domain";
import type { MetricSettings } from "./settings";

export type EngagementTarget = (typeof ENGAGEMENT_TARGETS)[number];

export type TargetVerdict = "meets" | "below" | "no_minimum" | "no_posts";

export interface TargetJudgement {
  target: EngagementTarget;
  /** The engagement share the target asks for; null for "broadcast only". */
  minimumShare: number | null;
  share: number | null;
  verdict: TargetVerdict;
  /** How far below the minimum (minimum − share); null unless below. */
  shortfall: number | null;
}

/** The share a target asks for: none for broadcast-only missions, the settings' minimum otherwise. */
export function minimumShareFor(
  target: EngagementTarget,
  shares: MetricSettings["engagementTargetShares"],
): number | null {
  return target === "broadcast_only" ? null : shares[target];
}

/**
 * A mission judged against the engagement HQ expects of it: not every
 * country needs the same dialogue, so a broadcast-only mission is never
 * "below", and a priority mission is held to more than the peers' median.
 */
export function judgeEngagementTarget(
  target: EngagementTarget,
  share: number | null,
  shares: MetricSettings["engagementTargetShares"],
): TargetJudgement {
  const minimumShare = minimumShareFor(target, shares);
  if (minimumShare === null) return { target, minimumShare, share, verdict: "no_minimum", shortfall: null };
  if (share === null) return { target, minimumShare, share, verdict: "no_posts", shortfall: null };
  if (share >= minimumShare) return { target, minimumShare, share, verdict: "meets", shortfall: null };
  return { target, minimumShare, share, verdict: "below", shortfall: minimumShare - share };
}
