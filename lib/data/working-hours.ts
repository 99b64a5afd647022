import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../auth/audit";
import { can, canViewMission, visibleMissionIds, type Viewer } from "../auth/permissions";
import type { Period } from "../metrics/dates";
import {
  bucketMatches,
  bucketStart,
  mergeQuarterRanges,
  parseWeekendDays,
  summarizeWorkingHours,
  type QuarterHourBucket,
  type WorkingHoursSelection,
  type WorkingHoursSummary,
  type WorkingTimeSettings,
} from "../metrics/working-hours";
import type { AddHolidaysInput, WorkingHoursSettingsInput } from "../validations/working-hours";
import { POST_LIST_SELECT, type PostListItem } from "./posts";
import { institutionalAccountSql, institutionalAccountWhere } from "./account-scope";
import { column, dialectOf, toNumber } from "./sql-dialect";

export const WORKING_HOURS_POSTS_PAGE_SIZE = 25;

const MISSION_SELECT = {
  id: true,
  name: true,
  city: true,
  country: true,
  timeZone: true,
  workdayStartMinute: true,
  workdayEndMinute: true,
  weekendDays: true,
  isDemo: true,
  holidays: { select: { day: true, name: true }, orderBy: { day: "asc" } },
} satisfies Prisma.MissionSelect;

type MissionRow = Prisma.MissionGetPayload<{ select: typeof MISSION_SELECT }>;

export interface MissionWorkingHours {
  id: string;
  name: string;
  city: string | null;
  country: string;
  isDemo: boolean;
  settings: WorkingTimeSettings;
  holidays: { day: string; name: string }[];
  summary: WorkingHoursSummary;
}

function settingsOf(mission: MissionRow): WorkingTimeSettings {
  return {
    timeZone: mission.timeZone,
    workdayStartMinute: mission.workdayStartMinute,
    workdayEndMinute: mission.workdayEndMinute,
    weekendDays: parseWeekendDays(mission.weekendDays),
    holidays: new Set(mission.holidays.map((h) => h.day)),
  };
}

/**
 * Posts per mission, UTC day and UTC quarter-hour in the period, counted in
 * the database; the buckets are then read in each mission's own time zone
 * (lib/metrics/working-hours.ts), which is exact for every zone.
 */
export async function getQuarterHourBuckets(missionIds: readonly string[], period: Period): Promise<Map<string, QuarterHourBucket[]>> {
  const result = new Map<string, QuarterHourBucket[]>();
  if (missionIds.length === 0) return result;
  const postedAt = column("Post", "postedAt");
  const { daySql, quarterHourOfDaySql } = dialectOf(prisma);
  const rows = await prisma.$queryRaw<{ missionId: string; utcDay: string; quarter: bigint | number; posts: bigint | number; replies: bigint | number }[]>(Prisma.sql`
    SELECT "Account"."missionId" AS "missionId", ${daySql(postedAt)} AS "utcDay", ${quarterHourOfDaySql(postedAt)} AS "quarter",
      COUNT(*) AS "posts",
      SUM(CASE WHEN "Post"."kind" = 'reply' AND "Post"."category" = 'engagement' THEN 1 ELSE 0 END) AS "replies"
    FROM "Post"
    JOIN "Account" ON "Account"."id" = "Post"."accountId"
    WHERE "Account"."missionId" IN (${Prisma.join([...missionIds])}) AND ${institutionalAccountSql()}
      AND "Post"."postedAt" >= ${period.start} AND "Post"."postedAt" < ${period.endExclusive}
    GROUP BY 1, 2, 3`);
  for (const row of rows) {
    const list = result.get(row.missionId) ?? [];
    list.push({ utcDay: row.utcDay, quarter: toNumber(row.quarter), posts: toNumber(row.posts), replies: toNumber(row.replies) });
    result.set(row.missionId, list);
  }
  return result;
}

function toMissionWorkingHours(mission: MissionRow, buckets: readonly QuarterHourBucket[]): MissionWorkingHours {
  const settings = settingsOf(mission);
  return {
    id: mission.id,
    name: mission.name,
    city: mission.city,
    country: mission.country,
    isDemo: mission.isDemo,
    settings,
    holidays: mission.holidays,
    summary: summarizeWorkingHours(buckets, settings),
  };
}

/** Every mission the viewer may see (an ambassador: their own), by name, with its posts' local-time classes in the period. */
export async function getWorkingHoursOverview(viewer: Viewer, period: Period): Promise<MissionWorkingHours[]> {
  const visible = visibleMissionIds(viewer);
  const missions = await prisma.mission.findMany({
    where: visible ? { id: { in: visible } } : {},
    select: MISSION_SELECT,
  });
  // By name, the same on both stores (their collations differ): an order with no rank in it.
  missions.sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  const buckets = await getQuarterHourBuckets(missions.map((m) => m.id), period);
  return missions.map((m) => toMissionWorkingHours(m, buckets.get(m.id) ?? []));
}

async function findVisibleMission(viewer: Viewer, missionId: string): Promise<MissionRow | null> {
  if (!canViewMission(viewer, missionId)) return null;
  return prisma.mission.findUnique({ where: { id: missionId }, select: MISSION_SELECT });
}

