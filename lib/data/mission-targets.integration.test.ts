import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { DEMO_STAFF_HOURS } from "../../prisma/demo/mission-targets";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { DEFAULT_METRIC_SETTINGS } from "../metrics/settings";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const leadership: Viewer = { userId: null, role: "leadership", missionId: null };

let database: TestDatabase;
let client: PrismaClient;
let ids: Map<string, string>;
let targets: typeof import("./mission-targets");
let dashboard: typeof import("./dashboard");
const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  ids = new Map((await client.mission.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  targets = await import("./mission-targets");
  dashboard = await import("./dashboard");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const ambassadorOf = (slug: string): Viewer => ({ userId: null, role: "ambassador", missionId: ids.get(slug)! });

/** Engagement share of a mission in the period, counted post by post with plain queries. */
async function shareOf(missionId: string) {
  const where = (category: string) => ({ category, account: { missionId }, postedAt: { gte: period.start, lt: period.endExclusive } });
  const engagement = await client.post.count({ where: where("engagement") });
  const broadcast = await client.post.count({ where: where("broadcast") });
  return engagement / (engagement + broadcast);
}

describe("engagement targets", () => {
  it("judges a priority mission against the priority minimum and against the missions with the same target", async () => {
    const russia = ids.get("russia")!;
    const card = await dashboard.getMissionScorecard(analyst, russia, period, DEFAULT_METRIC_SETTINGS);
    const share = await shareOf(russia);
    expect(card?.target.target).toBe("priority_engagement");
    expect(card?.target.share).toBeCloseTo(share, 10);
    expect(card?.target.minimumShare).toBe(0.4);
    expect(card?.target.verdict).toBe(share >= 0.4 ? "meets" : "below");
    // Its peers are the health table's: the missions with an active account, whatever their target.
    expect(card?.target.peers).toEqual(card?.peers.engagement);
    expect(card?.target.peers.kind).toBe("figures");
    const belowStep = card?.nextSteps.find((s) => s.kind === "below_target");
    expect(Boolean(belowStep)).toBe(share < 0.4);
  });

  it("never finds a broadcast-only mission below target", async () => {
    const card = await dashboard.getMissionScorecard(analyst, ids.get("osaka")!, period, DEFAULT_METRIC_SETTINGS);
    expect(card?.target).toMatchObject({ target: "broadcast_only", minimumShare: null, verdict: expect.stringMatching(/no_minimum/) });
    expect(card?.nextSteps.some((s) => s.kind === "below_target")).toBe(false);
  });

  it("is set by HQ with an audit entry; leadership, ambassadors and unknown missions change nothing", async () => {
    const canada = ids.get("canada")!;
    await expect(targets.setEngagementTarget(leadership, { missionId: canada, target: "broadcast_only" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(targets.setEngagementTarget(ambassadorOf("canada"), { missionId: canada, target: "broadcast_only" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(targets.setEngagementTarget(analyst, { missionId: "no-such-mission", target: "broadcast_only" })).rejects.toMatchObject({ code: "not_found" });
    expect((await client.mission.findUniqueOrThrow({ where: { id: canada } })).engagementTarget).toBe("engage");
    expect(await client.auditEntry.count({ where: { action: "engagement_target_changed" } })).toBe(0);

    await targets.setEngagementTarget(analyst, { missionId: canada, target: "priority_engagement" });
    expect((await client.mission.findUniqueOrThrow({ where: { id: canada } })).engagementTarget).toBe("priority_engagement");
    const audit = await client.auditEntry.findFirstOrThrow({ where: { action: "engagement_target_changed", targetId: canada } });
    expect(JSON.parse(audit.details)).toEqual({ from: "engage", to: "priority_engagement" });
    await targets.setEngagementTarget(analyst, { missionId: canada, target: "engage" });
  });
});

describe("staff time", () => {
  it("gives output per staff hour for the quarters up to the as-of date, from posts counted independently", async () => {
    const singapore = ids.get("singapore")!;
    const rows = await targets.getMissionStaffTime(analyst, singapore, parseIsoDay(SURVEY_DATE)!);
    expect(rows?.map((r) => `${r.quarter.year}-Q${r.quarter.quarter}`)).toEqual(["2017-Q3", "2017-Q2", "2017-Q1", "2016-Q4"]);
    const q2 = rows!.find((r) => r.quarter.quarter === 2 && r.quarter.year === 2017)!;
    const q2Posts = await client.post.count({ where: { account: { missionId: singapore }, postedAt: { gte: new Date("2017-04-01T00:00:00Z"), lt: new Date("2017-07-01T00:00:00Z") } } });
    expect(q2.hours).toBe(195);
    expect(q2.posts).toBe(q2Posts);
    expect(q2.ratios?.postsPerHour).toBeCloseTo(q2Posts / 195, 10);
    expect(q2.toDate).toBe(false);
    // Engagement posts and reactions (likes + replies + reposts), counted from the posts too.
    const q2Where = { account: { missionId: singapore }, postedAt: { gte: new Date("2017-04-01T00:00:00Z"), lt: new Date("2017-07-01T00:00:00Z") } };
    expect(q2.engagementPosts).toBe(await client.post.count({ where: { ...q2Where, category: "engagement" } }));
    const q2Reactions = await client.post.aggregate({ where: q2Where, _sum: { likeCount: true, replyCount: true, repostCount: true } });
    expect(q2.reactions).toBe((q2Reactions._sum.likeCount ?? 0) + (q2Reactions._sum.replyCount ?? 0) + (q2Reactions._sum.repostCount ?? 0));
    expect(q2.reactions).toBeGreaterThan(0);
    // Q3 runs to the as-of date (15 August): its posts stop there.
    const q3 = rows!.find((r) => r.quarter.quarter === 3)!;
    const q3Posts = await client.post.count({ where: { account: { missionId: singapore }, postedAt: { gte: new Date("2017-07-01T00:00:00Z"), lt: new Date("2017-08-16T00:00:00Z") } } });
    expect([q3.toDate, q3.posts, q3.hours]).toEqual([true, q3Posts, 90]);
    // No hours recorded: no ratio.
    expect(rows!.find((r) => r.quarter.year === 2016)?.ratios).toBeNull();
  });

  it("is recorded by the mission itself or by HQ, never for another mission, and corrected in place", async () => {
    const canada = ids.get("canada")!;
    const germany = ids.get("germany")!;
    await expect(targets.recordStaffTime(ambassadorOf("canada"), { missionId: germany, quarter: "2017-Q3", hours: 5, note: "" })).rejects.toMatchObject({ code: "not_found" });
    await expect(targets.recordStaffTime(leadership, { missionId: canada, quarter: "2017-Q3", hours: 5, note: "" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(targets.recordStaffTime(analyst, { missionId: "no-such-mission", quarter: "2017-Q3", hours: 5, note: "" })).rejects.toMatchObject({ code: "not_found" });
    expect(await client.missionStaffTime.count({ where: { quarter: "2017-Q3", missionId: { in: [canada, germany] } } })).toBe(0);

    await targets.recordStaffTime(ambassadorOf("canada"), { missionId: canada, quarter: "2017-Q3", hours: 30, note: "summer" });
    await targets.recordStaffTime(analyst, { missionId: canada, quarter: "2017-Q3", hours: 32.5, note: "corrected" });
    const rows = await client.missionStaffTime.findMany({ where: { missionId: canada, quarter: "2017-Q3" } });
    expect(rows.map((r) => [r.hours, r.note])).toEqual([[32.5, "corrected"]]);
    expect(await client.auditEntry.count({ where: { action: "staff_time_recorded", targetId: canada } })).toBe(2);
    expect(targets.canRecordStaffTime(ambassadorOf("canada"), germany)).toBe(false);
    expect(await targets.getMissionStaffTime(ambassadorOf("canada"), germany, parseIsoDay(SURVEY_DATE)!)).toBeNull();
    await client.missionStaffTime.deleteMany({ where: { missionId: canada, quarter: "2017-Q3" } });
  });

  it("sums the quarter's recorded hours across the missions that recorded them for the quarterly summary", async () => {
    const { getQuarterSummary } = await import("./summaries");
    const summary = await getQuarterSummary(analyst, { year: 2017, quarter: 2 }, DEFAULT_METRIC_SETTINGS);
    const recorded = Object.entries(DEMO_STAFF_HOURS).filter(([, quarters]) => quarters["2017-Q2"] !== undefined);
    const hours = recorded.reduce((sum, [, quarters]) => sum + quarters["2017-Q2"]!, 0);
    expect(summary?.staffTime.missions).toHaveLength(recorded.length);
    expect(summary?.staffTime.hours).toBe(hours);
    expect(hours).toBe(667.5);
    const posts = await client.post.count({
      where: { account: { missionId: { in: recorded.map(([slug]) => ids.get(slug)!) } }, postedAt: { gte: new Date("2017-04-01T00:00:00Z"), lt: new Date("2017-07-01T00:00:00Z") } },
    });
    expect(summary?.staffTime.posts).toBe(posts);
    expect(summary?.staffTime.ratios?.postsPerHour).toBeCloseTo(posts / hours, 10);
    // An ambassador's summary covers their own mission only.
    const own = await getQuarterSummary(ambassadorOf("germany"), { year: 2017, quarter: 2 }, DEFAULT_METRIC_SETTINGS);
    expect(own?.staffTime.missions.map((m) => m.hours)).toEqual([10]);
    expect(own?.staffTime.missionsInScope).toBe(1);
  });
});

describe("anonymous peer figures", () => {
  it("leak nothing to an ambassador when fewer than five missions have an active account", async () => {
    const germany = ids.get("germany")!;
    const singapore = ids.get("singapore")!;
    // A day on which only a handful of accounts had posted recently: the first posts of the demo history.
    const first = await client.post.findFirstOrThrow({ where: { account: { ownerType: "institutional" } }, orderBy: { postedAt: "asc" } });
    const early = periodEndingAt(first.postedAt, 90);
    const all = await dashboard.getDashboard(analyst, early, DEFAULT_METRIC_SETTINGS);
    const active = all.missions.filter((m) => m.statusCounts.active > 0);
    expect(active.length).toBeGreaterThan(0);
    expect(active.length).toBeLessThan(5);
    const own = await dashboard.getMissionScorecard(ambassadorOf("germany"), germany, early, DEFAULT_METRIC_SETTINGS);
    expect(own?.peers.score).toEqual({ kind: "too_few" });
    expect(own?.target.peers).toEqual({ kind: "too_few" });
    // No active mission's score or share is in what the ambassador gets.
    const served = JSON.stringify(own);
    for (const mission of active.filter((m) => m.id !== germany && m.id !== singapore)) {
      if (mission.health.score > 0) expect(served).not.toContain(String(mission.health.score));
    }
    // At the survey date the 18 active accounts' missions are enough to compare with.
    const now = await dashboard.getMissionScorecard(ambassadorOf("germany"), germany, period, DEFAULT_METRIC_SETTINGS);
    expect(now?.peers.score).toMatchObject({ kind: "figures" });
    expect(now?.positions.score).toBe("dormant");
  });
});
