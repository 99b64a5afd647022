import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { institutionalAccountWhere } from "./account-scope";
import { writeAudit } from "../auth/audit";
import { can, canViewMission, type Viewer } from "../auth/permissions";
import { compareQuarters, firstDayOfQuarter, parseQuarter, quarterId, quarterOf, quarterPeriod, shiftQuarter, type Quarter } from "../metrics/quarters";
import { staffTimeRatios, type StaffTimeRatios } from "../metrics/staff-time";
import { addDays } from "../metrics/dates";
import { totalPosts } from "../metrics/engagement-share";
import { getRollupReader } from "./rollups";
import type { QuarterStaffTime } from "../summaries/types";
import type { RecordStaffTimeInput, SetEngagementTargetInput } from "../validations/mission-targets";

/** HQ sets the engagement a mission is judged against (analysts and admins). */
export async function setEngagementTarget(viewer: Viewer, input: SetEngagementTargetInput): Promise<{ missionId: string }> {
  if (!can(viewer, "edit:mission-settings")) throw new AppError("forbidden");
  return prisma.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: input.missionId }, select: { id: true, engagementTarget: true } });
    if (!mission) throw new AppError("not_found");
    if (mission.engagementTarget !== input.target) {
      await tx.mission.update({ where: { id: mission.id }, data: { engagementTarget: input.target } });
      await writeAudit(tx, {
        actorId: viewer.userId,
        action: "engagement_target_changed",
        targetType: "mission",
        targetId: mission.id,
        details: { from: mission.engagementTarget, to: input.target },
      });
    }
    return { missionId: mission.id };
  });
}

/** Who may record a mission's staff time: HQ for any mission, an ambassador for their own. */
export function canRecordStaffTime(viewer: Viewer, missionId: string): boolean {
  return can(viewer, "record:staff-time") && canViewMission(viewer, missionId);
}

/** Records (or corrects) the staff hours a mission spent on digital work in a quarter. */
export async function recordStaffTime(viewer: Viewer, input: RecordStaffTimeInput): Promise<{ missionId: string; quarter: string }> {
  if (!can(viewer, "record:staff-time")) throw new AppError("forbidden");
  // Another mission's id is answered as unknown, so that an ambassador learns nothing about it.
  if (!canViewMission(viewer, input.missionId)) throw new AppError("not_found");
  const quarter = parseQuarter(input.quarter);
  if (!quarter) throw new AppError("invalid");
  const id = quarterId(quarter);
  return prisma.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: input.missionId }, select: { id: true } });
    if (!mission) throw new AppError("not_found");
    const before = await tx.missionStaffTime.findUnique({ where: { missionId_quarter: { missionId: mission.id, quarter: id } }, select: { hours: true } });
    await tx.missionStaffTime.upsert({
      where: { missionId_quarter: { missionId: mission.id, quarter: id } },
      create: { missionId: mission.id, quarter: id, hours: input.hours, note: input.note, recordedById: viewer.userId },
      update: { hours: input.hours, note: input.note, recordedById: viewer.userId },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "staff_time_recorded",
      targetType: "mission",
      targetId: mission.id,
      details: { quarter: id, hours: input.hours, previousHours: before?.hours ?? null },
    });
    return { missionId: mission.id, quarter: id };
  });
}

export interface StaffTimeQuarter {
  quarter: Quarter;
  hours: number | null;
  note: string;
  posts: number;
  engagementPosts: number;
  reactions: number | null;
  ratios: StaffTimeRatios | null;
  /** The quarter's days run past the as-of date: its figures are to date. */
  toDate: boolean;
}

/** Output of the quarter's posts of the given missions' institutional accounts, from the rollups (lib/data/rollups). */
async function quarterOutput(missionIds: readonly string[], quarter: Quarter, endExclusive: Date) {
  const start = firstDayOfQuarter(quarter);
  const quarterEnd = quarterPeriod(quarter).endExclusive;
  const end = quarterEnd < endExclusive ? quarterEnd : endExclusive;
  const accounts = await prisma.account.findMany({ where: { missionId: { in: [...missionIds] }, ...institutionalAccountWhere }, select: { id: true } });
  const figures = await getRollupReader(prisma).postFiguresBetween(accounts.map((a) => a.id), start, end);
  let posts = 0;
  let engagementPosts = 0;
  let reactedPosts = 0;
  let reactions = 0;
  for (const f of figures.values()) {
    posts += totalPosts(f.counts);
    engagementPosts += f.counts.engagement;
    reactedPosts += f.reactedPosts;
    reactions += f.reactions;
  }
  // Unknown (null) when no post of the quarter has a known like, reply or repost count.
  return { posts, engagementPosts, reactions: reactedPosts > 0 ? reactions : null, toDate: quarterEnd > endExclusive };
}

/**
 * A mission's recorded staff time for the quarters up to the one holding the
 * as-of date (the last `count`), each with what the mission produced in it
 * and the ratios per staff hour. Null when the viewer may not see the mission.
 */
export async function getMissionStaffTime(viewer: Viewer, missionId: string, asOf: Date, count = 4): Promise<StaffTimeQuarter[] | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const newest = quarterOf(asOf);
  const quarters = Array.from({ length: count }, (_, i) => shiftQuarter(newest, i - count + 1));
  const recorded = await prisma.missionStaffTime.findMany({
    where: { missionId, quarter: { in: quarters.map(quarterId) } },
    select: { quarter: true, hours: true, note: true },
  });
  const byQuarter = new Map(recorded.map((row) => [row.quarter, row]));
  const endExclusive = addDays(asOf, 1);
  const rows = await Promise.all(
    quarters.map(async (quarter): Promise<StaffTimeQuarter> => {
      const entry = byQuarter.get(quarterId(quarter));
      const output = await quarterOutput([missionId], quarter, endExclusive);
      return { quarter, hours: entry?.hours ?? null, note: entry?.note ?? "", ...output, ratios: staffTimeRatios({ hours: entry?.hours ?? null, ...output }) };
    }),
  );
  return rows.sort((a, b) => compareQuarters(b.quarter, a.quarter));
}

/**
 * The quarter's recorded staff time across the missions in scope (all when
 * null), with what those missions produced in the quarter up to `endExclusive`.
 * Missions that recorded nothing stay out of the ratio rather than count as zero hours.
 */
export async function getQuarterStaffTime(missionIds: readonly string[] | null, quarter: Quarter, endExclusive: Date): Promise<QuarterStaffTime> {
  const scope = missionIds === null ? {} : { missionId: { in: [...missionIds] } };
  const [rows, missionsInScope] = await Promise.all([
    prisma.missionStaffTime.findMany({
      where: { quarter: quarterId(quarter), ...scope },
      select: { missionId: true, hours: true, mission: { select: { name: true } } },
      orderBy: { mission: { name: "asc" } },
    }),
    prisma.mission.count({ where: missionIds === null ? {} : { id: { in: [...missionIds] } } }),
  ]);
  const hours = rows.reduce((sum, row) => sum + row.hours, 0);
  const output = rows.length > 0 ? await quarterOutput(rows.map((row) => row.missionId), quarter, endExclusive) : { posts: 0, engagementPosts: 0, reactions: null };
  return {
    missions: rows.map((row) => ({ id: row.missionId, name: row.mission.name, hours: row.hours })),
    missionsInScope,
    hours,
    posts: output.posts,
    engagementPosts: output.engagementPosts,
    reactions: output.reactions,
    ratios: rows.length > 0 ? staffTimeRatios({ hours, ...output }) : null,
  };
}
