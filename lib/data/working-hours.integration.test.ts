import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { DEMO_HOLIDAYS } from "../../prisma/demo/working-hours";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { classifyPostTime, emptyMatrix, localTime, parseWeekendDays, TIME_CLASSES, type TimeClass } from "../metrics/working-hours";
import { addHolidaysSchema, workingHoursSettingsSchema } from "../validations/working-hours";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };
// A year ending at the survey date spans both daylight-saving changes of every European and North American zone.
const year = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 365);
const quarter = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

let database: TestDatabase;
let client: PrismaClient;
let data: typeof import("./working-hours");
let missionIdBySlug: Map<string, string>;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  data = await import("./working-hours");
  const missions = await client.mission.findMany({ select: { id: true, slug: true } });
  missionIdBySlug = new Map(missions.map((m) => [m.slug, m.id]));
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const idOf = (slug: string) => missionIdBySlug.get(slug)!;

function formData(fields: Record<string, string>): Record<string, string> {
  return fields;
}

/** Every post of a mission classified one by one, without the database's buckets. */
async function classifyOneByOne(missionId: string, period: typeof year) {
  const mission = await client.mission.findUniqueOrThrow({ where: { id: missionId }, include: { holidays: true } });
  const settings = {
    timeZone: mission.timeZone,
    workdayStartMinute: mission.workdayStartMinute,
    workdayEndMinute: mission.workdayEndMinute,
    weekendDays: parseWeekendDays(mission.weekendDays),
    holidays: new Set(mission.holidays.map((h) => h.day)),
  };
  const posts = await client.post.findMany({
    where: { account: { missionId, ownerType: "institutional" }, postedAt: { gte: period.start, lt: period.endExclusive } },
    select: { id: true, postedAt: true, kind: true, category: true },
  });
  const counts = Object.fromEntries(TIME_CLASSES.map((c) => [c, 0])) as Record<TimeClass, number>;
  const replies = Object.fromEntries(TIME_CLASSES.map((c) => [c, 0])) as Record<TimeClass, number>;
  const matrix = emptyMatrix();
  const ids = Object.fromEntries(TIME_CLASSES.map((c) => [c, new Set<string>()])) as Record<TimeClass, Set<string>>;
  for (const post of posts) {
    const timeClass = classifyPostTime(post.postedAt, settings);
    counts[timeClass]++;
    ids[timeClass].add(post.id);
    if (post.kind === "reply" && post.category === "engagement") replies[timeClass]++;
    const local = localTime(post.postedAt, settings.timeZone);
    matrix[local.isoWeekday - 1]![local.hour]!++;
  }
  return { total: posts.length, counts, replies, matrix, ids };
}

describe("working hours from database buckets", () => {
  it("equal a one-by-one classification of every post, for every mission, across DST changes", async () => {
    const overview = await data.getWorkingHoursOverview(analyst, year);
    expect(overview).toHaveLength(missionIdBySlug.size);
    expect(overview.map((m) => m.name)).toEqual([...overview.map((m) => m.name)].sort((a, b) => a.localeCompare(b, "en")));
    let outside = 0;
    for (const mission of overview) {
      const expected = await classifyOneByOne(mission.id, year);
      const { total, ...posts } = mission.summary.posts;
      expect(total, mission.name).toBe(expected.total);
      expect(posts, mission.name).toEqual(expected.counts);
      const { total: _replies, ...replies } = mission.summary.replies;
      expect(replies, mission.name).toEqual(expected.replies);
      expect(mission.summary.matrix, mission.name).toEqual(expected.matrix);
      outside += total - posts.working;
    }
    // The demo shows something: posts after hours, on weekends and on holidays.
    expect(outside).toBeGreaterThan(0);
    const hq = overview.find((m) => m.id === idOf("mfa-hq"))!;
    expect(hq.summary.posts.holiday).toBeGreaterThan(0);
    expect(hq.holidays).toHaveLength(DEMO_HOLIDAYS["mfa-hq"]!.length);
  });

  it("lists exactly the posts behind a class and a heatmap cell", async () => {
    const missionId = idOf("mfa-hq");
    const expected = await classifyOneByOne(missionId, quarter);
    for (const timeClass of ["after_hours", "weekend", "holiday"] as const) {
      const page = await data.getWorkingHoursPosts(analyst, missionId, quarter, { kind: "class", timeClass }, 1, 10_000);
      expect(page?.total, timeClass).toBe(expected.counts[timeClass]);
      expect(new Set(page?.items.map((p) => p.id)), timeClass).toEqual(expected.ids[timeClass]);
    }
    const summary = (await data.getMissionWorkingHours(analyst, missionId, quarter))!.summary;
    const cellPage = await data.getWorkingHoursPosts(analyst, missionId, quarter, { kind: "cell", isoWeekday: 2, hour: 10 }, 1, 10_000);
    expect(cellPage?.total).toBe(summary.matrix[1]![10]);
    expect(cellPage?.items).toHaveLength(summary.matrix[1]![10]!);
    const paged = await data.getWorkingHoursPosts(analyst, missionId, quarter, { kind: "class", timeClass: "after_hours" }, 2, 5);
    expect(paged?.page).toBe(Math.min(2, paged!.pageCount));
    expect(paged?.items.length).toBeLessThanOrEqual(5);
  });
});

