/**
 * Working hours: when, in a mission's own time zone, its posts went out.
 * A workload signal (a team answering at 2 a.m. every week needs support),
 * not a ranking. Time zones are converted with Intl.DateTimeFormat, which
 * carries the IANA database (daylight-saving changes included).
 */

export const TIME_CLASSES = ["working", "after_hours", "weekend", "holiday"] as const;
/**
 * Where a post's local time falls. Precedence: a public holiday beats a
 * weekend, which beats after hours: a post on a holiday that is also a
 * Saturday counts once, as holiday.
 */
export type TimeClass = (typeof TIME_CLASSES)[number];

/** A mission's working-time settings (Mission columns and MissionHoliday rows). */
export interface WorkingTimeSettings {
  timeZone: string;
  /** Minutes after local midnight; working time is [start, end). */
  workdayStartMinute: number;
  workdayEndMinute: number;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  weekendDays: readonly number[];
  /** Local calendar days "YYYY-MM-DD". */
  holidays: ReadonlySet<string>;
}

/** The local wall-clock reading of an instant. */
export interface LocalTime {
  /** "YYYY-MM-DD" in the zone. */
  day: string;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  hour: number;
  minute: number;
  /** Minutes after local midnight. */
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const dayOfMonth = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const utcWeekday = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay();
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    isoWeekday: utcWeekday === 0 ? 7 : utcWeekday,
    hour,
    minute,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Holiday > weekend > after hours > working. */
export function classifyLocalTime(local: LocalTime, settings: WorkingTimeSettings): TimeClass {
  if (settings.holidays.has(local.day)) return "holiday";
  if (settings.weekendDays.includes(local.isoWeekday)) return "weekend";
  if (local.minuteOfDay < settings.workdayStartMinute || local.minuteOfDay >= settings.workdayEndMinute)
    return "after_hours";
  return "working";
}

export function classifyPostTime(instant: Date, settings: WorkingTimeSettings): TimeClass {
  return classifyLocalTime(localTime(instant, settings.timeZone), settings);
}

/** "6,7" → [6, 7]; anything that is not a weekday number is dropped. */
export function parseWeekendDays(value: string): number[] {
  const days = value
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 7);
  return [...new Set(days)].sort((a, b) => a - b);
}

export function formatWeekendDays(days: readonly number[]): string {
  return [...new Set(days)].sort((a, b) => a - b).join(",");
}

/** 540 → "09:00". */
export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/**
 * Posts counted per UTC quarter-hour. Every time-zone offset in use is a
 * multiple of 15 minutes and changes only on a quarter-hour, so all posts of
 * one UTC quarter-hour share one local quarter-hour: classifying the bucket
 * classifies each of its posts exactly (working hours are whole quarter-hours).
 */
export interface QuarterHourBucket {
  /** UTC calendar day "YYYY-MM-DD". */
  utcDay: string;
  /** 0 … 95: the quarter-hour of the UTC day. */
  quarter: number;
  posts: number;
  /** Of those, replies to other accounts (kind reply, category engagement). */
  replies: number;
}

export const QUARTER_MS = 15 * 60_000;

/** The first instant of a bucket. */
export function bucketStart(bucket: Pick<QuarterHourBucket, "utcDay" | "quarter">): Date {
  return new Date(Date.parse(`${bucket.utcDay}T00:00:00Z`) + bucket.quarter * QUARTER_MS);
}

export type ClassCounts = Record<TimeClass, number>;

export interface WorkingHoursSummary {
  posts: ClassCounts & { total: number };
  replies: ClassCounts & { total: number };
  /** Posts by local weekday (index 0 = Monday) and local hour (0 … 23). */
  matrix: number[][];
}

const emptyCounts = (): ClassCounts & { total: number } => ({
  working: 0,
  after_hours: 0,
  weekend: 0,
  holiday: 0,
  total: 0,
});

export function emptyMatrix(): number[][] {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
}

/** Counts, shares and the hour × weekday matrix of a mission's buckets in its own time zone. */
export function summarizeWorkingHours(
  buckets: readonly QuarterHourBucket[],
  settings: WorkingTimeSettings,
): WorkingHoursSummary {
  const posts = emptyCounts();
  const replies = emptyCounts();
  const matrix = emptyMatrix();
  for (const bucket of buckets) {
    const local = localTime(bucketStart(bucket), settings.timeZone);
    const timeClass = classifyLocalTime(local, settings);
    posts[timeClass] += bucket.posts;
    posts.total += bucket.posts;
    replies[timeClass] += bucket.replies;
    replies.total += bucket.replies;
    const row = matrix[local.isoWeekday - 1];
    if (row) row[local.hour] = (row[local.hour] ?? 0) + bucket.posts;
  }
  return { posts, replies, matrix };
}

/** The share of counts outside working time (after hours, weekend or holiday); null when there is nothing to divide. */
export function outsideShare(counts: ClassCounts & { total: number }): number | null {
  return counts.total === 0 ? null : (counts.total - counts.working) / counts.total;
}

export function classShare(counts: ClassCounts & { total: number }, timeClass: TimeClass): number | null {
  return counts.total === 0 ? null : counts[timeClass] / counts.total;
}

/** A cell of the heatmap or a whole time class: which posts a click-through shows. */
export type WorkingHoursSelection =
  { kind: "class"; timeClass: TimeClass } | { kind: "cell"; isoWeekday: number; hour: number };

export function bucketMatches(
  bucket: Pick<QuarterHourBucket, "utcDay" | "quarter">,
  settings: WorkingTimeSettings,
  selection: WorkingHoursSelection,
): boolean {
  const local = localTime(bucketStart(bucket), settings.timeZone);
  if (selection.kind === "cell") return local.isoWeekday === selection.isoWeekday && local.hour === selection.hour;
  return classifyLocalTime(local, settings) === selection.timeClass;
}

/** Bucket start instants merged into [start, end) ranges, for a query over the posts behind a selection. */
export function mergeQuarterRanges(starts: readonly Date[]): { start: Date; end: Date }[] {
  const sorted = [...starts].map((d) => d.getTime()).sort((a, b) => a - b);
  const ranges: { start: number; end: number }[] = [];
  for (const t of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last.end >= t) last.end = Math.max(last.end, t + QUARTER_MS);
    else ranges.push({ start: t, end: t + QUARTER_MS });
  }
  return ranges.map((r) => ({ start: new Date(r.start), end: new Date(r.end) }));
}
