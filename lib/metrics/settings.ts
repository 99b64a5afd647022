import { z } from "zod";

export const healthWeightsSchema = z.object({
  activity: z.number().min(0).max(100),
  engagement: z.number().min(0).max(100),
  coverage: z.number().min(0).max(100),
  response: z.number().min(0).max(100),
});
export type HealthWeights = z.infer<typeof healthWeightsSchema>;

export const metricSettingsSchema = z.object({
  /** T: days without a post after which an account is dormant. */
  dormancyThresholdDays: z.number().int().min(1).max(3650),
  /** P: default length of the period that ends at D. */
  defaultPeriodDays: z.number().int().min(1).max(3660),
  /** Below this engagement share an account declared for engagement is flagged. */
  engagementMismatchBelow: z.number().min(0).max(1),
  /** Posts per week that earn the full activity component. */
  activityTargetPostsPerWeek: z.number().positive().max(1000),
  /** Reactions per post that earn the full response component. */
  responseTargetPerPost: z.number().positive().max(1_000_000),
  /**
   * The engagement share a mission set to "engage" or "priority engagement" is expected to reach
   * (HQ's target per mission, Mission.engagementTarget; "broadcast only" has no minimum).
   */
  engagementTargetShares: z
    .object({ engage: z.number().min(0).max(1), priority_engagement: z.number().min(0).max(1) })
    .refine((t) => t.engage <= t.priority_engagement, "Priority engagement cannot expect less than engage"),
  /**
   * The ministry's own language (ISO 639-1/-2 code, lower case) for the languages screen's
   * "ministry language" share (edited on /admin/settings).
   */
  ministryLanguage: z.string().regex(/^[a-z]{2,3}$/, "Expected a lower-case ISO 639 code such as mn"),
  /** The ministry's name as printed on briefings and exports. */
  ministryName: z.string().trim().min(1).max(200),
  healthWeights: healthWeightsSchema.refine(
    (w) => w.activity + w.engagement + w.coverage + w.response > 0,
    "At least one health-score weight must be above zero",
  ),
});
export type MetricSettings = z.infer<typeof metricSettingsSchema>;

export const DEFAULT_METRIC_SETTINGS: MetricSettings = {
  dormancyThresholdDays: 90,
  defaultPeriodDays: 90,
  engagementMismatchBelow: 0.2,
  activityTargetPostsPerWeek: 3,
  responseTargetPerPost: 10,
  engagementTargetShares: { engage: 0.2, priority_engagement: 0.4 },
  ministryLanguage: "mn",
  ministryName: "Ministry of Foreign Affairs of Mongolia",
  healthWeights: { activity: 35, engagement: 25, coverage: 25, response: 15 },
};

/** Stored settings over the defaults; anything invalid is rejected with the reason. */
export function mergeMetricSettings(stored: unknown): MetricSettings {
  const partial = metricSettingsSchema.partial().parse(stored ?? {});
  return metricSettingsSchema.parse({ ...DEFAULT_METRIC_SETTINGS, ...partial });
}
