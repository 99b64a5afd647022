import { calendarDaysBetween, startOfUtcDay } from "./dates";

export const ACTIVITY_STATUSES = ["active", "dormant", "silent"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface AccountActivityInput {
  /** Newest post at or before the end of D; null when the account had not posted by D. */
  lastPostAt: Date | null;
  isPrivate: boolean;
}

export interface AccountActivity {
  status: ActivityStatus;
  /** Private accounts keep their status but are flagged. */
  isPrivate: boolean;
  /** Whole days from the last post to D; null when silent. */
  daysSinceLastPost: number | null;
}

/**
 * Activity status at D with dormancy threshold T (days): active when the last
 * post is at most T calendar days before D (a post exactly T days before D
 * still counts), dormant when older, silent when there is no post at all.
 */
export function activityStatus(input: AccountActivityInput, asOf: Date, thresholdDays: number): AccountActivity {
  if (!Number.isInteger(thresholdDays) || thresholdDays < 0) {
    throw new RangeError(`Dormancy threshold must be a whole number of days ≥ 0, got ${thresholdDays}`);
  }
  if (input.lastPostAt === null) return { status: "silent", isPrivate: input.isPrivate, daysSinceLastPost: null };
  const days = calendarDaysBetween(input.lastPostAt, startOfUtcDay(asOf));
  if (days < 0) {
    throw new RangeError("lastPostAt lies after D: pass the newest post at or before D");
  }
  return {
    status: days <= thresholdDays ? "active" : "dormant",
    isPrivate: input.isPrivate,
    daysSinceLastPost: days,
  };
}

export type StatusCounts = Record<ActivityStatus, number> & { total: number; private: number };

/** Counts accounts by status, as mission and ministry figures do ("11 of 29 accounts dormant"). */
export function countByStatus(accounts: readonly AccountActivity[]): StatusCounts {
  const counts: StatusCounts = { active: 0, dormant: 0, silent: 0, total: 0, private: 0 };
  for (const account of accounts) {
    counts[account.status] += 1;
    counts.total += 1;
    if (account.isPrivate) counts.private += 1;
  }
  return counts;
}
