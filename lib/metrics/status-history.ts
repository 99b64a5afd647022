import type { ActivityStatus } from "./activity-status";
import { addDays, calendarDaysBetween, startOfUtcDay } from "./dates";

/** Two consecutive posts of an account with more than T days without a post between them. */
export interface PostingGap {
  /** The last post before the gap. */
  previousPostAt: Date;
  /** The first post after the gap. */
  nextPostAt: Date;
}

export interface PostingRecord {
  /** The account's first post (at or before the end of D); null when it never posted. */
  firstPostAt: Date | null;
  /** The account's newest post at or before the end of D; null when it never posted. */
  lastPostAt: Date | null;
  /** Gaps longer than T, as found by the database; their order does not matter. */
  gaps: readonly PostingGap[];
}

export interface StatusInterval {
  status: ActivityStatus;
  /** First day (UTC midnight) with this status. */
  from: Date;
  /** First day of the next status (exclusive end); null when the status still holds at D. */
  to: Date | null;
}

/**
 * Whether the days without a post between two posting days are more than T,
 * i.e. whether any day between them was dormant. With posts on days p and q,
 * the days p+1 … q−1 have no post; day p+T+1 is dormant only if it comes
 * before q. So posts on days p and p+T+1 leave T empty days and no dormant
 * day; posts on p and p+T+2 leave T+1 empty days and one dormant day. The SQL
 * that finds gaps uses the same rule: day difference > T + 1.
 */
export function isDormancyGap(previousPostAt: Date, nextPostAt: Date, thresholdDays: number): boolean {
  return calendarDaysBetween(previousPostAt, nextPostAt) - 1 > thresholdDays;
}

/**
 * An account's activity status over time, up to D, from its first post, its
 * newest post and the gaps in its posting. The same rule as activityStatus,
 * applied to every day: silent before the first post, active on a day when
 * the newest post up to that day is at most T days old, dormant when it is
 * older — so dormancy starts T + 1 days after a posting day and ends on the
 * next posting day. Posts and gaps after D are ignored.
 *
 * `since` is where the account's history begins (its opening date, or its
 * first post when unknown): the silent interval runs from there.
 */
export function statusHistory(record: PostingRecord, asOf: Date, thresholdDays: number, since: Date): StatusInterval[] {
  if (!Number.isInteger(thresholdDays) || thresholdDays < 0) {
    throw new RangeError(`Dormancy threshold must be a whole number of days ≥ 0, got ${thresholdDays}`);
  }
  const day = startOfUtcDay(asOf);
  const start = minDate(startOfUtcDay(since), day);
  const first = record.firstPostAt ? startOfUtcDay(record.firstPostAt) : null;
  if (first === null || first > day) return [{ status: "silent", from: start, to: null }];

  const starts: { status: ActivityStatus; from: Date }[] = [];
  if (start < first) starts.push({ status: "silent", from: start });
  starts.push({ status: "active", from: first });

  // A gap that straddles D means the newest post up to D is the one before it.
  let lastPostDay = record.lastPostAt ? startOfUtcDay(record.lastPostAt) : first;
  const gaps = [...record.gaps]
    .map((g) => ({ previous: startOfUtcDay(g.previousPostAt), next: startOfUtcDay(g.nextPostAt) }))
    .filter((g) => g.previous >= first && g.previous <= day)
    .sort((a, b) => a.previous.getTime() - b.previous.getTime());
  for (const gap of gaps) {
    const dormantFrom = addDays(gap.previous, thresholdDays + 1);
    if (gap.next > day) {
      lastPostDay = gap.previous;
      break;
    }
    if (dormantFrom >= gap.next) continue;
    starts.push({ status: "dormant", from: dormantFrom }, { status: "active", from: gap.next });
  }
  if (lastPostDay > day) lastPostDay = day;

  const dormantFrom = addDays(lastPostDay, thresholdDays + 1);
  const current = starts[starts.length - 1]!;
  if (dormantFrom <= day && current.status === "active" && dormantFrom > current.from) {
    starts.push({ status: "dormant", from: dormantFrom });
  }

  return starts.map((interval, i) => ({ ...interval, to: starts[i + 1]?.from ?? null }));
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
