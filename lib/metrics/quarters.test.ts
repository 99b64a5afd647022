import { describe, expect, it } from "vitest";
import { formatIsoDay } from "./dates";
import {
  compareQuarters,
  parseQuarter,
  previousQuarter,
  quarterId,
  quarterOf,
  quarterPeriod,
  quartersEndingWith,
  sameQuarterLastYear,
  shiftQuarter,
} from "./quarters";

describe("quarters", () => {
  it("parses and prints the URL form, refusing anything else", () => {
    expect(parseQuarter("2017-Q3")).toEqual({ year: 2017, quarter: 3 });
    for (const bad of ["2017-Q5", "2017-Q0", "2017Q3", "17-Q3", "2017-q3", "", "1969-Q4", "2017-Q3 "])
      expect(parseQuarter(bad)).toBeNull();
    // Its period would end in year 10000, a date neither store binds (the summary failed with a server error).
    expect(parseQuarter("9999-Q4")).toBeNull();
    const today = new Date("2026-12-07T00:00:00Z");
    expect(parseQuarter("2027-Q4", today)).toEqual({ year: 2027, quarter: 4 });
    expect(parseQuarter("2028-Q1", today)).toBeNull();
    expect(quarterId({ year: 2016, quarter: 4 })).toBe("2016-Q4");
  });

  it("places moments in their UTC quarter", () => {
    expect(quarterOf(new Date("2017-09-30T23:59:59Z"))).toEqual({ year: 2017, quarter: 3 });
    expect(quarterOf(new Date("2017-10-01T00:00:00Z"))).toEqual({ year: 2017, quarter: 4 });
    expect(quarterOf(new Date("2017-01-01T00:00:00Z"))).toEqual({ year: 2017, quarter: 1 });
  });

  it("makes each quarter a period over all its days, as of its last day", () => {
    const q3 = quarterPeriod({ year: 2017, quarter: 3 });
    expect(formatIsoDay(q3.asOf)).toBe("2017-09-30");
    expect(q3.days).toBe(92);
    expect(q3.start.toISOString()).toBe("2017-07-01T00:00:00.000Z");
    expect(q3.endExclusive.toISOString()).toBe("2017-10-01T00:00:00.000Z");
    expect(quarterPeriod({ year: 2017, quarter: 1 }).days).toBe(90);
    expect(quarterPeriod({ year: 2016, quarter: 1 }).days).toBe(91); // leap year
    expect(quarterPeriod({ year: 2017, quarter: 2 }).days).toBe(91);
    expect(quarterPeriod({ year: 2017, quarter: 4 }).days).toBe(92);
  });

  it("steps across years", () => {
    expect(previousQuarter({ year: 2017, quarter: 1 })).toEqual({ year: 2016, quarter: 4 });
    expect(sameQuarterLastYear({ year: 2017, quarter: 3 })).toEqual({ year: 2016, quarter: 3 });
    expect(shiftQuarter({ year: 2016, quarter: 4 }, 1)).toEqual({ year: 2017, quarter: 1 });
    expect(quartersEndingWith({ year: 2017, quarter: 2 }, 3).map(quarterId)).toEqual(["2016-Q4", "2017-Q1", "2017-Q2"]);
    expect(compareQuarters({ year: 2017, quarter: 1 }, { year: 2016, quarter: 4 })).toBeGreaterThan(0);
  });
});
