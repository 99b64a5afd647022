import { describe, expect, it } from "vitest";
import { missionHealthComponents } from "./mission-health";
import { healthScore } from "./health-score";
import { DEFAULT_METRIC_SETTINGS } from "./settings";

describe("missionHealthComponents", () => {
  it("averages account activity and passes the other components through", () => {
    // Target 3 posts/week over 91 days = 39 posts. Accounts: 39 → 1, 0 → 0; mean 0.5.
    // Response target 10 per post: 5 → 0.5.
    const components = missionHealthComponents(
      { postsPerAccount: [39, 0], periodDays: 91, engagementShare: 0.3, priorityCoverage: 0.75, reactionsPerPost: 5 },
      DEFAULT_METRIC_SETTINGS,
    );
    expect(components).toEqual({ activity: 0.5, engagement: 0.3, coverage: 0.75, response: 0.5 });
    // Weights 35/25/25/15: 17.5 + 7.5 + 18.75 + 7.5 = 51.25 → 51.3 (one decimal)
    expect(healthScore(components, DEFAULT_METRIC_SETTINGS.healthWeights).score).toBe(51.3);
  });

  it("gives no activity value to a mission without accounts and no response without posts", () => {
    const components = missionHealthComponents(
      { postsPerAccount: [], periodDays: 90, engagementShare: null, priorityCoverage: null, reactionsPerPost: null },
      DEFAULT_METRIC_SETTINGS,
    );
    expect(components).toEqual({ activity: null, engagement: null, coverage: null, response: null });
    expect(healthScore(components, DEFAULT_METRIC_SETTINGS.healthWeights).score).toBe(0);
  });
});
