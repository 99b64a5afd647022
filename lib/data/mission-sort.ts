import type { ActivityStatus } from "../metrics/activity-status";
import type { MissionSummary } from "./missions";

export const MISSION_SORT_KEYS = ["name", "status", "lastPost", "posts", "engagement", "health"] as const;
export type MissionSortKey = (typeof MISSION_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

/** A mission row as the tables show it; the health score is there once it has been computed. */
export type MissionRow = MissionSummary & { health?: { score: number } };

const STATUS_RANK: Record<ActivityStatus, number> = { silent: 0, dormant: 1, active: 2 };

/** A mission's worst account status first: a mission with any dormant account needs attention. */
function worstStatusRank(mission: MissionRow): number {
  return mission.accounts.reduce((worst, a) => Math.min(worst, STATUS_RANK[a.activity.status]), STATUS_RANK.active + 1);
}

/** Sorts mission rows for the table; missing values (no post, no share) always go last. */
export function sortMissions<T extends MissionRow>(missions: readonly T[], key: MissionSortKey, direction: SortDirection): T[] {
  const value = (m: T): number | string | null => {
    switch (key) {
      case "name":
        return m.name.toLocaleLowerCase();
      case "status":
        return worstStatusRank(m);
      case "lastPost":
        return m.lastPostAt?.getTime() ?? null;
      case "posts":
        return m.postsInPeriod;
      case "engagement":
        return m.engagementShare;
      case "health":
        return m.health?.score ?? null;
    }
  };
  const sign = direction === "asc" ? 1 : -1;
  return [...missions].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.name.localeCompare(b.name);
    if (va === null) return 1;
    if (vb === null) return -1;
    const order = typeof va === "string" && typeof vb === "string" ? va.localeCompare(vb) : Number(va) - Number(vb);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}

export interface MissionFilters {
  status: ActivityStatus | null;
  region: string | null;
  kind: string | null;
  platform: string | null;
}

/**
 * Missions matching every filter: status and platform match when at least
 * one of the mission's accounts has them.
 */
export function filterMissions<T extends MissionRow>(missions: readonly T[], filters: MissionFilters): T[] {
  return missions.filter(
    (m) =>
      (filters.status === null || m.accounts.some((a) => a.activity.status === filters.status)) &&
      (filters.region === null || m.region === filters.region) &&
      (filters.kind === null || m.kind === filters.kind) &&
      (filters.platform === null || m.accounts.some((a) => a.platform === filters.platform)),
  );
}

/** The distinct values present, for filter menus. */
export function filterOptions(missions: readonly MissionRow[]) {
  const sorted = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();
  return {
    regions: sorted(missions.map((m) => m.region)),
    kinds: sorted(missions.map((m) => m.kind)),
    platforms: sorted(missions.flatMap((m) => m.accounts.map((a) => a.platform))),
  };
}
