import "server-only";
import { cache } from "react";
import { prisma } from "./db";
import { getMetricSettings } from "./data/settings";
import type { GlossaryValues } from "./glossary";

/**
 * The settings a definition quotes, read once per request however many terms a
 * page shows: a changed threshold shows in every definition at once.
 */
export const getGlossaryValues = cache(async (): Promise<GlossaryValues> => {
  const settings = await getMetricSettings(prisma);
  return { days: settings.dormancyThresholdDays };
});
