import { describe, expect, it } from "vitest";
import { periodEndingAt } from "./dates";
import { periodWeeks, weekStartOf } from "./weeks";

describe("weekStartOf", () => {
  it("is the Monday of the ISO week, Sundays included in the week before", () => {
    expect(weekStartOf("2017-08-15")).toBe("2017-08-14"); // a Tuesday
    expect(weekStartOf("2017-08-14")).toBe("2017-08-14");
    expect(weekStartOf("2017-08-20")).toBe("2017-08-14"); // a Sunday
  });
});

describe("periodWeeks", () => {
  it("gives the survey period's 14 weeks, the first and last partial", () => {
    // 18 May 2017 (a Thursday) – 15 August 2017 (a Tuesday), 90 days.
    const weeks = periodWeeks(periodEndingAt(new Date("2017-08-15T00:00:00Z"), 90));
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toEqual({ week: "2017-05-15", days: 4 }); // Thu, Fri, Sat, Sun
    expect(weeks.at(-1)).toEqual({ week: "2017-08-14", days: 2 }); // Mon, Tue
    expect(weeks.slice(1, -1).every((w) => w.days === 7)).toBe(true);
    expect(weeks.reduce((sum, w) => sum + w.days, 0)).toBe(90);
  });

  it("gives a one-day period one week of one day", () => {
    expect(periodWeeks(periodEndingAt(new Date("2017-08-15T00:00:00Z"), 1))).toEqual([{ week: "2017-08-14", days: 1 }]);
  });

  it("gives a Monday-to-Sunday week one full week", () => {
    expect(periodWeeks(periodEndingAt(new Date("2017-08-20T00:00:00Z"), 7))).toEqual([{ week: "2017-08-14", days: 7 }]);
  });
});
