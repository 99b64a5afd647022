export const ROLES = ["admin", "analyst", "ambassador", "leadership"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: string | null;
  role: Role;
  /** The mission an ambassador belongs to; null for every other role. */
  missionId: string | null;
  name?: string;
  email?: string;
}

/** HQ roles and leadership see every mission; an ambassador sees only their own. */
export function canViewAllMissions(viewer: Viewer): boolean {
  return viewer.role === "admin" || viewer.role === "analyst" || viewer.role === "leadership";
}

export function canViewMission(viewer: Viewer, missionId: string): boolean {
  return canViewAllMissions(viewer) || (viewer.role === "ambassador" && viewer.missionId === missionId);
}

/**
 * The missions a viewer may read, as a filter on mission ids: null means all.
 * An ambassador without a mission sees nothing rather than everything.
 */
export function visibleMissionIds(viewer: Viewer): string[] | null {
  if (canViewAllMissions(viewer)) return null;
  return viewer.role === "ambassador" && viewer.missionId ? [viewer.missionId] : [];
}

export const PERMISSIONS = [
  "view:all-missions",
  "view:own-mission",
  "manage:users",
  "manage:settings",
  "view:audit",
  "import:data",
  "write:reviews",
  "close:review-actions",
  "edit:themes",
  "tag:posts",
  "label:stakeholders",
  "edit:mission-settings",
  "record:staff-time",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do; data access adds the mission scope on top (an ambassador's own mission only). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    "view:all-missions",
    "manage:users",
    // The metric settings (threshold T, default period, weights, targets, the ministry's name and language).
    "manage:settings",
    "view:audit",
    "import:data",
    "write:reviews",
    "close:review-actions",
    "edit:themes",
    "tag:posts",
    "label:stakeholders",
    "edit:mission-settings",
    "record:staff-time",
  ],
  analyst: [
    "view:all-missions",
    "import:data",
    "write:reviews",
    "close:review-actions",
    "edit:themes",
    "tag:posts",
    "label:stakeholders",
    "edit:mission-settings",
    "record:staff-time",
  ],
  leadership: ["view:all-missions", "write:reviews", "close:review-actions"],
  // Ambassadors carry out the agreed actions and record their own mission's staff time.
  ambassador: ["view:own-mission", "close:review-actions", "record:staff-time"],
};

export function can(viewer: Viewer | null, permission: Permission): boolean {
  return viewer !== null && ROLE_PERMISSIONS[viewer.role].includes(permission);
}

/** Where a signed-in person starts: an ambassador on their scorecard, leadership on the quarterly summaries, HQ on the overview. */
export function homePath(viewer: Viewer): string {
  if (viewer.role === "ambassador")
    return viewer.missionId ? `/missions/${encodeURIComponent(viewer.missionId)}` : "/posts";
  if (viewer.role === "leadership") return "/summaries";
  return "/";
}

/** The route that sends each signed-in person to their home (the default after sign-in). */
export const HOME_REDIRECT_PATH = "/start";
