import { describe, it, expect } from "vitest";
import { periodEndingAt } from "./dates";
import { themeCoverage, themeInWindow, type ThemeForCoverage } from "./theme-coverage";

const day = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

// The 90 days ending 2017-08-15: 2017-05-18 .. 2017-08-15 inclusive.
const P = periodEndingAt(day("2017-08-15"), 90);

const theme = (
  id: string,
  isPriority: boolean,
  activeFrom: string | null = null,
  activeTo: string | null = null,
): ThemeForCoverage => ({
  id,
  isPriority,
  activeFrom: activeFrom === null ? null : day(activeFrom),
  activeTo: activeTo === null ? null : day(activeTo),
});

describe("themeInWindow", () => {
  it("an open window (both ends null) is always in", () => {
    expect(themeInWindow({ activeFrom: null, activeTo: null }, P)).toBe(true);
  });

  it("a window open at the start is in when it ends within the period", () => {
    expect(themeInWindow({ activeFrom: null, activeTo: day("2017-06-01") }, P)).toBe(true);
  });

  it("a window open at the end is in when it started before the period", () => {
    expect(themeInWindow({ activeFrom: day("2010-01-01"), activeTo: null }, P)).toBe(true);
  });

  it("a window that ended before the period start is not in", () => {
    expect(themeInWindow({ activeFrom: day("2016-01-01"), activeTo: day("2016-07-31") }, P)).toBe(false);
    expect(themeInWindow({ activeFrom: null, activeTo: day("2016-07-31") }, P)).toBe(false);
  });

  it("a window ending the day before the period's first day is not in", () => {
    expect(themeInWindow({ activeFrom: null, activeTo: day("2017-05-17") }, P)).toBe(false);
  });

  it("a window ending exactly on the period's first day overlaps (inclusive)", () => {
    expect(themeInWindow({ activeFrom: day("2017-01-01"), activeTo: day("2017-05-18") }, P)).toBe(true);
  });

  it("a window starting on D overlaps", () => {
    expect(themeInWindow({ activeFrom: day("2017-08-15"), activeTo: null }, P)).toBe(true);
    expect(themeInWindow({ activeFrom: day("2017-08-15"), activeTo: day("2017-12-31") }, P)).toBe(true);
  });

  it("a window starting the day after D does not overlap", () => {
    expect(themeInWindow({ activeFrom: day("2017-08-16"), activeTo: null }, P)).toBe(false);
  });

  it("a one-day window inside the period overlaps", () => {
    expect(themeInWindow({ activeFrom: day("2017-07-01"), activeTo: day("2017-07-01") }, P)).toBe(true);
  });

  it("a window that encloses the whole period overlaps", () => {
    expect(themeInWindow({ activeFrom: day("2017-01-01"), activeTo: day("2017-12-31") }, P)).toBe(true);
  });
});

