import { describe, expect, it } from "vitest";
import { shownScore, shownScoreChange } from "./score-rounding";

describe("one rounding rule for health scores", () => {
  it("shows a score with one decimal", () => {
    expect(shownScore(57.74)).toBe(57.7);
    expect(shownScore(57.75)).toBe(57.8);
    expect(shownScore(null)).toBeNull();
  });

  it("computes the change from the scores as shown", () => {
    // 57.74 → 57.66 are both shown 57.7: no change (their raw difference 0.08 would print +0.1).
    expect(shownScoreChange(57.74, 57.66)).toBe(0);
    // 48.66 → 60.44 are shown 48.7 → 60.4: +11.7, not the raw +11.78 (+11.8).
    expect(shownScoreChange(60.44, 48.66)).toBe(11.7);
    expect(shownScoreChange(45, 52.46)).toBe(-7.5);
    expect(shownScoreChange(null, 50)).toBeNull();
    expect(shownScoreChange(50, null)).toBeNull();
  });
});
