import { z } from "zod";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../metrics/activity-status";
import { MISSION_SORT_KEYS, type MissionSortKey, type SortDirection } from "../data/mission-sort";

export interface OverviewTableParams {
  sort: MissionSortKey;
  dir: SortDirection;
  status: ActivityStatus | null;
}

const DEFAULT_DIRECTION: Record<MissionSortKey, SortDirection> = {
  name: "asc",
  status: "asc",
  lastPost: "desc",
  posts: "desc",
  engagement: "desc",
};

/** Table state from the URL; unknown values fall back to the defaults rather than failing the page. */
export function parseOverviewTableParams(params: Record<string, string | undefined>): OverviewTableParams {
  const sort = z.enum(MISSION_SORT_KEYS).catch("name").parse(params.sort);
  const dir = z.enum(["asc", "desc"]).optional().catch(undefined).parse(params.dir) ?? DEFAULT_DIRECTION[sort];
  const status = z.enum(ACTIVITY_STATUSES).nullable().catch(null).parse(params.status ?? null);
  return { sort, dir, status };
}

export function defaultDirection(sort: MissionSortKey): SortDirection {
  return DEFAULT_DIRECTION[sort];
}
