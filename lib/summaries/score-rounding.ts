/**
 * One rounding rule for health scores wherever the summary shows them (page,
 * PDF, CSV, XLSX, narrative): one decimal, and a change computed from the two
 * scores as shown, so "57.7 → 57.7" is no change rather than "+0.1" (from
 * 57.74 and 57.66). A change of 0 is worded "no change" by the renderers.
 */
import { roundTo, shownChange } from "../metrics/period-change";

/** Decimals a health score is shown with ("60.4" beside "48.7"). */
export const SCORE_DIGITS = 1;

export function shownScore(score: number | null): number | null {
  return score === null ? null : roundTo(score, SCORE_DIGITS);
}

/** The change between two scores as shown; null without both. */
export function shownScoreChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : shownChange(current, previous, SCORE_DIGITS).change;
}
