import { z } from "zod";
import { metricSettingsSchema, type MetricSettings } from "../metrics/settings";

/**
 * The settings screen's fields (components/admin/settings-form.tsx). Shares
 * are typed as percentages; the weights, counts and days as plain numbers.
 */
export const SETTINGS_FORM_FIELDS = [
  "dormancyThresholdDays",
  "defaultPeriodDays",
  "weightActivity",
  "weightEngagement",
  "weightCoverage",
  "weightResponse",
  "targetEngage",
  "targetPriorityEngagement",
  "engagementMismatchBelow",
  "activityTargetPostsPerWeek",
  "responseTargetPerPost",
  "ministryName",
  "ministryLanguage",
] as const;
export type SettingsFormField = (typeof SETTINGS_FORM_FIELDS)[number];

/** The fields typed as numbers, and the ones typed as a percentage of them. */
const NUMBER_FIELDS = SETTINGS_FORM_FIELDS.filter((f) => f !== "ministryName" && f !== "ministryLanguage");
const PERCENT_FIELDS: readonly SettingsFormField[] = [
  "targetEngage",
  "targetPriorityEngagement",
  "engagementMismatchBelow",
];

const WEIGHT_FIELDS: readonly SettingsFormField[] = [
  "weightActivity",
  "weightEngagement",
  "weightCoverage",
  "weightResponse",
];
/** Refusals of how fields relate, not of one field's value. */
const RELATION_CODES = new Set(["weightsAllZero", "priorityBelowEngage"]);

/** A whole or decimal number, with a point or a comma; anything else is not a number. */
const NUMBER_PATTERN = /^-?\d+([.,]\d+)?$/;

/**
 * Where a refusal of metricSettingsSchema (the one place the bounds live)
 * lands on the form, and its catalog key under "admin.settings.errors". A
 * refinement of a whole object (weights all zero, priority below engage)
 * has the object's path.
 */
function formErrorOf(path: readonly PropertyKey[], code: string): { field: string; message: string } {
  const [top, inner] = path.map(String);
  switch (top) {
    case "dormancyThresholdDays":
      return { field: top, message: "thresholdRange" };
    case "defaultPeriodDays":
      return { field: top, message: "periodRange" };
    case "engagementMismatchBelow":
      return { field: top, message: "shareRange" };
    case "activityTargetPostsPerWeek":
      return { field: top, message: "postsPerWeekRange" };
    case "responseTargetPerPost":
      return { field: top, message: "reactionsPerPostRange" };
    case "ministryLanguage":
      return { field: top, message: "languageInvalid" };
    case "ministryName":
      return { field: top, message: code === "too_small" ? "nameRequired" : "nameTooLong" };
    case "engagementTargetShares":
      if (inner === "engage") return { field: "targetEngage", message: "shareRange" };
      if (inner === "priority_engagement") return { field: "targetPriorityEngagement", message: "shareRange" };
      return { field: "targetPriorityEngagement", message: "priorityBelowEngage" };
    case "healthWeights":
      if (inner === undefined) return { field: "healthWeights", message: "weightsAllZero" };
      return { field: `weight${inner.charAt(0).toUpperCase()}${inner.slice(1)}`, message: "weightRange" };
    default:
      return { field: "form", message: "invalid" };
  }
}

/**
 * The form as sent (every value a string) to the metric settings, checked by
 * metricSettingsSchema. Error messages are catalog keys under
 * "admin.settings.errors"; a field that is not a number is refused as such
 * and not checked further.
 */
export const metricSettingsFormSchema = z
  .object(
    Object.fromEntries(SETTINGS_FORM_FIELDS.map((f) => [f, z.string().optional().default("")])) as Record<
      SettingsFormField,
      z.ZodDefault<z.ZodOptional<z.ZodString>>
    >,
  )
  .transform((raw, ctx): MetricSettings => {
    const numbers = {} as Record<SettingsFormField, number>;
    const notNumbers = new Set<string>();
    for (const field of NUMBER_FIELDS) {
      const text = raw[field].trim();
      if (!NUMBER_PATTERN.test(text)) {
        notNumbers.add(field);
        ctx.addIssue({ code: "custom", path: [field], message: "notANumber" });
        continue;
      }
      const value = Number(text.replace(",", "."));
      numbers[field] = PERCENT_FIELDS.includes(field) ? value / 100 : value;
    }
    const candidate = {
      dormancyThresholdDays: numbers.dormancyThresholdDays,
      defaultPeriodDays: numbers.defaultPeriodDays,
      engagementMismatchBelow: numbers.engagementMismatchBelow,
      activityTargetPostsPerWeek: numbers.activityTargetPostsPerWeek,
      responseTargetPerPost: numbers.responseTargetPerPost,
      engagementTargetShares: { engage: numbers.targetEngage, priority_engagement: numbers.targetPriorityEngagement },
      ministryLanguage: raw.ministryLanguage.trim().toLowerCase(),
      ministryName: raw.ministryName,
      healthWeights: {
        activity: numbers.weightActivity,
        engagement: numbers.weightEngagement,
        coverage: numbers.weightCoverage,
        response: numbers.weightResponse,
      },
    };
    const checked = metricSettingsSchema.safeParse(candidate);
    if (checked.success) return checked.data;
    const refused = checked.error.issues.map((issue) => formErrorOf(issue.path, issue.code));
    const fieldsRefused = new Set(refused.filter((r) => !RELATION_CODES.has(r.message)).map((r) => r.field));
    for (const { field, message } of refused) {
      // A field refused as not a number is refused once; a relation between fields only once each of them is valid.
      if (notNumbers.has(field)) continue;
      if (message === "weightsAllZero" && WEIGHT_FIELDS.some((f) => fieldsRefused.has(f) || notNumbers.has(f)))
        continue;
      if (message === "priorityBelowEngage" && (fieldsRefused.has("targetEngage") || notNumbers.has("targetEngage")))
        continue;
      ctx.addIssue({ code: "custom", path: [field], message });
    }
    return z.NEVER;
  });

/** What the form shows for stored settings: shares as percentages (rounded off float noise). */
export function settingsFormValues(settings: MetricSettings): Record<SettingsFormField, string> {
  const percent = (share: number) => String(Math.round(share * 10_000) / 100);
  return {
    dormancyThresholdDays: String(settings.dormancyThresholdDays),
    defaultPeriodDays: String(settings.defaultPeriodDays),
    weightActivity: String(settings.healthWeights.activity),
    weightEngagement: String(settings.healthWeights.engagement),
    weightCoverage: String(settings.healthWeights.coverage),
    weightResponse: String(settings.healthWeights.response),
    targetEngage: percent(settings.engagementTargetShares.engage),
    targetPriorityEngagement: percent(settings.engagementTargetShares.priority_engagement),
    engagementMismatchBelow: percent(settings.engagementMismatchBelow),
    activityTargetPostsPerWeek: String(settings.activityTargetPostsPerWeek),
    responseTargetPerPost: String(settings.responseTargetPerPost),
    ministryName: settings.ministryName,
    ministryLanguage: settings.ministryLanguage,
  };
}
