import { z } from "zod";
import { parseIsoDay } from "../metrics/dates";

export const MAX_PERIOD_DAYS = 3660;

/** Search parameters as Next.js hands them over: a string, several strings, or nothing. */
export type SearchParamValue = string | string[] | undefined;

const single = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

const asOfSchema = z
  .string()
  .trim()
  .refine((value) => parseIsoDay(value) !== null, { message: "invalid_as_of" });

const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { message: "invalid_period" })
  .transform(Number)
  .refine((days) => days >= 1 && days <= MAX_PERIOD_DAYS, { message: "invalid_period" });

export type ViewRangeErrorCode = "invalid_as_of" | "invalid_period";

export interface ViewRangeInput {
  asOf?: SearchParamValue;
  period?: SearchParamValue;
}

export type ParsedViewRange =
  | { ok: true; asOf: Date | null; periodDays: number | null }
  | { ok: false; errors: { field: "asOf" | "period"; code: ViewRangeErrorCode; value: string }[] };

/** Validates the as-of date (YYYY-MM-DD, a real day) and period (whole days) from a URL. */
export function parseViewRange(input: ViewRangeInput): ParsedViewRange {
  const rawAsOf = single(input.asOf);
  const rawPeriod = single(input.period);
  const errors: Extract<ParsedViewRange, { ok: false }>["errors"] = [];
  let asOf: Date | null = null;
  let periodDays: number | null = null;
  if (rawAsOf !== undefined && rawAsOf !== "") {
    const parsed = asOfSchema.safeParse(rawAsOf);
    if (parsed.success) asOf = parseIsoDay(parsed.data);
    else errors.push({ field: "asOf", code: "invalid_as_of", value: rawAsOf.slice(0, 40) });
  }
  if (rawPeriod !== undefined && rawPeriod !== "") {
    const parsed = periodSchema.safeParse(rawPeriod);
    if (parsed.success) periodDays = parsed.data;
    else errors.push({ field: "period", code: "invalid_period", value: rawPeriod.slice(0, 40) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, asOf, periodDays };
}
