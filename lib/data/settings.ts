import "server-only";
import type { PrismaClient } from "@prisma/client";
import { mergeMetricSettings, type MetricSettings } from "../metrics/settings";

export const METRIC_SETTINGS_KEY = "metrics";

/** Metric settings (threshold T, default period, weights...): stored values over the defaults. */
export async function getMetricSettings(db: PrismaClient): Promise<MetricSettings> {
  const row = await db.setting.findUnique({ where: { key: METRIC_SETTINGS_KEY } });
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : undefined;
  } catch {
    throw new Error(`The stored "${METRIC_SETTINGS_KEY}" setting is not valid JSON`);
  }
  return mergeMetricSettings(stored);
}