describe("who sees working hours", () => {
  it("gives an ambassador their own mission only", async () => {
    const own = idOf("south-korea");
    const ambassador: Viewer = { userId: null, role: "ambassador", missionId: own };
    const overview = await data.getWorkingHoursOverview(ambassador, quarter);
    expect(overview.map((m) => m.id)).toEqual([own]);
    expect(await data.getMissionWorkingHours(ambassador, own, quarter)).not.toBeNull();
    expect(await data.getMissionWorkingHours(ambassador, idOf("mfa-hq"), quarter)).toBeNull();
    expect(await data.getWorkingHoursPosts(ambassador, idOf("mfa-hq"), quarter, { kind: "class", timeClass: "weekend" }, 1)).toBeNull();
    const noMission: Viewer = { userId: null, role: "ambassador", missionId: null };
    expect(await data.getWorkingHoursOverview(noMission, quarter)).toEqual([]);
  });

  it("lets leadership read every mission but change nothing", async () => {
    expect(await data.getWorkingHoursOverview(leadership, quarter)).toHaveLength(missionIdBySlug.size);
    const input = workingHoursSettingsSchema.parse({ missionId: idOf("japan"), workdayStart: "08:00", workdayEnd: "17:00" });
    await expect(data.saveWorkingHoursSettings(leadership, input)).rejects.toMatchObject({ code: "forbidden" });
    const ambassador: Viewer = { userId: null, role: "ambassador", missionId: idOf("japan") };
    await expect(data.saveWorkingHoursSettings(ambassador, input)).rejects.toMatchObject({ code: "forbidden" });
    const list = addHolidaysSchema.parse({ missionId: idOf("japan"), list: "2017-11-03,Culture Day" });
    await expect(data.addMissionHolidays(leadership, list)).rejects.toMatchObject({ code: "forbidden" });
    await expect(data.removeMissionHoliday(ambassador, idOf("japan"), "2017-08-11")).rejects.toMatchObject({ code: "forbidden" });
    const japan = await client.mission.findUniqueOrThrow({ where: { id: idOf("japan") }, include: { holidays: true } });
    expect(japan.workdayStartMinute).toBe(540);
    expect(japan.holidays.map((h) => h.day)).not.toContain("2017-11-03");
  });
});

