import "server-only";
import { prisma } from "../db";
import { periodEndingAt, startOfUtcDay, type Period } from "../metrics/dates";
import { latestAsOf, parseViewRange, type ParsedViewRange, type ViewRangeInput } from "../validations/view-range";
import { getMetricSettings } from "./settings";
import type { MetricSettings } from "../metrics/settings";
import type { Viewer } from "../auth/permissions";

export interface ResolvedViewRange {
  period: Period;
  settings: MetricSettings;
  /** Whether D came from the store's newest activity rather than the URL. */
  asOfIsDefault: boolean;
  /** The store's newest activity day; null for an empty store. */
  newestActivity: Date | null;
}

export type ViewRangeResult =
  | ({ ok: true } & ResolvedViewRange)
  | Extract<ParsedViewRange, { ok: false }>;

/**
 * The UTC day of the newest post in the store; null for an empty store. It
 * reveals nothing about any one mission, so it is not scoped to a viewer.
 */
export async function getNewestActivityDay(): Promise<Date | null> {
  // One step down the postedAt index; Prisma's aggregate _max wraps the table in a subquery that scans every post.
  const newest = await prisma.post.findFirst({ orderBy: { postedAt: "desc" }, select: { postedAt: true } });
  return newest ? startOfUtcDay(newest.postedAt) : null;
}

/**
 * The as-of date D and period P of a view: from the URL when given and valid,
 * else D = the newest activity in the store (today for an empty store) and
 * P = the configured default. A default D never passes the latest day a URL
 * may give: an imported post dated in year 9999 must not break every screen.
 */
export async function resolveViewRange(_viewer: Viewer, input: ViewRangeInput): Promise<ViewRangeResult> {
  const parsed = parseViewRange(input);
  if (!parsed.ok) return parsed;
  const [settings, newestActivity] = await Promise.all([getMetricSettings(prisma), getNewestActivityDay()]);
  const today = new Date();
  const latest = latestAsOf(today);
  const asOf = parsed.asOf ?? (newestActivity && newestActivity > latest ? latest : newestActivity) ?? startOfUtcDay(today);
  return {
    ok: true,
    period: periodEndingAt(asOf, parsed.periodDays ?? settings.defaultPeriodDays),
    settings,
    asOfIsDefault: parsed.asOf === null,
    newestActivity,
  };
}
