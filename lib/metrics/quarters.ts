import { periodEndingAt, type Period } from "./dates";
import type { Message } from "../messages";

/** A calendar quarter, e.g. { year: 2017, quarter: 3 } for July–September 2017 (UTC days). */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

/**
 * "2017-Q3" as a Quarter; null for anything else: years from 1970 to the one
 * after `today`'s. Later quarters hold no activity, and one near year 9999
 * ends on a day neither store can bind.
 */
export function parseQuarter(value: string, today: Date = new Date()): Quarter | null {
  const m = QUARTER_ID.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1970 || year > today.getUTCFullYear() + 1) return null;
  return { year, quarter: Number(m[2]) as Quarter["quarter"] };
}

/** The URL form, "2017-Q3". */
export function quarterId(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** How far a quarter's figures reach: the days its period covers of the quarter's own days. */
export interface QuarterCoverage {
  days: number;
  quarterDays: number;
  /** The data stops inside the quarter: its figures run to the newest activity only. */
  inProgress: boolean;
}

/** The coverage of a quarter's figures computed over `period` (the whole quarter, or its days up to the newest data). */
export function quarterCoverage(q: Quarter, period: Pick<Period, "days">): QuarterCoverage {
  const quarterDays = quarterPeriod(q).days;
  return { days: period.days, quarterDays, inProgress: period.days < quarterDays };
}

/**
 * How pages and sentences name a quarter, worded by the catalog: "Q3 2017" in
 * English; with the coverage of a quarter in progress, "Q3 2017 (in progress,
 * 46 of 92 days)".
 */
export function quarterLabel(q: Quarter, coverage?: QuarterCoverage): Message {
  const params = { quarter: String(q.quarter), year: String(q.year) };
  if (coverage?.inProgress)
    return {
      code: "summaries.quarterInProgressLabel",
      params: { ...params, days: coverage.days, quarterDays: coverage.quarterDays },
    };
  return { code: "summaries.quarterLabel", params };
}

/** The quarter a moment falls in (UTC). */
export function quarterOf(instant: Date): Quarter {
  return { year: instant.getUTCFullYear(), quarter: (Math.floor(instant.getUTCMonth() / 3) + 1) as Quarter["quarter"] };
}

export function firstDayOfQuarter(q: Quarter): Date {
  return new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

export function lastDayOfQuarter(q: Quarter): Date {
  return new Date(Date.UTC(q.year, q.quarter * 3, 0));
}

/** The quarter as a metric period: as of its last day, over all its days (90–92). */
export function quarterPeriod(q: Quarter): Period {
  const first = firstDayOfQuarter(q);
  const last = lastDayOfQuarter(q);
  return periodEndingAt(last, Math.round((last.getTime() - first.getTime()) / 86_400_000) + 1);
}

/** The quarter `offset` quarters away (negative: earlier). */
export function shiftQuarter(q: Quarter, offset: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + offset;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

export const previousQuarter = (q: Quarter): Quarter => shiftQuarter(q, -1);
export const sameQuarterLastYear = (q: Quarter): Quarter => shiftQuarter(q, -4);

/** The `count` quarters ending with `q`, oldest first. */
export function quartersEndingWith(q: Quarter, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => shiftQuarter(q, i - count + 1));
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}
