/**
 * How one period's figure is compared with an earlier one's (PRODUCT.md,
 * "Partial periods"): volumes (posts) by daily rate, so a quarter in progress
 * is never set against a whole quarter's total; rates and shares as they are.
 * Either way a change that rounds to nothing at the precision it is shown in
 * is "same" (worded "no change" / "unchanged"), never up or down.
 */

export type ChangeDirection = "up" | "down" | "same";

/** `value` rounded to `digits` decimals, halves away from zero (as Intl.NumberFormat rounds). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  // The nudge keeps 0.345 (0.34499999… in binary) rounding as it prints.
  // "+ 0" turns -0 (a small negative rounded away) into 0.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor + 0;
}

export function directionOf(change: number): ChangeDirection {
  return change === 0 ? "same" : change > 0 ? "up" : "down";
}

/**
 * The change between two figures as a reader sees them: each rounded to
 * `digits` decimals first, then subtracted, so two figures that print alike
 * (35 % and 35 %) are "same" and the printed change is the printed figures'
 * difference. A share shown as a whole percentage has digits 2 (0.35).
 */
export function shownChange(
  current: number,
  previous: number,
  digits: number,
): { change: number; direction: ChangeDirection } {
  const change = roundTo(roundTo(current, digits) - roundTo(previous, digits), digits);
  return { change, direction: directionOf(change) };
}

/** A count over the days it covers: a whole quarter's 90–92, or the days of a quarter in progress up to the newest data. */
export interface Volume {
  count: number;
  days: number;
}

/** Count per day; null over no day. */
export function dailyRate(volume: Volume): number | null {
  return volume.days > 0 ? volume.count / volume.days : null;
}

export interface RateChange {
  currentRate: number | null;
  previousRate: number | null;
  /**
   * Relative change of the daily rate, rounded to `digits` decimals (0.22 for
   * "22 %" at digits 2); null when the earlier period had no count (no base).
   */
  change: number | null;
  /** "same" when the rounded change is zero; null when there is nothing to compare (no base and no count now). */
  direction: ChangeDirection | null;
}

/**
 * A volume compared by daily rate: `current.count / current.days` against
 * `previous.count / previous.days`. 616 posts in 46 days (13.39 a day)
 * against 1,500 in 91 (16.48 a day) is down 19 %, not down 59 %.
 */
export function rateChange(current: Volume, previous: Volume, digits = 2): RateChange {
  const currentRate = dailyRate(current);
  const previousRate = dailyRate(previous);
  if (currentRate === null || previousRate === null)
    return { currentRate, previousRate, change: null, direction: null };
  if (previousRate === 0) return { currentRate, previousRate, change: null, direction: currentRate > 0 ? "up" : null };
  const change = roundTo(currentRate / previousRate - 1, digits);
  return { currentRate, previousRate, change, direction: directionOf(change) };
}
