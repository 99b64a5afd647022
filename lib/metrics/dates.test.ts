import { describe, it, expect } from "vitest";
import {
  addDays,
  calendarDaysBetween,
  formatIsoDay,
  isWithinPeriod,
  parseIsoDay,
  periodEndingAt,
  previousPeriod,
  startOfUtcDay,
} from "./dates";

const utc = (iso: string) => new Date(iso);
const day = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

describe("parseIsoDay", () => {
  it("parses a real calendar day to UTC midnight", () => {
    expect(parseIsoDay("2017-08-15")?.toISOString()).toBe("2017-08-15T00:00:00.000Z");
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseIsoDay("2016-02-29")?.toISOString()).toBe("2016-02-29T00:00:00.000Z");
  });

  it("rejects 29 February in a common year", () => {
    expect(parseIsoDay("2017-02-29")).toBeNull();
  });

  it.each([
    ["2017-02-30", "day that does not exist"],
    ["2017-8-15", "month without zero padding"],
    ["2017-08-5", "day without zero padding"],
    ["2017-13-01", "month 13"],
    ["2017-00-10", "month 0"],
    ["2017-04-31", "31 April"],
    ["abc", "not a date"],
    ["", "empty string"],
    ["2017-08-15T00:00:00Z", "a timestamp rather than a day"],
    [" 2017-08-15", "leading whitespace"],
  ])("rejects %j (%s)", (value) => {
    expect(parseIsoDay(value)).toBeNull();
  });
});

describe("formatIsoDay / startOfUtcDay / addDays", () => {
  it("formats the UTC day", () => {
    expect(formatIsoDay(utc("2017-08-15T23:59:59.999Z"))).toBe("2017-08-15");
  });

  it("truncates to UTC midnight", () => {
    expect(startOfUtcDay(utc("2017-08-15T23:59:59.999Z")).toISOString()).toBe("2017-08-15T00:00:00.000Z");
    expect(startOfUtcDay(day("2017-08-15")).toISOString()).toBe("2017-08-15T00:00:00.000Z");
  });

  it("adds and subtracts whole days across month and year boundaries", () => {
    expect(formatIsoDay(addDays(day("2017-01-31"), 1))).toBe("2017-02-01");
    expect(formatIsoDay(addDays(day("2017-01-01"), -1))).toBe("2016-12-31");
    expect(formatIsoDay(addDays(day("2016-02-28"), 1))).toBe("2016-02-29");
  });
});

describe("calendarDaysBetween", () => {
  it("counts calendar days across a month boundary, ignoring time of day", () => {
    // 30 Jan 22:00 → 2 Feb 01:00: days 31 Jan, 1 Feb, 2 Feb = 3 calendar days (only 51 hours).
    expect(calendarDaysBetween(utc("2017-01-30T22:00:00Z"), utc("2017-02-02T01:00:00Z"))).toBe(3);
  });

  it("is negative when `to` is earlier", () => {
    expect(calendarDaysBetween(utc("2017-02-02T01:00:00Z"), utc("2017-01-30T22:00:00Z"))).toBe(-3);
  });

  it("is 0 within the same day, even from 00:00 to 23:59:59.999", () => {
    expect(calendarDaysBetween(utc("2017-08-15T00:00:00Z"), utc("2017-08-15T23:59:59.999Z"))).toBe(0);
  });

  it("counts 1 from 23:59 to 00:01 the next day", () => {
    expect(calendarDaysBetween(utc("2017-08-15T23:59:00Z"), utc("2017-08-16T00:01:00Z"))).toBe(1);
  });

  it("counts the leap day", () => {
    // 28 Feb 2016 → 1 Mar 2016 passes through 29 Feb: 2 days.
    expect(calendarDaysBetween(day("2016-02-28"), day("2016-03-01"))).toBe(2);
    // 28 Feb 2017 → 1 Mar 2017: 1 day.
    expect(calendarDaysBetween(day("2017-02-28"), day("2017-03-01"))).toBe(1);
  });
});

