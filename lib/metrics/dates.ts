/**
 * Calendar days in UTC. An "as of" date D is a whole day: activity up to the
 * end of D counts, activity after D does not.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into UTC midnight; null for anything that is not a real calendar day. */
export function parseIsoDay(value: string): Date | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime()) || formatIsoDay(date) !== value) return null;
  return date;
}

export function formatIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole calendar days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}

export interface Period {
  /** The as-of day D (UTC midnight). */
  asOf: Date;
  /** Length of the period in days, D included. */
  days: number;
  /** First instant of the period: the start of day D - days + 1. */
  start: Date;
  /** First instant after the period: the start of day D + 1. */
  endExclusive: Date;
}

/** The `days` calendar days ending with (and including) D. */
export function periodEndingAt(asOf: Date, days: number): Period {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`Period must be a whole number of days ≥ 1, got ${days}`);
  const day = startOfUtcDay(asOf);
  return { asOf: day, days, start: addDays(day, -(days - 1)), endExclusive: addDays(day, 1) };
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  return periodEndingAt(addDays(period.start, -1), period.days);
}

export function isWithinPeriod(instant: Date, period: Period): boolean {
  const t = instant.getTime();
  return t >= period.start.getTime() && t < period.endExclusive.getTime();
}
