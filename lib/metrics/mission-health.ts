import { activityComponent, responseComponent, type HealthComponentValues } from "./health-score";
import type { MetricSettings } from "./settings";

export interface MissionHealthInput {
  /** Posts in the period of each of the mission's accounts. */
  postsPerAccount: readonly number[];
  periodDays: number;
  engagementShare: number | null;
  /** Covered priority themes ÷ priority themes in their window. */
  priorityCoverage: number | null;
  reactionsPerPost: number | null;
}

/**
 * The four health components of a mission, each 0–1:
 * activity = the mean of its accounts' activity (posts against the weekly
 * target), so one busy account does not hide a dormant one; engagement =
 * its engagement share; coverage = share of priority themes covered;
 * response = reactions per post against the target.
 */
export function missionHealthComponents(input: MissionHealthInput, settings: MetricSettings): HealthComponentValues {
  const activities = input.postsPerAccount.map((posts) =>
    activityComponent(posts, input.periodDays, settings.activityTargetPostsPerWeek),
  );
  return {
    activity: activities.length === 0 ? null : activities.reduce((a, b) => a + b, 0) / activities.length,
    engagement: input.engagementShare,
    coverage: input.priorityCoverage,
    response: responseComponent(input.reactionsPerPost, settings.responseTargetPerPost),
  };
}
