import type { ActivityStatus } from "./activity-status";
import type { TargetJudgement } from "./engagement-target";
import type { HealthComponentKey, HealthScore } from "./health-score";

export interface NextStepAccount {
  id: string;
  handle: string;
  status: ActivityStatus;
  lastPostAt: Date | null;
  isPrivate: boolean;
  declaredUseMismatch: boolean;
  engagementShare: number | null;
}

export interface NextStepTheme {
  id: string;
  name: string;
  isGap: boolean;
}

export type NextStep =
  | { kind: "reactivate_or_close"; accountId: string; handle: string; since: Date }
  | { kind: "start_or_close"; accountId: string; handle: string }
  | { kind: "use_mismatch"; accountId: string; handle: string; broadcastShare: number }
  | { kind: "below_target"; target: TargetJudgement["target"]; share: number; minimumShare: number }
  | { kind: "theme_gap"; themes: { id: string; name: string }[] }
  | { kind: "private_account"; accountId: string; handle: string }
  | { kind: "below_peers"; component: HealthComponentKey }
  | {
      kind: "win_points";
      component: HealthComponentKey;
      value: number | null;
      /** Points the component adds to the score now, and at most. */
      points: number;
      maxPoints: number;
      /** Points a tenth more of the component (0.1) would add. */
      pointsPerTenth: number;
    };

/** A component losing fewer points than this is not worth a step of its own. */
const POINTS_WORTH_A_STEP = 5;

/**
 * Concrete next steps derived from a mission's numbers, most pressing first:
 * dormant and silent accounts, accounts that broadcast while declared for
 * engagement, a mission below the engagement HQ set as its target, priority
 * themes not covered in the period (one step for all of them), private
 * accounts, health components in the bottom quarter of the peers, then the
 * component that loses the score the most points, with what a tenth more of
 * it would win: a mission can meet its engagement target and still lose most
 * of the engagement points, and should be told so.
 */
export function deriveNextSteps(input: {
  accounts: readonly NextStepAccount[];
  themes: readonly NextStepTheme[];
  componentsBelowPeers: readonly HealthComponentKey[];
  target?: TargetJudgement | null;
  health?: HealthScore;
}): NextStep[] {
  const steps: NextStep[] = [];
  for (const a of input.accounts) {
    if (a.status === "dormant" && a.lastPostAt)
      steps.push({ kind: "reactivate_or_close", accountId: a.id, handle: a.handle, since: a.lastPostAt });
    if (a.status === "silent") steps.push({ kind: "start_or_close", accountId: a.id, handle: a.handle });
  }
  for (const a of input.accounts) {
    if (a.declaredUseMismatch && a.engagementShare !== null) {
      steps.push({ kind: "use_mismatch", accountId: a.id, handle: a.handle, broadcastShare: 1 - a.engagementShare });
    }
  }
  const target = input.target;
  if (target?.verdict === "below" && target.share !== null && target.minimumShare !== null) {
    steps.push({ kind: "below_target", target: target.target, share: target.share, minimumShare: target.minimumShare });
  }
  const gaps = input.themes.filter((t) => t.isGap).map((t) => ({ id: t.id, name: t.name }));
  if (gaps.length > 0) steps.push({ kind: "theme_gap", themes: gaps });
  for (const a of input.accounts)
    if (a.isPrivate) steps.push({ kind: "private_account", accountId: a.id, handle: a.handle });
  for (const component of input.componentsBelowPeers) steps.push({ kind: "below_peers", component });
  const winnable = mostPointsToWin(input.health);
  if (winnable) steps.push(winnable);
  return steps;
}

function mostPointsToWin(health: HealthScore | undefined): Extract<NextStep, { kind: "win_points" }> | null {
  if (!health) return null;
  const totalWeight = health.components.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight <= 0) return null;
  let best: Extract<NextStep, { kind: "win_points" }> | null = null;
  for (const c of health.components) {
    const maxPoints = (100 * c.weight) / totalWeight;
    const lost = maxPoints - c.points;
    if (lost >= POINTS_WORTH_A_STEP && (!best || lost > best.maxPoints - best.points)) {
      best = {
        kind: "win_points",
        component: c.key,
        value: c.value,
        points: c.points,
        maxPoints,
        pointsPerTenth: maxPoints / 10,
      };
    }
  }
  return best;
}
