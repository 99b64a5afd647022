import { describe, expect, it } from "vitest";
import { EARLIEST_AS_OF, latestAsOf, parseViewRange } from "./view-range";

const today = new Date("2026-12-07T02:00:00Z");

describe("parseViewRange", () => {
  it("takes a real day within the range the store can show", () => {
    expect(parseViewRange({ asOf: "2017-08-15", period: "90" }, today)).toEqual({
      ok: true,
      asOf: new Date("2017-08-15T00:00:00Z"),
      periodDays: 90,
    });
    expect(parseViewRange({ asOf: EARLIEST_AS_OF }, today).ok).toBe(true);
    expect(parseViewRange({ asOf: "2027-12-07" }, today).ok).toBe(true);
  });

  it.each([
    ["9999-12-31", "as_of_out_of_range"],
    ["0001-01-01", "as_of_out_of_range"],
    ["1999-12-31", "as_of_out_of_range"],
    ["2027-12-08", "as_of_out_of_range"],
    ["2017-02-30", "invalid_as_of"],
    ["+275760-09-13", "invalid_as_of"],
  ])("refuses %s with %s", (asOf, code) => {
    expect(parseViewRange({ asOf }, today)).toEqual({ ok: false, errors: [{ field: "asOf", code, value: asOf }] });
  });

  it("ends the range a year after today", () => {
    expect(latestAsOf(today).toISOString().slice(0, 10)).toBe("2027-12-07");
  });
});
