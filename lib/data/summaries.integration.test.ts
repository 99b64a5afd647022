/**
 * The quarterly summary against numbers computed independently with plain
 * SQL over the demo store (no metric module): for two quarters, every KPI,
 * and every "most improved" entry against the mission scorecard's own score.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import type { Viewer } from "../auth/permissions";
import type { MetricSettings } from "../metrics/settings";
import { quarterPeriod, type Quarter } from "../metrics/quarters";

const leadership: Viewer = { userId: null, role: "leadership", missionId: null };
let database: TestDatabase;
let client: PrismaClient;
let summaries: typeof import("./summaries");
let dashboard: typeof import("./dashboard");
let settings: MetricSettings;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  summaries = await import("./summaries");
  dashboard = await import("./dashboard");
  settings = await summaries.getSummarySettings();
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Posts and category counts in [start, end), straight from the Post table. */
async function sqlCounts(q: Quarter) {
  const p = quarterPeriod(q);
  const rows = await client.post.groupBy({
    by: ["category"],
    where: { postedAt: { gte: p.start, lt: p.endExclusive }, account: { ownerType: "institutional" } },
    _count: { _all: true },
  });
  const by = Object.fromEntries(rows.map((r) => [r.category, r._count._all]));
  const posts = rows.reduce((sum, r) => sum + r._count._all, 0);
  const engagement = by.engagement ?? 0;
  const broadcast = by.broadcast ?? 0;
  return { posts, share: engagement + broadcast === 0 ? null : engagement / (engagement + broadcast) };
}

/** Active and dormant accounts at the quarter's last day: last post on or before it, within T days or not. */
async function sqlStatus(q: Quarter) {
  const p = quarterPeriod(q);
  const rows = await client.post.groupBy({ by: ["accountId"], where: { postedAt: { lt: p.endExclusive }, account: { ownerType: "institutional" } }, _max: { postedAt: true } });
  const asOfDay = Date.parse(iso(p.asOf));
  const days = rows.map((r) => (r._max.postedAt === null ? null : Math.round((asOfDay - Date.parse(iso(r._max.postedAt))) / 86_400_000)));
  return {
    active: days.filter((d) => d !== null && d <= settings.dormancyThresholdDays).length,
    dormant: days.filter((d) => d !== null && d > settings.dormancyThresholdDays).length,
  };
}

describe.each([
  { year: 2017, quarter: 2 } as Quarter,
  { year: 2017, quarter: 1 } as Quarter,
])("quarterly summary of $year-Q$quarter", (quarter) => {
  it("has KPIs equal to SQL for the quarter, the previous one and the year before", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    for (const kpis of [summary.current, summary.previous, summary.yearBefore]) {
      const counts = await sqlCounts(kpis.quarter);
      const status = await sqlStatus(kpis.quarter);
      expect(kpis.posts).toBe(counts.posts);
      expect(kpis.engagementShare).toBeCloseTo(counts.share ?? NaN, 10);
      expect(kpis.statusCounts.active).toBe(status.active);
      expect(kpis.statusCounts.dormant).toBe(status.dormant);
    }
    expect(summary.previous.quarter).toEqual(quarter.quarter === 1 ? { year: quarter.year - 1, quarter: 4 } : { year: quarter.year, quarter: quarter.quarter - 1 });
    expect(summary.yearBefore.quarter).toEqual({ year: quarter.year - 1, quarter: quarter.quarter });
    expect(summary.trend).toHaveLength(8);
    expect(summary.trend.at(-1)).toEqual(summary.current);
    expect(summary.current.posts).toBeGreaterThan(0);
  });

  it("ranks most improved and most declined by the scorecards' own health scores", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const previousQuarter = summary.previous.quarter;
    const all = await Promise.all(
      (await client.mission.findMany({ select: { id: true } })).map(async ({ id }) => {
        const now = await dashboard.getMissionScorecard(leadership, id, quarterPeriod(quarter), settings);
        const before = await dashboard.getMissionScorecard(leadership, id, quarterPeriod(previousQuarter), settings);
        return { id, now: now!.mission.health.score, before: before!.mission.health.score };
      }),
    );
    const changes = all.filter((m) => m.now !== null && m.before !== null).map((m) => ({ ...m, change: m.now! - m.before! }));
    for (const entry of [...summary.mostImproved, ...summary.mostDeclined]) {
      const independent = changes.find((c) => c.id === entry.missionId)!;
      expect(entry.score).toBeCloseTo(independent.now!, 10);
      expect(entry.previousScore).toBeCloseTo(independent.before!, 10);
      expect(entry.change).toBeCloseTo(independent.change, 10);
    }
    const bestChange = Math.max(...changes.map((c) => c.change));
    const worstChange = Math.min(...changes.map((c) => c.change));
    if (bestChange > 0) expect(summary.mostImproved[0]!.change).toBeCloseTo(bestChange, 10);
    if (worstChange < 0) expect(summary.mostDeclined[0]!.change).toBeCloseTo(worstChange, 10);
    expect(summary.mostImproved.length).toBe(Math.min(5, changes.filter((c) => c.change > 0).length));
  });

  it("lists accounts whose status changed between the quarters' ends", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const now = await sqlStatus(quarter);
    const before = await sqlStatus(summary.previous.quarter);
    const went = summary.statusChanges.filter((c) => c.change === "went_dormant").length;
    const back = summary.statusChanges.filter((c) => c.change === "came_back").length;
    // Accounts move between active and dormant only through these two lists (new accounts start silent or active).
    expect(now.dormant - before.dormant).toBe(went - back);
  });
});

