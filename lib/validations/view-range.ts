import { z } from "zod";
import { addDays, formatIsoDay, parseIsoDay, startOfUtcDay } from "../metrics/dates";

export const MAX_PERIOD_DAYS = 3660;

/**
 * The earliest as-of day a view accepts. Nothing Chancery imports (X, Mastodon,
 * Bluesky, blogs) has activity before it, and with the longest period a view
 * then still reads only days the stores bind (year 1990 and on).
 */
export const EARLIEST_AS_OF = "2000-01-01";

/**
 * The latest as-of day a view accepts: a year after today. Later days hold no
 * activity, and a day near year 9999 makes the period's end (D + 1) a date
 * neither store can bind, which failed the request instead of explaining it.
 */
export function latestAsOf(today: Date): Date {
  return addDays(startOfUtcDay(today), 365);
}

/** Search parameters as Next.js hands them over: a string, several strings, or nothing. */
export type SearchParamValue = string | string[] | undefined;

const single = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

// Days as YYYY-MM-DD order as their text does, so the range is checked before the calendar:
// parseIsoDay does not read years before 100 (0001-01-01 would be called no day at all).
const asOfSchema = (today: Date) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        !/^\d{4}-\d{2}-\d{2}$/.test(value) || (value >= EARLIEST_AS_OF && value <= formatIsoDay(latestAsOf(today))),
      {
        message: "as_of_out_of_range",
        abort: true,
      },
    )
    .refine((value) => parseIsoDay(value) !== null, { message: "invalid_as_of", abort: true })
    .transform((value) => parseIsoDay(value)!);

const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { message: "invalid_period" })
  .transform(Number)
  .refine((days) => days >= 1 && days <= MAX_PERIOD_DAYS, { message: "invalid_period" });

export type ViewRangeErrorCode = "invalid_as_of" | "as_of_out_of_range" | "invalid_period";

export interface ViewRangeInput {
  asOf?: SearchParamValue;
  period?: SearchParamValue;
}

export type ParsedViewRange =
  | { ok: true; asOf: Date | null; periodDays: number | null }
  | { ok: false; errors: { field: "asOf" | "period"; code: ViewRangeErrorCode; value: string }[] };

/** The days an as-of date may take, for the message that refuses one outside them. */
export function asOfBounds(today: Date = new Date()): { earliest: string; latest: string } {
  return { earliest: EARLIEST_AS_OF, latest: formatIsoDay(latestAsOf(today)) };
}

/**
 * Validates the as-of date (YYYY-MM-DD, a real day from EARLIEST_AS_OF to a
 * year after today) and period (whole days) from a URL.
 */
export function parseViewRange(input: ViewRangeInput, today: Date = new Date()): ParsedViewRange {
  const rawAsOf = single(input.asOf);
  const rawPeriod = single(input.period);
  const errors: Extract<ParsedViewRange, { ok: false }>["errors"] = [];
  let asOf: Date | null = null;
  let periodDays: number | null = null;
  if (rawAsOf !== undefined && rawAsOf !== "") {
    const parsed = asOfSchema(today).safeParse(rawAsOf);
    if (parsed.success) asOf = parsed.data;
    else
      errors.push({
        field: "asOf",
        code: parsed.error.issues[0]!.message as ViewRangeErrorCode,
        value: rawAsOf.slice(0, 40),
      });
  }
  if (rawPeriod !== undefined && rawPeriod !== "") {
    const parsed = periodSchema.safeParse(rawPeriod);
    if (parsed.success) periodDays = parsed.data;
    else errors.push({ field: "period", code: "invalid_period", value: rawPeriod.slice(0, 40) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, asOf, periodDays };
}
