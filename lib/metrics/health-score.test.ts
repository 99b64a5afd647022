import { describe, it, expect } from "vitest";
import { HEALTH_COMPONENTS, activityComponent, healthScore, responseComponent } from "./health-score";
import { DEFAULT_METRIC_SETTINGS, type HealthWeights } from "./settings";

const DEFAULT_WEIGHTS: HealthWeights = { activity: 35, engagement: 25, coverage: 25, response: 15 };
const EQUAL: HealthWeights = { activity: 1, engagement: 1, coverage: 1, response: 1 };

describe("healthScore", () => {
  it("the default settings use weights 35/25/25/15", () => {
    expect(DEFAULT_METRIC_SETTINGS.healthWeights).toEqual(DEFAULT_WEIGHTS);
  });

  it("activity 1, engagement 0.5, coverage 0.5, response null → 35 + 12.5 + 12.5 + 0 = 60", () => {
    const r = healthScore({ activity: 1, engagement: 0.5, coverage: 0.5, response: null }, DEFAULT_WEIGHTS);
    expect(r.score).toBe(60);
  });

  it("shows every component with its value, weight and points, in a fixed order", () => {
    const r = healthScore({ activity: 1, engagement: 0.5, coverage: 0.5, response: null }, DEFAULT_WEIGHTS);
    expect(r.components.map((c) => c.key)).toEqual([...HEALTH_COMPONENTS]);
    expect(r.components).toEqual([
      { key: "activity", value: 1, weight: 35, points: 35 },
      { key: "engagement", value: 0.5, weight: 25, points: 12.5 },
      { key: "coverage", value: 0.5, weight: 25, points: 12.5 },
      { key: "response", value: null, weight: 15, points: 0 },
    ]);
  });

  it("the points add up to the score", () => {
    const r = healthScore({ activity: 0.2, engagement: 0.4, coverage: 1, response: 0.6 }, DEFAULT_WEIGHTS);
    // 35×0.2 + 25×0.4 + 25×1 + 15×0.6 = 7 + 10 + 25 + 9 = 51
    expect(r.components.map((c) => c.points)).toEqual([
      expect.closeTo(7, 10),
      expect.closeTo(10, 10),
      expect.closeTo(25, 10),
      expect.closeTo(9, 10),
    ]);
    expect(r.score).toBe(51);
  });

  it("all components full → 100; all missing → 0", () => {
    expect(healthScore({ activity: 1, engagement: 1, coverage: 1, response: 1 }, DEFAULT_WEIGHTS).score).toBe(100);
    expect(
      healthScore({ activity: null, engagement: null, coverage: null, response: null }, DEFAULT_WEIGHTS).score,
    ).toBe(0);
  });

  it("normalises weights that do not sum to 100: 1,1,1,1 with values 1,0,0,0 → 25", () => {
    const r = healthScore({ activity: 1, engagement: 0, coverage: 0, response: 0 }, EQUAL);
    // 100 × 1 × 1 / 4
    expect(r.score).toBe(25);
    expect(r.components[0]).toEqual({ key: "activity", value: 1, weight: 1, points: 25 });
  });

  it("weights summing to more than 100 are normalised too", () => {
    // total 200; activity 100 × 0.5 → 100 × 100 × 0.5 / 200 = 25; engagement 100 × 1 → 50. Score 75.
    const r = healthScore(
      { activity: 0.5, engagement: 1, coverage: 1, response: 1 },
      { activity: 100, engagement: 100, coverage: 0, response: 0 },
    );
    expect(r.score).toBe(75);
    expect(r.components.map((c) => c.points)).toEqual([25, 50, 0, 0]);
  });

  it("a component with weight 0 contributes nothing", () => {
    const r = healthScore(
      { activity: 0.5, engagement: 1, coverage: 1, response: 1 },
      { activity: 2, engagement: 0, coverage: 0, response: 0 },
    );
    // only activity counts: 100 × 0.5
    expect(r.score).toBe(50);
  });

  it("rounds the score to one decimal", () => {
    // 100 × 1 / 3 = 33.33… → 33.3
    const r = healthScore(
      { activity: 1, engagement: 0, coverage: 0, response: null },
      { activity: 1, engagement: 1, coverage: 1, response: 0 },
    );
    expect(r.score).toBe(33.3);
  });

  it("throws when all weights are zero", () => {
    expect(() =>
      healthScore(
        { activity: 1, engagement: 1, coverage: 1, response: 1 },
        { activity: 0, engagement: 0, coverage: 0, response: 0 },
      ),
    ).toThrow(RangeError);
  });

  it("clamps component values to [0, 1]", () => {
    // clamped to 1, 0, 1, 0 → 100 × 2 / 4 = 50
    const r = healthScore({ activity: 1.5, engagement: -0.5, coverage: 2, response: -1 }, EQUAL);
    expect(r.score).toBe(50);
    expect(r.components.map((c) => c.points)).toEqual([25, 0, 25, 0]);
  });

  it("a missing component scores 0 rather than being dropped", () => {
    // If response were dropped the score would be 100; instead 100 × 3 / 4 = 75.
    expect(healthScore({ activity: 1, engagement: 1, coverage: 1, response: null }, EQUAL).score).toBe(75);
  });
});

describe("activityComponent", () => {
  it("13 posts in 91 days at 1 per week → 1 (target 91 / 7 = 13)", () => {
    expect(activityComponent(13, 91, 1)).toBe(1);
  });

  it("6 posts in 84 days at 1 per week → 0.5 (target 84 / 7 = 12)", () => {
    expect(activityComponent(6, 84, 1)).toBe(0.5);
  });

  it("0 posts in the period → 0", () => {
    expect(activityComponent(0, 90, 3)).toBe(0);
  });

  it("above target is capped at 1", () => {
    expect(activityComponent(100, 84, 1)).toBe(1);
  });

  it("default target of 3 per week over 90 days: 27 posts → 0.7", () => {
    // target = 3 × 90 / 7 = 270 / 7; 27 / (270 / 7) = 189 / 270 = 0.7
    expect(activityComponent(27, 90, 3)).toBeCloseTo(0.7, 12);
  });

  it("a target of 0 posts per week gives 0 rather than dividing by zero", () => {
    expect(activityComponent(5, 90, 0)).toBe(0);
  });
});

describe("responseComponent", () => {
  it("null reactions per post (no posts) → null", () => {
    expect(responseComponent(null, 10)).toBeNull();
  });

  it("5 per post against a target of 10 → 0.5", () => {
    expect(responseComponent(5, 10)).toBe(0.5);
  });

  it("20 per post against a target of 10 → capped at 1", () => {
    expect(responseComponent(20, 10)).toBe(1);
  });

  it("0 per post → 0", () => {
    expect(responseComponent(0, 10)).toBe(0);
  });
});