describe("themeCoverage", () => {
  const themes: ThemeForCoverage[] = [
    theme("democratization", true),
    theme("climate", true),
    theme("asem2016", true, "2016-01-01", "2016-07-31"), // window ended before the period
    theme("unsc", false),
    theme("ub-dialogue", true, "2017-06-14", "2017-06-15"),
  ];
  const tagged = new Map<string, number>([
    ["democratization", 3],
    ["ub-dialogue", 2],
    ["unsc", 1],
  ]);

  const result = themeCoverage(themes, tagged, 20, P);
  const entry = (id: string) => {
    const e = result.themes.find((t) => t.themeId === id);
    if (!e) throw new Error(`no entry for ${id}`);
    return e;
  };

  it("returns one entry per theme, in order, the ended ASEM 2016 last", () => {
    expect(result.themes.map((t) => t.themeId)).toEqual([
      "democratization",
      "climate",
      "unsc",
      "ub-dialogue",
      "asem2016",
    ]);
  });

  it("computes each share over all posts in the period", () => {
    expect(entry("democratization").share).toBeCloseTo(0.15, 12); // 3 / 20
    expect(entry("ub-dialogue").share).toBeCloseTo(0.1, 12); // 2 / 20
    expect(entry("unsc").share).toBeCloseTo(0.05, 12); // 1 / 20
    expect(entry("climate").share).toBe(0); // 0 / 20
  });

  it("a covered priority theme in its window is not a gap", () => {
    expect(entry("democratization")).toEqual({
      themeId: "democratization",
      isPriority: true,
      taggedPosts: 3,
      share: 3 / 20,
      covered: true,
      inWindow: true,
      isGap: false,
    });
  });

  it("a priority theme with 0 tagged posts in its window is a gap", () => {
    expect(entry("climate")).toEqual({
      themeId: "climate",
      isPriority: true,
      taggedPosts: 0,
      share: 0,
      covered: false,
      inWindow: true,
      isGap: true,
    });
  });

  it("a priority theme whose window ended before the period is not a gap", () => {
    const e = entry("asem2016");
    expect(e.inWindow).toBe(false);
    expect(e.covered).toBe(false);
    expect(e.isGap).toBe(false);
  });

  it("a non-priority theme is never a gap", () => {
    const untagged = themeCoverage([theme("unsc", false)], new Map(), 20, P);
    expect(untagged.themes[0]?.isGap).toBe(false);
    expect(untagged.themes[0]?.covered).toBe(false);
  });

  it("counts priority coverage over priority themes in their window only", () => {
    // Priority in window: democratization, climate, ub-dialogue (asem2016 is out, unsc not priority) = 3.
    // Covered among them: democratization, ub-dialogue = 2 → 2/3.
    expect(result.priorityInWindow).toBe(3);
    expect(result.priorityCovered).toBe(2);
    expect(result.priorityCoverage).toBeCloseTo(2 / 3, 12);
  });

  it("tagged posts of a theme outside its window do not raise priority coverage", () => {
    const r = themeCoverage(
      [theme("asem2016", true, "2016-01-01", "2016-07-31"), theme("climate", true)],
      new Map([["asem2016", 4]]),
      10,
      P,
    );
    // Only climate is a priority theme in its window, and it is uncovered: 0 / 1.
    expect(r.priorityInWindow).toBe(1);
    expect(r.priorityCovered).toBe(0);
    expect(r.priorityCoverage).toBe(0);
    expect(r.themes.map((t) => [t.themeId, t.isGap])).toEqual([
      ["climate", true],
      ["asem2016", false],
    ]);
  });

  it("priorityCoverage is 1 when every priority theme in window is covered", () => {
    const r = themeCoverage(
      [theme("a", true), theme("b", true)],
      new Map([
        ["a", 1],
        ["b", 5],
      ]),
      6,
      P,
    );
    expect(r.priorityCoverage).toBe(1);
  });

  it("priorityCoverage is null when no priority theme is in its window", () => {
    const r = themeCoverage(
      [theme("asem2016", true, "2016-01-01", "2016-07-31"), theme("unsc", false)],
      new Map([["unsc", 2]]),
      10,
      P,
    );
    expect(r.priorityInWindow).toBe(0);
    expect(r.priorityCovered).toBe(0);
    expect(r.priorityCoverage).toBeNull();
  });

  it("priorityCoverage is null with no themes at all", () => {
    expect(themeCoverage([], new Map(), 10, P)).toEqual({
      themes: [],
      priorityInWindow: 0,
      priorityCovered: 0,
      priorityCoverage: null,
    });
  });

  it("share is null when there were no posts in the period, and the priority theme is still a gap", () => {
    const r = themeCoverage([theme("climate", true)], new Map(), 0, P);
    expect(r.themes[0]?.share).toBeNull();
    expect(r.themes[0]?.isGap).toBe(true);
    expect(r.priorityCoverage).toBe(0);
  });

  it("window boundaries decide gaps: ending on the first day counts, ending the day before does not", () => {
    const r = themeCoverage(
      [theme("ends-on-start", true, null, "2017-05-18"), theme("ends-before-start", true, null, "2017-05-17")],
      new Map(),
      5,
      P,
    );
    expect(r.themes.map((t) => [t.inWindow, t.isGap])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(r.priorityInWindow).toBe(1);
  });

  it("window boundaries decide gaps: starting on D counts, starting the day after D does not", () => {
    const r = themeCoverage(
      [theme("starts-on-D", true, "2017-08-15", null), theme("starts-after-D", true, "2017-08-16", null)],
      new Map(),
      5,
      P,
    );
    expect(r.themes.map((t) => [t.inWindow, t.isGap])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});

describe("themeCoverage order", () => {
  it("lists a theme that ended before the period after the current ones, keeping their order otherwise", () => {
    // ASEM 2016 (ended 2016-07-31) comes first by priority and name, but missions can no longer post on it.
    const themes = [
      theme("asem-2016", true, "2016-01-01", "2016-07-31"),
      theme("climate", true),
      theme("trade", false),
    ];
    const result = themeCoverage(themes, new Map([["asem-2016", 2]]), 10, P);
    expect(result.themes.map((entry) => entry.themeId)).toEqual(["climate", "trade", "asem-2016"]);
    expect(result.themes[2]).toMatchObject({ taggedPosts: 2, inWindow: false, isGap: false });
  });
});
