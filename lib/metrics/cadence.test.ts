import { describe, expect, it } from "vitest";
import { postsPerWeek } from "./cadence";

describe("postsPerWeek", () => {
  it("spreads the period's posts over its weeks", () => {
    // 90 days = 12 6/7 weeks: 36 posts × 7 / 90 = 2.8 a week.
    expect(postsPerWeek(36, 90)).toBeCloseTo(2.8, 12);
    expect(postsPerWeek(7, 7)).toBe(7);
  });

  it("is zero without posts", () => {
    expect(postsPerWeek(0, 90)).toBe(0);
  });

  it("throws on a period that is not a whole number of days ≥ 1", () => {
    expect(() => postsPerWeek(3, 0)).toThrow(RangeError);
    expect(() => postsPerWeek(3, 2.5)).toThrow(RangeError);
  });
});
