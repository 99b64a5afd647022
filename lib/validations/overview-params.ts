import { z } from "zod";
import { parsePageParam, parsePageSizeParam } from "./page-param";
import { ACTIVITY_STATUSES } from "../metrics/activity-status";
import { MISSION_SORT_KEYS, type MissionFilters, type MissionSortKey, type SortDirection } from "../data/mission-sort";

export interface OverviewTableParams extends MissionFilters {
  sort: MissionSortKey;
  dir: SortDirection;
  /** The page of the mission table and the heatmap, which show the same missions, and its rows. */
  page: number;
  pageSize: number;
}

const DEFAULT_DIRECTION: Record<MissionSortKey, SortDirection> = {
  name: "asc",
  status: "asc",
  lastPost: "desc",
  posts: "desc",
  engagement: "desc",
  health: "asc",
};

const filterValue = z.string().trim().min(1).max(80).nullable().catch(null);

/** Table state from the URL; unknown values fall back to the defaults rather than failing the page. */
export function parseOverviewTableParams(params: Record<string, string | undefined>): OverviewTableParams {
  const sort = z.enum(MISSION_SORT_KEYS).catch("name").parse(params.sort);
  const dir = z.enum(["asc", "desc"]).optional().catch(undefined).parse(params.dir) ?? DEFAULT_DIRECTION[sort];
  return {
    sort,
    dir,
    status: z
      .enum(ACTIVITY_STATUSES)
      .nullable()
      .catch(null)
      .parse(params.status ?? null),
    region: filterValue.parse(params.region ?? null),
    kind: filterValue.parse(params.kind ?? null),
    platform: filterValue.parse(params.platform ?? null),
    page: parsePageParam(params.page),
    pageSize: parsePageSizeParam(params.rows),
  };
}

export function defaultDirection(sort: MissionSortKey): SortDirection {
  return DEFAULT_DIRECTION[sort];
}