/** One mission's working hours in the period; null when it does not exist or the viewer may not see it. */
export async function getMissionWorkingHours(viewer: Viewer, missionId: string, period: Period): Promise<MissionWorkingHours | null> {
  const mission = await findVisibleMission(viewer, missionId);
  if (!mission) return null;
  const buckets = await getQuarterHourBuckets([mission.id], period);
  return toMissionWorkingHours(mission, buckets.get(mission.id) ?? []);
}

export interface WorkingHoursPostPage {
  items: PostListItem[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The posts behind a time class or a heatmap cell of one mission, newest
 * first. The matching UTC quarter-hours come from the aggregate; the posts are
 * then fetched by those time ranges, one page at a time.
 */
export async function getWorkingHoursPosts(
  viewer: Viewer,
  missionId: string,
  period: Period,
  selection: WorkingHoursSelection,
  page: number,
  pageSize: number = WORKING_HOURS_POSTS_PAGE_SIZE,
): Promise<WorkingHoursPostPage | null> {
  const mission = await findVisibleMission(viewer, missionId);
  if (!mission) return null;
  const settings = settingsOf(mission);
  const buckets = (await getQuarterHourBuckets([mission.id], period)).get(mission.id) ?? [];
  const matching = buckets.filter((b) => bucketMatches(b, settings, selection));
  const total = matching.reduce((sum, b) => sum + b.posts, 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  if (total === 0) return { items: [], total, page: current, pageCount };
  const ranges = mergeQuarterRanges(matching.map(bucketStart));
  const items = await prisma.post.findMany({
    where: {
      account: { missionId: mission.id, ...institutionalAccountWhere },
      postedAt: { gte: period.start, lt: period.endExclusive },
      OR: ranges.map((r) => ({ postedAt: { gte: r.start, lt: r.end } })),
    },
    orderBy: [{ postedAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: POST_LIST_SELECT,
  });
  return { items, total, page: current, pageCount };
}

async function findEditableMission(viewer: Viewer, missionId: string) {
  if (!can(viewer, "edit:mission-settings")) throw new AppError("forbidden");
  const mission = await prisma.mission.findUnique({ where: { id: missionId }, select: { id: true, slug: true } });
  if (!mission) throw new AppError("not_found");
  return mission;
}

export async function saveWorkingHoursSettings(viewer: Viewer, input: WorkingHoursSettingsInput): Promise<void> {
  const mission = await findEditableMission(viewer, input.missionId);
  const weekendDays = input.weekendDays.join(",");
  await prisma.$transaction(async (tx) => {
    const before = await tx.mission.findUniqueOrThrow({
      where: { id: mission.id },
      select: { workdayStartMinute: true, workdayEndMinute: true, weekendDays: true },
    });
    await tx.mission.update({
      where: { id: mission.id },
      data: { workdayStartMinute: input.workdayStartMinute, workdayEndMinute: input.workdayEndMinute, weekendDays },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "mission_working_hours_changed",
      targetType: "mission",
      targetId: mission.id,
      details: { mission: mission.slug, before, after: { workdayStartMinute: input.workdayStartMinute, workdayEndMinute: input.workdayEndMinute, weekendDays } },
    });
  });
}

/** Adds every holiday of the list or none: a day the mission already has is reported with its line number. */
export async function addMissionHolidays(viewer: Viewer, input: AddHolidaysInput): Promise<number> {
  const mission = await findEditableMission(viewer, input.missionId);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.missionHoliday.findMany({
      where: { missionId: mission.id, day: { in: input.holidays.map((h) => h.day) } },
      select: { day: true },
    });
    if (existing.length > 0) {
      const taken = new Set(existing.map((e) => e.day));
      const fieldErrors: Record<string, string[]> = {};
      for (const h of input.holidays) {
        if (taken.has(h.day)) (fieldErrors[input.single ? "single" : `line-${h.line}`] ??= []).push("dayExists");
      }
      throw new AppError("conflict", { fieldErrors });
    }
    await tx.missionHoliday.createMany({ data: input.holidays.map((h) => ({ missionId: mission.id, day: h.day, name: h.name })) });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "mission_holidays_added",
      targetType: "mission",
      targetId: mission.id,
      details: { mission: mission.slug, holidays: input.holidays.map((h) => `${h.day} ${h.name}`) },
    });
    return input.holidays.length;
  });
}

export async function removeMissionHoliday(viewer: Viewer, missionId: string, day: string): Promise<void> {
  const mission = await findEditableMission(viewer, missionId);
  await prisma.$transaction(async (tx) => {
    const holiday = await tx.missionHoliday.findUnique({ where: { missionId_day: { missionId: mission.id, day } }, select: { id: true, name: true } });
    if (!holiday) throw new AppError("not_found");
    await tx.missionHoliday.delete({ where: { id: holiday.id } });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "mission_holiday_removed",
      targetType: "mission",
      targetId: mission.id,
      details: { mission: mission.slug, day, name: holiday.name },
    });
  });
}
