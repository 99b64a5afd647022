import { describe, it, expect } from "vitest";
import { DEFAULT_METRIC_SETTINGS, mergeMetricSettings, metricSettingsSchema } from "./settings";

describe("DEFAULT_METRIC_SETTINGS", () => {
  it("match the contract's defaults (T = 90 days, P = 90 days) and are valid", () => {
    expect(DEFAULT_METRIC_SETTINGS.dormancyThresholdDays).toBe(90);
    expect(DEFAULT_METRIC_SETTINGS.defaultPeriodDays).toBe(90);
    expect(metricSettingsSchema.safeParse(DEFAULT_METRIC_SETTINGS).success).toBe(true);
  });
});

describe("mergeMetricSettings", () => {
  it("undefined gives the defaults", () => {
    expect(mergeMetricSettings(undefined)).toEqual(DEFAULT_METRIC_SETTINGS);
  });

  it("null and {} give the defaults", () => {
    expect(mergeMetricSettings(null)).toEqual(DEFAULT_METRIC_SETTINGS);
    expect(mergeMetricSettings({})).toEqual(DEFAULT_METRIC_SETTINGS);
  });

  it("overrides one field and keeps the rest", () => {
    expect(mergeMetricSettings({ dormancyThresholdDays: 60 })).toEqual({
      ...DEFAULT_METRIC_SETTINGS,
      dormancyThresholdDays: 60,
    });
  });

  it("overrides the health weights as a whole", () => {
    const healthWeights = { activity: 1, engagement: 1, coverage: 1, response: 1 };
    expect(mergeMetricSettings({ healthWeights })).toEqual({ ...DEFAULT_METRIC_SETTINGS, healthWeights });
  });

  it("does not mutate the defaults", () => {
    const before = structuredClone(DEFAULT_METRIC_SETTINGS);
    mergeMetricSettings({ dormancyThresholdDays: 30, engagementMismatchBelow: 0.5 });
    expect(DEFAULT_METRIC_SETTINGS).toEqual(before);
  });

  it("defaults the ministry language to Mongolian and accepts another ISO 639 code", () => {
    expect(DEFAULT_METRIC_SETTINGS.ministryLanguage).toBe("mn");
    expect(mergeMetricSettings({ ministryLanguage: "de" }).ministryLanguage).toBe("de");
  });

  it("rejects a ministry language that is not a lower-case ISO 639 code", () => {
    for (const ministryLanguage of ["MN", "mn-MN", "mongolian", "m", ""])
      expect(() => mergeMetricSettings({ ministryLanguage })).toThrow();
  });

  it("rejects a negative dormancy threshold", () => {
    expect(() => mergeMetricSettings({ dormancyThresholdDays: -5 })).toThrow();
  });

  it("rejects a fractional dormancy threshold", () => {
    expect(() => mergeMetricSettings({ dormancyThresholdDays: 7.5 })).toThrow();
  });

  it("rejects a value of the wrong type", () => {
    expect(() => mergeMetricSettings({ dormancyThresholdDays: "90" })).toThrow();
    expect(() => mergeMetricSettings({ healthWeights: "heavy" })).toThrow();
  });

  it("rejects something that is not an object", () => {
    expect(() => mergeMetricSettings("settings")).toThrow();
  });

  it("rejects all-zero health weights", () => {
    expect(() =>
      mergeMetricSettings({ healthWeights: { activity: 0, engagement: 0, coverage: 0, response: 0 } }),
    ).toThrow();
  });

  it("rejects a negative weight and a weight above 100", () => {
    expect(() =>
      mergeMetricSettings({ healthWeights: { activity: -1, engagement: 25, coverage: 25, response: 15 } }),
    ).toThrow();
    expect(() =>
      mergeMetricSettings({ healthWeights: { activity: 101, engagement: 25, coverage: 25, response: 15 } }),
    ).toThrow();
  });

  it("rejects an engagement-mismatch threshold outside [0, 1]", () => {
    expect(() => mergeMetricSettings({ engagementMismatchBelow: 1.5 })).toThrow();
    expect(() => mergeMetricSettings({ engagementMismatchBelow: -0.1 })).toThrow();
  });

  it("rejects non-positive activity and response targets", () => {
    expect(() => mergeMetricSettings({ activityTargetPostsPerWeek: 0 })).toThrow();
    expect(() => mergeMetricSettings({ responseTargetPerPost: -3 })).toThrow();
  });

  it("accepts boundary values", () => {
    expect(mergeMetricSettings({ engagementMismatchBelow: 0 }).engagementMismatchBelow).toBe(0);
    expect(mergeMetricSettings({ engagementMismatchBelow: 1 }).engagementMismatchBelow).toBe(1);
    expect(mergeMetricSettings({ dormancyThresholdDays: 1 }).dormancyThresholdDays).toBe(1);
  });
});
