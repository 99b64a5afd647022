/** Posts per week over a period of `periodDays` days: the account's posting cadence. */
export function postsPerWeek(posts: number, periodDays: number): number {
  if (!Number.isInteger(periodDays) || periodDays < 1) {
    throw new RangeError(`Period must be a whole number of days ≥ 1, got ${periodDays}`);
  }
  return (posts * 7) / periodDays;
}
