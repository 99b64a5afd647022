import { describe, it, expect } from "vitest";
import { responseReceived } from "./response";

describe("responseReceived", () => {
  it("50 reactions over 10 posts → 5 per post", () => {
    expect(responseReceived({ reactions: 50, posts: 10 })).toEqual({ perPost: 5, perThousandFollowers: null });
  });

  it("with 2,500 followers → 2 per post per 1,000 followers", () => {
    // 5 per post × 1000 / 2500 = 2
    expect(responseReceived({ reactions: 50, posts: 10, followers: 2500 })).toEqual({
      perPost: 5,
      perThousandFollowers: 2,
    });
  });

  it("with exactly 1,000 followers the per-thousand figure equals the per-post figure", () => {
    expect(responseReceived({ reactions: 30, posts: 4, followers: 1000 })).toEqual({
      perPost: 7.5,
      perThousandFollowers: 7.5,
    });
  });

  it("0 posts → both null, even with reactions and followers", () => {
    expect(responseReceived({ reactions: 0, posts: 0 })).toEqual({ perPost: null, perThousandFollowers: null });
    expect(responseReceived({ reactions: 12, posts: 0, followers: 5000 })).toEqual({
      perPost: null,
      perThousandFollowers: null,
    });
  });

  it("0 reactions over posts is 0, not null", () => {
    expect(responseReceived({ reactions: 0, posts: 3, followers: 500 })).toEqual({
      perPost: 0,
      perThousandFollowers: 0,
    });
  });

  it("followers 0 → perThousandFollowers null", () => {
    expect(responseReceived({ reactions: 50, posts: 10, followers: 0 })).toEqual({
      perPost: 5,
      perThousandFollowers: null,
    });
  });

  it("followers null or absent → perThousandFollowers null", () => {
    expect(responseReceived({ reactions: 50, posts: 10, followers: null })).toEqual({
      perPost: 5,
      perThousandFollowers: null,
    });
    expect(responseReceived({ reactions: 50, posts: 10, followers: undefined })).toEqual({
      perPost: 5,
      perThousandFollowers: null,
    });
  });

  it("handles fractional results", () => {
    // 10 / 3 per post; × 1000 / 200 = 50 / 3
    const r = responseReceived({ reactions: 10, posts: 3, followers: 200 });
    expect(r.perPost).toBeCloseTo(10 / 3, 12);
    expect(r.perThousandFollowers).toBeCloseTo(50 / 3, 12);
  });
});
