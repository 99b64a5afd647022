import { describe, expect, it } from "vitest";
import { judgeEngagementTarget, minimumShareFor } from "./engagement-target";

const shares = { engage: 0.2, priority_engagement: 0.4 };

describe("judgeEngagementTarget", () => {
  it("holds an engage mission to the engage minimum and a priority mission to the higher one", () => {
    // 30 engagement posts of 100 → 0.3: meets 0.2, below 0.4 by 0.1.
    expect(judgeEngagementTarget("engage", 0.3, shares)).toEqual({
      target: "engage",
      minimumShare: 0.2,
      share: 0.3,
      verdict: "meets",
      shortfall: null,
    });
    const priority = judgeEngagementTarget("priority_engagement", 0.3, shares);
    expect(priority.verdict).toBe("below");
    expect(priority.shortfall).toBeCloseTo(0.1, 10);
  });

  it("counts exactly the minimum as meeting it", () => {
    expect(judgeEngagementTarget("engage", 0.2, shares).verdict).toBe("meets");
    expect(judgeEngagementTarget("engage", 0.19, shares).verdict).toBe("below");
  });

  it("never finds a broadcast-only mission below target, and has no verdict without posts", () => {
    expect(judgeEngagementTarget("broadcast_only", 0, shares)).toMatchObject({
      verdict: "no_minimum",
      minimumShare: null,
      shortfall: null,
    });
    expect(judgeEngagementTarget("engage", null, shares)).toMatchObject({ verdict: "no_posts", minimumShare: 0.2 });
  });

  it("reads the minimum from the settings", () => {
    expect(minimumShareFor("priority_engagement", { engage: 0.1, priority_engagement: 0.6 })).toBe(0.6);
    expect(minimumShareFor("broadcast_only", shares)).toBeNull();
  });
});