describe("working-hours settings", () => {
  it("saves working hours and weekend days with an audit entry, and reclassifies posts", async () => {
    const missionId = idOf("canada");
    const before = (await data.getMissionWorkingHours(analyst, missionId, year))!.summary.posts;
    const input = workingHoursSettingsSchema.parse(
      formData({ missionId, workdayStart: "07:00", workdayEnd: "23:00", weekend5: "on", weekend6: "on" }),
    );
    await data.saveWorkingHoursSettings(analyst, input);
    const stored = await client.mission.findUniqueOrThrow({ where: { id: missionId } });
    expect([stored.workdayStartMinute, stored.workdayEndMinute, stored.weekendDays]).toEqual([420, 1380, "5,6"]);
    const audit = await client.auditEntry.findFirst({ where: { action: "mission_working_hours_changed", targetId: missionId } });
    expect(JSON.parse(audit!.details)).toMatchObject({ before: { weekendDays: "6,7" }, after: { weekendDays: "5,6" } });
    const after = (await data.getMissionWorkingHours(analyst, missionId, year))!.summary.posts;
    expect(after.total).toBe(before.total);
    expect(after).not.toEqual(before);
    const expected = await classifyOneByOne(missionId, year);
    expect(after.weekend).toBe(expected.counts.weekend);
  });

  it("refuses bad hours", () => {
    const missionId = idOf("canada");
    const issues = (fields: Record<string, string>) =>
      workingHoursSettingsSchema.safeParse({ missionId, ...fields }).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(issues({ workdayStart: "09:10", workdayEnd: "18:00" })).toEqual(["workdayStart:timeNotQuarterHour"]);
    expect(issues({ workdayStart: "18:00", workdayEnd: "09:00" })).toEqual(["workdayEnd:endBeforeStart"]);
    expect(issues({ workdayStart: "9", workdayEnd: "18:00" })).toEqual(["workdayStart:timeInvalid"]);
    const allWeek = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [`weekend${d}`, "on"]));
    expect(issues({ workdayStart: "09:00", workdayEnd: "18:00", ...allWeek })).toEqual(["weekend:noWorkingDay"]);
  });

  it("adds a pasted list all or nothing, naming the lines at fault", async () => {
    const missionId = idOf("indonesia");
    const count = () => client.missionHoliday.count({ where: { missionId } });
    expect(await count()).toBe(0);

    const bad = addHolidaysSchema.safeParse({ missionId, list: "day,name\n2017-08-17,Independence Day\n2017-13-01,Nope\n\n2017-08-17,Again\n2017-06-25," });
    expect(bad.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual(["line-3:dayInvalid", "line-5:dayRepeated", "line-6:nameRequired"]);

    const good = addHolidaysSchema.parse({ missionId, list: "day,name\n2017-06-25,Idul Fitri\n2017-06-26,\"Idul Fitri, second day\"\n2017-08-17,Independence Day" });
    expect(await data.addMissionHolidays(analyst, good)).toBe(3);
    expect(await count()).toBe(3);
    expect((await client.missionHoliday.findUnique({ where: { missionId_day: { missionId, day: "2017-06-26" } } }))?.name).toBe("Idul Fitri, second day");
    expect(await client.auditEntry.count({ where: { action: "mission_holidays_added", targetId: missionId } })).toBe(1);

    // One day already there: nothing of the list is added, and its line is named.
    const overlapping = addHolidaysSchema.parse({ missionId, list: "2017-12-25,Christmas Day\n2017-08-17,Independence Day" });
    await expect(data.addMissionHolidays(analyst, overlapping)).rejects.toMatchObject({ code: "conflict", fieldErrors: { "line-2": ["dayExists"] } });
    expect(await count()).toBe(3);

    const single = addHolidaysSchema.parse({ missionId, day: "2017-12-25", name: "Christmas Day" });
    expect(single.single).toBe(true);
    expect(await data.addMissionHolidays(analyst, single)).toBe(1);
    await data.removeMissionHoliday(analyst, missionId, "2017-12-25");
    await expect(data.removeMissionHoliday(analyst, missionId, "2017-12-25")).rejects.toMatchObject({ code: "not_found" });
    expect(await count()).toBe(3);
    expect(await client.auditEntry.count({ where: { action: "mission_holiday_removed", targetId: missionId } })).toBe(1);
    await expect(data.addMissionHolidays(analyst, { ...single, missionId: "no-such-mission" })).rejects.toMatchObject({ code: "not_found" });
  });
});
