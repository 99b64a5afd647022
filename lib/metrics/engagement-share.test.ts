import { describe, it, expect } from "vitest";
import {
  EMPTY_CATEGORY_COUNTS,
  addCategoryCounts,
  engagementShare,
  isDeclaredUseMismatch,
  totalPosts,
  type CategoryCounts,
} from "./engagement-share";

describe("engagementShare", () => {
  it("3 engagement + 1 broadcast → 0.75", () => {
    // 3 / (3 + 1)
    expect(engagementShare({ engagement: 3, broadcast: 1 })).toBe(0.75);
  });

  it("excludes amplification from numerator and denominator", () => {
    // 3 / (3 + 1), the 100 reposts do not count
    const counts: CategoryCounts = { engagement: 3, broadcast: 1, amplification: 100 };
    expect(engagementShare(counts)).toBe(0.75);
  });

  it("is null when there are neither engagement nor broadcast posts (0/0)", () => {
    expect(engagementShare({ engagement: 0, broadcast: 0 })).toBeNull();
  });

  it("is null for an account that only reposted", () => {
    const counts: CategoryCounts = { engagement: 0, broadcast: 0, amplification: 7 };
    expect(engagementShare(counts)).toBeNull();
  });

  it("is 0 when there is only broadcast", () => {
    expect(engagementShare({ engagement: 0, broadcast: 5 })).toBe(0);
  });

  it("is 1 when there is only engagement", () => {
    expect(engagementShare({ engagement: 4, broadcast: 0 })).toBe(1);
  });

  it("1 engagement + 2 broadcast → 1/3", () => {
    expect(engagementShare({ engagement: 1, broadcast: 2 })).toBeCloseTo(1 / 3, 12);
  });
});

describe("addCategoryCounts / totalPosts", () => {
  it("adds field by field", () => {
    expect(
      addCategoryCounts(
        { broadcast: 1, engagement: 2, amplification: 3 },
        { broadcast: 10, engagement: 20, amplification: 30 },
      ),
    ).toEqual({ broadcast: 11, engagement: 22, amplification: 33 });
  });

  it("the empty counts are the identity and are not mutated", () => {
    const a = { broadcast: 4, engagement: 5, amplification: 6 };
    expect(addCategoryCounts(EMPTY_CATEGORY_COUNTS, a)).toEqual(a);
    expect(addCategoryCounts(a, EMPTY_CATEGORY_COUNTS)).toEqual(a);
    expect(EMPTY_CATEGORY_COUNTS).toEqual({ broadcast: 0, engagement: 0, amplification: 0 });
  });

  it("mission share is computed from summed counts, not averaged shares", () => {
    // Account A: 1 engagement / 1 broadcast (0.5); account B: 0 / 3 (0). Mission: 1 / (1 + 4) = 0.2, not (0.5 + 0) / 2.
    const mission = addCategoryCounts(
      { broadcast: 1, engagement: 1, amplification: 0 },
      { broadcast: 3, engagement: 0, amplification: 2 },
    );
    expect(engagementShare(mission)).toBeCloseTo(0.2, 12);
  });

  it("totalPosts includes amplification", () => {
    // 1 + 2 + 3
    expect(totalPosts({ broadcast: 1, engagement: 2, amplification: 3 })).toBe(6);
    expect(totalPosts(EMPTY_CATEGORY_COUNTS)).toBe(0);
  });
});

describe("isDeclaredUseMismatch", () => {
  it("flags declared engagement with share 0.1 under 0.2", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "engagement", share: 0.1 }, 0.2)).toBe(true);
  });

  it("does not flag a share exactly at the threshold", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "engagement", share: 0.2 }, 0.2)).toBe(false);
  });

  it("does not flag declared engagement with share above the threshold", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "engagement", share: 0.75 }, 0.2)).toBe(false);
  });

  it("flags declared engagement with share 0", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "engagement", share: 0 }, 0.2)).toBe(true);
  });

  it("does not flag when there is no share (no posts in the period)", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "engagement", share: null }, 0.2)).toBe(false);
  });

  it("does not flag an account declared for broadcast, even at share 0", () => {
    expect(isDeclaredUseMismatch({ declaredUse: "broadcast", share: 0 }, 0.2)).toBe(false);
  });
});
