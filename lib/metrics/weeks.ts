import { formatIsoDay, type Period } from "./dates";

const DAY_MS = 86_400_000;

/** The Monday of the ISO week of a "YYYY-MM-DD" day. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return formatIsoDay(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS));
}

export interface PeriodWeek {
  /** Monday of the ISO week, "YYYY-MM-DD". */
  week: string;
  /** Days of this week inside the period (1–7): a period rarely starts on a Monday and ends on a Sunday. */
  days: number;
}

/** Every ISO week that overlaps the period, with how many of its days the period covers. */
export function periodWeeks(period: Pick<Period, "start" | "endExclusive">): PeriodWeek[] {
  const weeks: PeriodWeek[] = [];
  const first = Date.parse(`${weekStartOf(formatIsoDay(period.start))}T00:00:00Z`);
  const start = period.start.getTime();
  const end = period.endExclusive.getTime();
  for (let t = first; t < end; t += 7 * DAY_MS) {
    const days = Math.round((Math.min(t + 7 * DAY_MS, end) - Math.max(t, start)) / DAY_MS);
    weeks.push({ week: formatIsoDay(new Date(t)), days });
  }
  return weeks;
}
