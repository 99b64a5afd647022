import type { HealthWeights } from "./settings";

export const HEALTH_COMPONENTS = ["activity", "engagement", "coverage", "response"] as const;
export type HealthComponentKey = (typeof HEALTH_COMPONENTS)[number];

/** Each component in [0, 1]; null when there is nothing to measure (it then scores 0). */
export type HealthComponentValues = Record<HealthComponentKey, number | null>;

export interface HealthComponent {
  key: HealthComponentKey;
  value: number | null;
  /** Weight as configured. */
  weight: number;
  /** Points this component adds to the 0–100 score. */
  points: number;
}

export interface HealthScore {
  score: number;
  components: HealthComponent[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Posts in the period against a weekly target: 1 at or above target, 0 when silent in the period. */
export function activityComponent(postsInPeriod: number, periodDays: number, targetPostsPerWeek: number): number {
  const target = (targetPostsPerWeek * periodDays) / 7;
  return target <= 0 ? 0 : clamp01(postsInPeriod / target);
}

/** Reactions per post against the target; null when there were no posts to react to. */
export function responseComponent(reactionsPerPost: number | null, targetPerPost: number): number | null {
  if (reactionsPerPost === null) return null;
  return clamp01(reactionsPerPost / targetPerPost);
}

/**
 * The health score (0–100): the weighted mean of the components, each shown
 * with its weight and the points it contributes. A missing component scores 0
 * rather than being dropped, so an account cannot score well by not posting.
 */
export function healthScore(values: HealthComponentValues, weights: HealthWeights): HealthScore {
  const totalWeight = HEALTH_COMPONENTS.reduce((sum, key) => sum + weights[key], 0);
  if (totalWeight <= 0) throw new RangeError("Health-score weights must add up to more than zero");
  const components = HEALTH_COMPONENTS.map((key): HealthComponent => {
    const value = values[key];
    const normalised = value === null ? 0 : clamp01(value);
    return { key, value, weight: weights[key], points: (100 * weights[key] * normalised) / totalWeight };
  });
  const score = components.reduce((sum, c) => sum + c.points, 0);
  return { score: Math.round(score * 10) / 10, components };
}
