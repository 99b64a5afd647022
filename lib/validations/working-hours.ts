import { z } from "zod";
import { parseIsoDay } from "../metrics/dates";
import { TIME_CLASSES, type WorkingHoursSelection } from "../metrics/working-hours";

/** Error messages are catalog keys under "workingHours.errors"; line errors are keyed "line-N". */

const missionId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

/** "HH:MM" on a quarter-hour: buckets are quarter-hours, so classification stays exact. */
const clockTime = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):([0-5]\d)$/, "timeInvalid")
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)))
  .refine((minute) => minute % 15 === 0, "timeNotQuarterHour");

const WEEKDAY_FIELDS = ["weekend1", "weekend2", "weekend3", "weekend4", "weekend5", "weekend6", "weekend7"] as const;

export const workingHoursSettingsSchema = z
  .object({
    missionId,
    workdayStart: clockTime,
    // "24:00" ends the working day at midnight.
    workdayEnd: z.union([z.literal("24:00").transform(() => 1440), clockTime]),
    ...Object.fromEntries(WEEKDAY_FIELDS.map((name) => [name, z.literal("on").optional()])),
  })
  .transform((input, ctx) => {
    const record = input as Record<string, unknown>;
    const weekendDays = WEEKDAY_FIELDS.flatMap((name, index) => (record[name] === "on" ? [index + 1] : []));
    if (input.workdayEnd <= input.workdayStart) {
      ctx.addIssue({ code: "custom", path: ["workdayEnd"], message: "endBeforeStart" });
      return z.NEVER;
    }
    if (weekendDays.length === 7) {
      ctx.addIssue({ code: "custom", path: ["weekend"], message: "noWorkingDay" });
      return z.NEVER;
    }
    return {
      missionId: input.missionId,
      workdayStartMinute: input.workdayStart,
      workdayEndMinute: input.workdayEnd,
      weekendDays,
    };
  });
export type WorkingHoursSettingsInput = z.infer<typeof workingHoursSettingsSchema>;

export interface HolidayLine {
  day: string;
  name: string;
  /** Where it was in the pasted text (1-based), for error messages. */
  line: number;
}

export type ParsedHolidayLines =
  { ok: true; holidays: HolidayLine[] } | { ok: false; errors: { line: number; code: string }[] };

export const MAX_HOLIDAY_LINES = 400;
export const MAX_HOLIDAY_NAME = 100;

/**
 * Public holidays pasted as lines "YYYY-MM-DD,name" (CSV; a header line
 * "day,name" and blank lines are skipped; a name may be quoted). All or
 * nothing: any bad line fails the whole list, reported by line number.
 */
export function parseHolidayLines(text: string): ParsedHolidayLines {
  const errors: { line: number; code: string }[] = [];
  const holidays: HolidayLine[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || (index === 0 && /^day\s*,\s*name$/i.test(trimmed))) return;
    const comma = trimmed.indexOf(",");
    const day = (comma < 0 ? trimmed : trimmed.slice(0, comma)).trim();
    let name = comma < 0 ? "" : trimmed.slice(comma + 1).trim();
    if (/^".*"$/.test(name)) name = name.slice(1, -1).replace(/""/g, '"').trim();
    if (parseIsoDay(day) === null) return void errors.push({ line, code: "dayInvalid" });
    if (name === "") return void errors.push({ line, code: "nameRequired" });
    if (name.length > MAX_HOLIDAY_NAME) return void errors.push({ line, code: "nameTooLong" });
    if (seen.has(day)) return void errors.push({ line, code: "dayRepeated" });
    seen.set(day, line);
    holidays.push({ day, name, line });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (holidays.length === 0) return { ok: false, errors: [{ line: 1, code: "listEmpty" }] };
  if (holidays.length > MAX_HOLIDAY_LINES)
    return { ok: false, errors: [{ line: MAX_HOLIDAY_LINES + 1, code: "listTooLong" }] };
  return { ok: true, holidays };
}

/** One holiday from the single form, or a pasted list: both end as holiday lines. */
export const addHolidaysSchema = z
  .object({
    missionId,
    day: z.string().trim().max(10).optional(),
    name: z.string().trim().max(MAX_HOLIDAY_NAME, "nameTooLong").optional(),
    list: z.string().max(40_000, "listTooLong").optional(),
  })
  .transform((input, ctx) => {
    const single = input.day || input.name;
    const parsed = parseHolidayLines(single ? `${input.day ?? ""},${input.name ?? ""}` : (input.list ?? ""));
    if (!parsed.ok) {
      for (const error of parsed.errors)
        ctx.addIssue({ code: "custom", path: [single ? "single" : `line-${error.line}`], message: error.code });
      return z.NEVER;
    }
    return { missionId: input.missionId, holidays: parsed.holidays, single: Boolean(single) };
  });
export type AddHolidaysInput = z.infer<typeof addHolidaysSchema>;

export const removeHolidaySchema = z.object({
  missionId,
  day: z
    .string()
    .trim()
    .refine((value) => parseIsoDay(value) !== null, "dayInvalid"),
});

/** The click-through of the mission view: a time class or one heatmap cell, from the URL. */
const selectionSchema = z.union([
  z.object({ class: z.enum(TIME_CLASSES) }),
  z.object({ weekday: z.coerce.number().int().min(1).max(7), hour: z.coerce.number().int().min(0).max(23) }),
]);

export function parseWorkingHoursSelection(params: Record<string, string | undefined>): WorkingHoursSelection | null {
  const parsed = selectionSchema.safeParse(
    params.class
      ? { class: params.class }
      : params.weekday !== undefined && params.hour !== undefined
        ? { weekday: params.weekday, hour: params.hour }
        : null,
  );
  if (!parsed.success) return null;
  return "class" in parsed.data
    ? { kind: "class", timeClass: parsed.data.class }
    : { kind: "cell", isoWeekday: parsed.data.weekday, hour: parsed.data.hour };
}
