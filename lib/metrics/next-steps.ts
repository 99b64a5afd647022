import type { ActivityStatus } from "./activity-status";
import type { TargetJudgement } from "./engagement-target";
import type { HealthComponentKey } from "./health-score";

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
  | { kind: "theme_gap"; themeId: string; themeName: string }
  | { kind: "private_account"; accountId: string; handle: string }
  | { kind: "below_peers"; component: HealthComponentKey };

/**
 * Concrete next steps derived from a mission's numbers, most pressing first:
 * dormant and silent accounts, accounts that broadcast while declared for
 * engagement, a mission below the engagement HQ set as its target, priority
 * themes not covered in the period, private accounts, then health components
 * in the bottom quarter of the peers.
 */
export function deriveNextSteps(input: {
  accounts: readonly NextStepAccount[];
  themes: readonly NextStepTheme[];
  componentsBelowPeers: readonly HealthComponentKey[];
  target?: TargetJudgement | null;
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
  for (const t of input.themes) if (t.isGap) steps.push({ kind: "theme_gap", themeId: t.id, themeName: t.name });
  for (const a of input.accounts)
    if (a.isPrivate) steps.push({ kind: "private_account", accountId: a.id, handle: a.handle });
  for (const component of input.componentsBelowPeers) steps.push({ kind: "below_peers", component });
  return steps;
}
