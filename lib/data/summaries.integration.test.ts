/**
 * The quarterly summary against numbers computed independently with plain
 * SQL over the demo store (no metric module): for two quarters, every KPI,
 * and every "most improved" entry against the mission scorecard's own score.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
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
let exportsModule: typeof import("./summary-exports");
let settings: MetricSettings;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  summaries = await import("./summaries");
  dashboard = await import("./dashboard");
  exportsModule = await import("./summary-exports");
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
    // The change of the two scores as shown, one decimal each: 57.74 → 57.66 is 57.7 → 57.7, no change.
    const shown = (score: number) => Math.round(score * 10) / 10;
    const changes = all.filter((m) => m.now !== null && m.before !== null).map((m) => ({ ...m, change: Math.round((shown(m.now!) - shown(m.before!)) * 10) / 10 }));
    for (const entry of [...summary.mostImproved, ...summary.mostDeclined]) {
      const independent = changes.find((c) => c.id === entry.missionId)!;
      expect(entry.score).toBeCloseTo(independent.now!, 10);
      expect(entry.previousScore).toBeCloseTo(independent.before!, 10);
      expect(entry.change).toBeCloseTo(independent.change, 6);
    }
    const bestChange = Math.max(...changes.map((c) => c.change));
    const worstChange = Math.min(...changes.map((c) => c.change));
    if (bestChange > 0) expect(summary.mostImproved[0]!.change).toBeCloseTo(bestChange, 6);
    if (worstChange < 0) expect(summary.mostDeclined[0]!.change).toBeCloseTo(worstChange, 6);
    expect(summary.mostImproved.length).toBe(Math.min(5, changes.filter((c) => c.change > 0).length));
  });

  it("reports the median health score of the missions with an active account, as their scorecards give it", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const scorecards = await Promise.all(
      (await client.mission.findMany({ select: { id: true } })).map(
        async ({ id }) => (await dashboard.getMissionScorecard(leadership, id, quarterPeriod(quarter), settings))!.mission,
      ),
    );
    const active = scorecards.filter((m) => m.statusCounts.active > 0).map((m) => m.health.score!);
    const dormant = scorecards.filter((m) => m.statusCounts.active === 0);
    expect(dormant.length).toBeGreaterThan(0);
    const sorted = [...active].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    expect(summary.current.medianHealthScore).toBeCloseTo(median, 10);
  });

  it("lists the themes that ended before the quarter after the current ones", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const ended = (await client.theme.findMany({ where: { activeTo: { lt: summary.current.period.start } } })).map((t) => t.id);
    expect(ended.length).toBeGreaterThan(0);
    const order = summary.themes.map((theme) => ended.includes(theme.themeId));
    expect(order).toEqual([...order.filter((isEnded) => !isEnded), ...order.filter((isEnded) => isEnded)]);
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

  it("names every dormant account of the quarter's end, the newly dormant ones marked", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const status = await sqlStatus(quarter);
    expect(summary.dormantAccounts).toHaveLength(status.dormant);
    expect(summary.dormantAccounts.length).toBe(summary.current.statusCounts.dormant);
    const newly = summary.dormantAccounts.filter((a) => a.newlyDormant).map((a) => a.accountId).sort();
    expect(newly).toEqual(summary.statusChanges.filter((c) => c.change === "went_dormant").map((c) => c.accountId).sort());
    const asOf = Date.parse(iso(summary.current.period.asOf));
    for (const a of summary.dormantAccounts) {
      if (a.lastPostAt) expect((asOf - Date.parse(iso(a.lastPostAt))) / 86_400_000).toBeGreaterThan(settings.dormancyThresholdDays);
    }
  });

  it("gives each staff-time mission its own output, adding up to the total", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    const { staffTime } = summary;
    if (staffTime.missions.length === 0) return;
    console.info(`${quarter.year}-Q${quarter.quarter} staff time: ${staffTime.missions.length} missions, ${staffTime.hours} h, ${staffTime.posts} posts`);
    expect(staffTime.missions.every((m) => m.output !== undefined)).toBe(true);
    const sum = (pick: (o: NonNullable<(typeof staffTime.missions)[number]["output"]>) => number) => staffTime.missions.reduce((total, m) => total + pick(m.output!), 0);
    expect(sum((o) => o.posts)).toBe(staffTime.posts);
    expect(sum((o) => o.engagementPosts)).toBe(staffTime.engagementPosts);
    expect(sum((o) => o.reactions ?? 0)).toBe(staffTime.reactions ?? 0);
  });

  it("lists the missions below their engagement target, and marks the demo data", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, quarter, settings))!;
    expect(summary.isDemo).toBe(true);
    const missions = await client.mission.findMany({ select: { id: true, engagementTarget: true } });
    const targets = new Map(missions.map((m) => [m.id, m.engagementTarget]));
    console.info(`${quarter.year}-Q${quarter.quarter}: ${summary.engagementShortfalls.length} missions below their engagement target`);
    for (const m of summary.engagementShortfalls) {
      expect(targets.get(m.missionId)).not.toBe("broadcast_only");
      expect(m.minimumShare).toBe(settings.engagementTargetShares[targets.get(m.missionId) as "engage" | "priority_engagement"]);
      expect(m.share).toBeLessThan(m.minimumShare);
    }
  });
});

describe("open agreed actions", () => {
  it("lists the scope's open actions of reviews up to the quarter, not done, dropped or later ones", async () => {
    const [berlin, tokyo] = await client.mission.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" }, take: 2 });
    const review = (missionId: string, quarter: string, actions: { text: string; status: string }[]) =>
      client.missionReview.create({
        data: { missionId, quarter, reviewedOn: new Date(`${quarter.slice(0, 4)}-07-12T00:00:00Z`), note: "Review", actions: { create: actions.map((a, position) => ({ ...a, position })) } },
      });
    await review(berlin!.id, "2017-Q1", [
      { text: "Open since Q1", status: "open" },
      { text: "Done", status: "done" },
    ]);
    await review(berlin!.id, "2017-Q2", [
      { text: "Dropped", status: "dropped" },
      { text: "Open since Q2", status: "open" },
    ]);
    await review(berlin!.id, "2017-Q3", [{ text: "Agreed after Q2", status: "open" }]);
    await review(tokyo!.id, "2017-Q2", [{ text: "Another mission's", status: "open" }]);
    const ministry = (await summaries.getQuarterSummary(leadership, { year: 2017, quarter: 2 }, settings))!;
    expect(ministry.openActions.map((a) => a.text).sort()).toEqual(["Another mission's", "Open since Q1", "Open since Q2"]);
    const mission = (await summaries.getQuarterSummary(leadership, { year: 2017, quarter: 2 }, settings, { missionId: berlin!.id }))!;
    expect(mission.openActions.map((a) => [a.quarter, a.text])).toEqual([
      ["2017-Q1", "Open since Q1"],
      ["2017-Q2", "Open since Q2"],
    ]);
    expect(mission.scope).toMatchObject({ kind: "mission", missionSlug: berlin!.slug });
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

  it("lists a dormant mission's quarters up to the store's newest quarter, with no posts in the recent ones", async () => {
    // Germany last posted in July 2015 (Q3 2015); HQ still reviews it every quarter since.
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" }, select: { id: true } });
    const ambassador: Viewer = { userId: null, role: "ambassador", missionId: germany.id };
    const quarters = (await summaries.listQuartersWithData(ambassador))!;
    expect(quarters[0]).toMatchObject({ quarter: { year: 2017, quarter: 3 }, posts: 0, toDate: true });
    const ids = quarters.map((q) => `${q.quarter.year}-Q${q.quarter.quarter}`);
    // Q3 2015 … Q3 2017: nine quarters, none missing.
    expect(ids.slice(0, 9)).toEqual(["2017-Q3", "2017-Q2", "2017-Q1", "2016-Q4", "2016-Q3", "2016-Q2", "2016-Q1", "2015-Q4", "2015-Q3"]);
    expect(quarters.find((q) => q.quarter.year === 2015 && q.quarter.quarter === 3)!.posts).toBeGreaterThan(0);
    const posts = await client.post.count({ where: { account: { missionId: germany.id, ownerType: "institutional" } } });
    expect(quarters.reduce((sum, q) => sum + q.posts, 0)).toBe(posts);
  });

  it("writes the narrative from these numbers only, with evidence links", async () => {
    const summary = (await summaries.getQuarterSummary(leadership, { year: 2017, quarter: 2 }, settings))!;
    const posts = summary.narrative.find((s) => s.key === "posts")!;
    expect(posts.values.posts).toBe(summary.current.posts);
    expect(posts.href).toBe("/posts?asOf=2017-06-30&period=91");
    expect(summary.narrative.find((s) => s.key === "activity")?.values).toMatchObject({ active: summary.current.statusCounts.active, dormant: summary.current.statusCounts.dormant });
  });
});

describe("the PDF briefing from the demo store", () => {
  // Kept for a human to look at (test-results/ is git-ignored): pdftoppm -png -r 60 <file> <prefix>.
  const directory = path.join(process.cwd(), "test-results", "summary-pdf-demo");

  it("prints the settings' ministry name, the demo marking and references in words; a mission's file has its own name", async () => {
    mkdirSync(directory, { recursive: true });
    const singapore = await client.mission.findUniqueOrThrow({ where: { slug: "singapore" }, select: { id: true } });
    const texts: string[] = [];
    const names: string[] = [];
    for (const query of [{}, { mission: singapore.id }]) {
      const response = await exportsModule.summaryPdfResponse(leadership, "2017-Q2", query, "https://chancery.example");
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")![1]!;
      names.push(name);
      const file = path.join(directory, name);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      texts.push(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    }
    expect(names).toEqual(["chancery-summary-2017-Q2.pdf", "chancery-summary-2017-Q2-singapore.pdf"]);
    for (const text of texts) {
      expect(text).toContain(settings.ministryName);
      expect(text).toContain("DEMO DATA — NOT FOR OFFICIAL USE");
      const pages = text.split("\f").filter((page) => page.trim() !== "");
      pages.forEach((page) => expect(page).toContain("Demo data — not for official use"));
      expect(text).toContain("Where the figures are");
      expect(text).not.toContain("/summaries/");
      expect(text).not.toContain("http");
      expect(text).not.toMatch(/c[a-z0-9]{20,}/);
      expect(text).toContain("Decisions asked");
      expect(text).toContain("Dormant accounts at the quarter's end");
    }
    expect(texts[1]).toContain("Health score per quarter");
    expect(texts[1]).not.toMatch(/median/i);
    const csv = await exportsModule.summaryCsvResponse(leadership, "2017-Q2", { mission: singapore.id, table: "kpis" });
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="chancery-summary-2017-Q2-singapore-kpis.csv"');
  });
});