describe("periodEndingAt", () => {
  it("the 90 days ending 2017-08-15 start on 2017-05-18", () => {
    // Aug 15 back 14 → Aug 1; back 45 → Jul 1; back 75 → Jun 1; back 89 → May 18.
    const p = periodEndingAt(day("2017-08-15"), 90);
    expect(p.asOf.toISOString()).toBe("2017-08-15T00:00:00.000Z");
    expect(p.days).toBe(90);
    expect(p.start.toISOString()).toBe("2017-05-18T00:00:00.000Z");
    expect(p.endExclusive.toISOString()).toBe("2017-08-16T00:00:00.000Z");
  });

  it("spans exactly `days` calendar days", () => {
    const p = periodEndingAt(day("2017-08-15"), 90);
    expect(calendarDaysBetween(p.start, p.endExclusive)).toBe(90);
  });

  it("normalises an as-of instant with a time of day to its UTC day", () => {
    const p = periodEndingAt(utc("2017-08-15T18:30:00Z"), 90);
    expect(p.asOf.toISOString()).toBe("2017-08-15T00:00:00.000Z");
    expect(p.start.toISOString()).toBe("2017-05-18T00:00:00.000Z");
    expect(p.endExclusive.toISOString()).toBe("2017-08-16T00:00:00.000Z");
  });

  it("a 1-day period is D alone", () => {
    const p = periodEndingAt(day("2017-08-15"), 1);
    expect(p.start.toISOString()).toBe("2017-08-15T00:00:00.000Z");
    expect(p.endExclusive.toISOString()).toBe("2017-08-16T00:00:00.000Z");
  });

  it.each([0, -1, 1.5, Number.NaN])("throws on a period of %s days", (days) => {
    expect(() => periodEndingAt(day("2017-08-15"), days)).toThrow(RangeError);
  });
});

describe("previousPeriod", () => {
  it("is the same length and ends the day before the period starts", () => {
    const p = periodEndingAt(day("2017-08-15"), 90);
    const prev = previousPeriod(p);
    expect(prev.days).toBe(90);
    expect(prev.asOf.toISOString()).toBe("2017-05-17T00:00:00.000Z");
    // May 17 back 16 → May 1; back 46 → Apr 1; back 77 → Mar 1; back 78 → Feb 28; back 89 → Feb 17.
    expect(prev.start.toISOString()).toBe("2017-02-17T00:00:00.000Z");
    // Contiguous: the previous period ends exactly where the current one starts.
    expect(prev.endExclusive.getTime()).toBe(p.start.getTime());
  });

  it("works for a 7-day period", () => {
    // 2017-08-09..2017-08-15 → previous is 2017-08-02..2017-08-08.
    const prev = previousPeriod(periodEndingAt(day("2017-08-15"), 7));
    expect(formatIsoDay(prev.start)).toBe("2017-08-02");
    expect(formatIsoDay(prev.asOf)).toBe("2017-08-08");
    expect(prev.endExclusive.toISOString()).toBe("2017-08-09T00:00:00.000Z");
  });
});

describe("isWithinPeriod", () => {
  const p = periodEndingAt(day("2017-08-15"), 90); // 2017-05-18 .. 2017-08-15

  it("includes the first instant of the start day", () => {
    expect(isWithinPeriod(utc("2017-05-18T00:00:00.000Z"), p)).toBe(true);
  });

  it("excludes the last instant before the start day", () => {
    expect(isWithinPeriod(utc("2017-05-17T23:59:59.999Z"), p)).toBe(false);
  });

  it("includes the whole of D, up to 23:59:59.999", () => {
    expect(isWithinPeriod(utc("2017-08-15T00:00:00.000Z"), p)).toBe(true);
    expect(isWithinPeriod(utc("2017-08-15T23:59:59.999Z"), p)).toBe(true);
  });

  it("excludes endExclusive (the start of D + 1)", () => {
    expect(isWithinPeriod(utc("2017-08-16T00:00:00.000Z"), p)).toBe(false);
  });

  it("includes an instant in the middle", () => {
    expect(isWithinPeriod(utc("2017-07-01T12:00:00Z"), p)).toBe(true);
  });
});