/** Institutional posts in [from, toExclusive), for every mission or one. */
async function sqlPosts(from: Date, toExclusive: Date, missionId: string | null): Promise<number> {
  return client.post.count({
    where: {
      postedAt: { gte: from, lt: toExclusive },
      account: { ownerType: "institutional", ...(missionId ? { missionId } : {}) },
    },
  });
}

// The demo store's newest post is on 15 August 2017: Q3 2017 is in progress, 46 of its 92 days.
describe.each([{ slug: null }, { slug: "singapore" }])("Q3 2017 in progress ($slug)", ({ slug }) => {
  it("is labelled in progress and compares posts per day with the whole of Q2 2017", async () => {
    const mission = slug ? await client.mission.findUniqueOrThrow({ where: { slug }, select: { id: true } }) : null;
    const summary = (await summaries.getQuarterSummary(
      leadership,
      { year: 2017, quarter: 3 },
      settings,
      mission ? { missionId: mission.id } : {},
    ))!;
    const newest = (await client.post.findFirstOrThrow({ orderBy: { postedAt: "desc" } })).postedAt;
    expect(iso(newest)).toBe("2017-08-15");
    expect(summary.current.period.days).toBe(46);
    const q3 = await sqlPosts(new Date("2017-07-01T00:00:00Z"), new Date("2017-08-16T00:00:00Z"), mission?.id ?? null);
    const q2 = await sqlPosts(new Date("2017-04-01T00:00:00Z"), new Date("2017-07-01T00:00:00Z"), mission?.id ?? null);
    expect(summary.current.posts).toBe(q3);
    expect(summary.previous.posts).toBe(q2);
    expect(summary.previous.period.days).toBe(91);
    // Per day, rounded to the whole percentage the sentence shows; by totals it would be q3 / q2 - 1.
    const byRate = Math.round((q3 / 46 / (q2 / 91) - 1) * 100) / 100;
    const posts = summary.narrative.find((s) => s.key === "posts")!;
    console.info(
      `Q3 2017 ${slug ?? "ministry"}: ${q3} posts in 46 days vs ${q2} in 91; by totals ${Math.round((q3 / q2 - 1) * 100)} %, per day ${Math.round(byRate * 100)} %`,
    );
    expect(posts.values).toMatchObject({
      posts: q3,
      change: Math.abs(byRate),
      direction: byRate === 0 ? "same" : byRate > 0 ? "up" : "down",
      hasChange: "yes",
      quarter: { code: "summaries.quarterInProgressLabel", params: { days: 46, quarterDays: 92 } },
    });
  });
});

describe("quarters with data", () => {
  it("lists every quarter with posts, newest first, with their counts", async () => {
    const quarters = (await summaries.listQuartersWithData(leadership))!;
    const total = await client.post.count({ where: { account: { ownerType: "institutional" } } });
    expect(quarters.reduce((sum, q) => sum + q.posts, 0)).toBe(total);
    expect(quarters[0]!.quarter).toEqual({ year: 2017, quarter: 3 });
    expect(quarters[0]!.toDate).toBe(true);
    expect(quarters[0]!.coverage).toEqual({ days: 46, quarterDays: 92, inProgress: true });
    expect(quarters[1]!.toDate).toBe(false);
  });

  it("writes the narrative from these numbers only, with evidence links", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, { year: 2017, quarter: 2 }, settings))!;
    const posts = summary.narrative.find((s) => s.key === "posts")!;
    expect(posts.values.posts).toBe(summary.current.posts);
    expect(posts.href).toBe("/posts?asOf=2017-06-30&period=91");
    expect(summary.narrative.find((s) => s.key === "activity")?.values).toMatchObject({ active: summary.current.statusCounts.active, dormant: summary.current.statusCounts.dormant });
  });
});
