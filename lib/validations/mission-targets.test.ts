import { describe, expect, it } from "vitest";
import { recordStaffTimeSchema, setEngagementTargetSchema } from "./mission-targets";

const base = { missionId: "m1", quarter: "2017-Q2", note: "" };

describe("recordStaffTimeSchema", () => {
  it("reads hours with a decimal point or comma", () => {
    expect(recordStaffTimeSchema.parse({ ...base, hours: "120" }).hours).toBe(120);
    expect(recordStaffTimeSchema.parse({ ...base, hours: "37,5" }).hours).toBe(37.5);
  });

  it("refuses zero, words, exponents, negative and impossible hours, and a malformed quarter", () => {
    for (const [hours, message] of [
      ["0", "hoursInvalid"],
      ["abc", "hoursInvalid"],
      ["1e3", "hoursInvalid"],
      ["-4", "hoursInvalid"],
      ["99999", "hoursTooMany"],
    ] as const) {
      const result = recordStaffTimeSchema.safeParse({ ...base, hours });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(message);
    }
    expect(recordStaffTimeSchema.safeParse({ ...base, quarter: "2017-Q5", hours: "10" }).success).toBe(false);
  });
});

describe("setEngagementTargetSchema", () => {
  it("accepts only the three targets", () => {
    expect(setEngagementTargetSchema.parse({ missionId: "m1", target: "priority_engagement" }).target).toBe(
      "priority_engagement",
    );
    expect(setEngagementTargetSchema.safeParse({ missionId: "m1", target: "always_on" }).success).toBe(false);
  });
});
