import { describe, expect, it } from "vitest";
import { messageText } from "../message-text";
import { dailyRate, rateChange, roundTo, shownChange } from "./period-change";
import { quarterCoverage, quarterLabel } from "./quarters";

const Q3_2017 = { year: 2017, quarter: 3 } as const;

describe("rateChange: volumes compared by daily rate", () => {
  it("compares two whole quarters per day, not by totals", () => {
    // Q2 2017: 1,456 posts in 91 days = 16 a day; Q1 2017: 1,350 in 90 days = 15 a day.
    // 16 / 15 - 1 = 0.0667 -> 7 % (by totals it would be 1,456 / 1,350 - 1 = 8 %).
    expect(rateChange({ count: 1456, days: 91 }, { count: 1350, days: 90 })).toEqual({
      currentRate: 16,
      previousRate: 15,
      change: 0.07,
      direction: "up",
    });
  });

  it("compares a quarter in progress (46 days) with the whole previous quarter per day", () => {
    // Q3 2017 to 15 August: 616 posts in 46 days = 13.391 a day; Q2 2017: 1,500 in 91 days = 16.484 a day.
    // 13.391 / 16.484 - 1 = -0.1876 -> down 19 % (by totals, 616 / 1,500 - 1, it read "down 59 %").
    const change = rateChange({ count: 616, days: 46 }, { count: 1500, days: 91 });
    expect(change.currentRate).toBeCloseTo(13.3913, 4);
    expect(change.previousRate).toBeCloseTo(16.4835, 4);
    expect(change).toMatchObject({ change: -0.19, direction: "down" });
  });

  it("compares a quarter of one day by that day's count", () => {
    // 20 posts on 1 July = 20 a day, against 1,456 in 91 days = 16 a day: 20 / 16 - 1 = +25 %.
    expect(rateChange({ count: 20, days: 1 }, { count: 1456, days: 91 })).toEqual({
      currentRate: 20,
      previousRate: 16,
      change: 0.25,
      direction: "up",
    });
    // No post on that one day: 0 a day, down 100 %.
    expect(rateChange({ count: 0, days: 1 }, { count: 1456, days: 91 })).toMatchObject({
      change: -1,
      direction: "down",
    });
  });

  it("has no relative change when the previous quarter had no posts", () => {
    // 92 posts in 46 days = 2 a day, against none: no base for a percentage, but up.
    expect(rateChange({ count: 92, days: 46 }, { count: 0, days: 91 })).toEqual({
      currentRate: 2,
      previousRate: 0,
      change: null,
      direction: "up",
    });
    expect(rateChange({ count: 0, days: 46 }, { count: 0, days: 91 })).toMatchObject({ change: null, direction: null });
  });

  it("is no change when the change rounds to zero as shown (a whole percentage)", () => {
    // 1,458 / 91 = 16.022 a day against 1,440 / 90 = 16 a day: +0.14 %, which rounds to 0 %.
    expect(rateChange({ count: 1458, days: 91 }, { count: 1440, days: 90 })).toMatchObject({
      change: 0,
      direction: "same",
    });
    // At one decimal of a percentage the same figures are up 0.1 %.
    expect(rateChange({ count: 1458, days: 91 }, { count: 1440, days: 90 }, 3)).toMatchObject({
      change: 0.001,
      direction: "up",
    });
  });

  it("has no rate over no day", () => {
    expect(dailyRate({ count: 5, days: 0 })).toBeNull();
    expect(dailyRate({ count: 46, days: 46 })).toBe(1);
  });
});

describe("shownChange: rates and shares compared as they are shown", () => {
  it("words two shares that print alike as no change", () => {
    // 35.4 % and 34.6 % both print as 35 %: not "35 %, up from 35 %".
    expect(shownChange(0.354, 0.346, 2)).toEqual({ change: 0, direction: "same" });
    // At one decimal (35.5 % against 34.6 %) the change is +0.9 points.
    expect(shownChange(0.3546, 0.3464, 3)).toEqual({ change: 0.009, direction: "up" });
  });

  it("takes the difference of the rounded figures, so the change matches the figures printed", () => {
    // 57.74 and 57.66 both print as 57.7: no change, not "+0.1".
    expect(shownChange(57.74, 57.66, 1)).toEqual({ change: 0, direction: "same" });
    // 41.25 prints as 41.3, 40.84 as 40.8: -0.5 as printed (the raw difference is 0.41).
    expect(shownChange(40.84, 41.25, 1)).toEqual({ change: -0.5, direction: "down" });
  });

  it("rounds halves away from zero, as Intl does", () => {
    expect(roundTo(0.345, 2)).toBe(0.35);
    expect(roundTo(-0.185, 2)).toBe(-0.19);
    expect(roundTo(2.5, 0)).toBe(3);
  });
});

describe("a quarter in progress is labelled so", () => {
  it("knows how many of its days its figures cover", () => {
    expect(quarterCoverage(Q3_2017, { days: 92 })).toEqual({ days: 92, quarterDays: 92, inProgress: false });
    expect(quarterCoverage(Q3_2017, { days: 46 })).toEqual({ days: 46, quarterDays: 92, inProgress: true });
    expect(quarterCoverage(Q3_2017, { days: 1 })).toEqual({ days: 1, quarterDays: 92, inProgress: true });
    expect(quarterCoverage({ year: 2017, quarter: 1 }, { days: 90 }).inProgress).toBe(false);
  });

  it("is named with its days from the catalog", () => {
    expect(messageText(quarterLabel(Q3_2017, quarterCoverage(Q3_2017, { days: 46 })))).toBe(
      "Q3 2017 (in progress, 46 of 92 days)",
    );
    expect(messageText(quarterLabel(Q3_2017, quarterCoverage(Q3_2017, { days: 1 })))).toBe(
      "Q3 2017 (in progress, 1 of 92 days)",
    );
    expect(messageText(quarterLabel(Q3_2017, quarterCoverage(Q3_2017, { days: 92 })))).toBe("Q3 2017");
    expect(messageText(quarterLabel(Q3_2017))).toBe("Q3 2017");
  });
});
