import { describe, expect, it } from "vitest";
import { staffTimeRatios } from "./staff-time";

describe("staffTimeRatios", () => {
  it("divides the quarter's output and response by the staff hours", () => {
    // 120 posts, 30 of them engagement, 900 reactions over 60 hours:
    // 2 posts/h, 0.5 engagement posts/h, 15 reactions/h, 30 staff minutes per post.
    expect(staffTimeRatios({ hours: 60, posts: 120, engagementPosts: 30, reactions: 900 })).toEqual({
      hours: 60,
      postsPerHour: 2,
      engagementPostsPerHour: 0.5,
      reactionsPerHour: 15,
      minutesPerPost: 30,
    });
  });

  it("has no ratios without recorded hours, and no minutes per post without posts", () => {
    expect(staffTimeRatios({ hours: null, posts: 10, engagementPosts: 2, reactions: 5 })).toBeNull();
    expect(staffTimeRatios({ hours: 0, posts: 10, engagementPosts: 2, reactions: 5 })).toBeNull();
    expect(staffTimeRatios({ hours: 12.5, posts: 0, engagementPosts: 0, reactions: null })).toEqual({
      hours: 12.5,
      postsPerHour: 0,
      engagementPostsPerHour: 0,
      reactionsPerHour: null,
      minutesPerPost: null,
    });
  });
});
