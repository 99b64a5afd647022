import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, testStore, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { loadDemoData } from "../../prisma/demo/load-demo-data";
import { SURVEY_DATE, SURVEY_DORMANT_COUNT, SURVEY_MISSIONS } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };

/** The quantile of sorted values, interpolating linearly between neighbours, written out again here. */
function quantileByHand(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = sorted[Math.floor(position)]!;
  const above = sorted[Math.ceil(position)]!;
  return below + (above - below) * (position - Math.floor(position));
}
const surveyAccounts = SURVEY_MISSIONS.flatMap((m) => m.accounts.map((a) => ({ ...a, missionSlug: m.slug })));

let database: TestDatabase;
let client: PrismaClient;
let ranges: typeof import("./view-range");
let settingsModule: typeof import("./settings");
let posts: typeof import("./posts");

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  ranges = await import("./view-range");
  settingsModule = await import("./settings");
  posts = await import("./posts");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

/** The overview's figures for a viewer at D over 90 days. */
async function overviewAt(viewer: Viewer, asOf: string) {
  const { getDashboard } = await import("./dashboard");
  const settings = await settingsModule.getMetricSettings(client);
  const d = await getDashboard(viewer, periodEndingAt(parseIsoDay(asOf)!, 90), settings);
  return { ...d.kpis, missions: d.missions, hasDemoData: d.hasDemoData };
}

const surveyOverview = (viewer: Viewer = analyst) => overviewAt(viewer, SURVEY_DATE);

describe("demo store as of the survey date", () => {
  it("reports exactly 11 of 29 accounts dormant, as the survey does", async () => {
    const overview = await surveyOverview();
    expect(overview.statusCounts).toEqual({ active: 18, dormant: SURVEY_DORMANT_COUNT, silent: 0, total: 29, private: 1 });
    expect(overview.missions).toHaveLength(28);
    expect(overview.hasDemoData).toBe(true);
  });

  it("gives every account the status the survey gives it", async () => {
    const overview = await surveyOverview();
    const byHandle = new Map(overview.missions.flatMap((m) => m.accounts).map((a) => [a.handle, a]));
    for (const account of surveyAccounts) {
      expect(byHandle.get(account.handle)?.activity.status, account.handle).toBe(account.status);
    }
    expect(byHandle.get("demo_mn_italy")?.activity.isPrivate).toBe(true);
  });

  it("holds each account's surveyed total of posts", async () => {
    const overview = await surveyOverview();
    const byHandle = new Map(overview.missions.flatMap((m) => m.accounts).map((a) => [a.handle, a]));
    const stored = await client.post.groupBy({ by: ["accountId"], _count: { _all: true } });
    const storedById = new Map(stored.map((r) => [r.accountId, r._count._all]));
    for (const account of surveyAccounts) {
      const figures = byHandle.get(account.handle);
      expect(figures?.postsToDate, account.handle).toBe(account.totalTweets);
      expect(storedById.get(figures!.id), account.handle).toBe(account.totalTweets);
    }
    // The survey's history; the ambassadors' personal accounts (prisma/demo/ambassadors.ts) are kept apart.
    expect(await client.post.count({ where: { account: { ownerType: "institutional" } } })).toBe(28835);
  });

  it("puts each dormant account's last post in the surveyed month", async () => {
    const overview = await surveyOverview();
    const byHandle = new Map(overview.missions.flatMap((m) => m.accounts).map((a) => [a.handle, a]));
    for (const account of surveyAccounts.filter((a) => a.status === "dormant")) {
      expect(byHandle.get(account.handle)?.lastPostAt?.toISOString().slice(0, 7), account.handle).toBe(account.lastTweetMonth);
    }
  });

  it("defaults D to the newest activity in the store", async () => {
    const range = await ranges.resolveViewRange(analyst, {});
    expect(range.ok).toBe(true);
    if (!range.ok) return;
    expect(range.period.asOf.toISOString().slice(0, 10)).toBe(SURVEY_DATE);
    expect(range.period.days).toBe(90);
    expect(range.asOfIsDefault).toBe(true);
  });

  it("rejects an invalid as-of date and period with error codes", async () => {
    const range = await ranges.resolveViewRange(analyst, { asOf: "2017-02-30", period: "-5" });
    expect(range).toEqual({
      ok: false,
      errors: [
        { field: "asOf", code: "invalid_as_of", value: "2017-02-30" },
        { field: "period", code: "invalid_period", value: "-5" },
      ],
    });
  });

  it("refuses an as-of day outside the store's range, as every screen and the API read it, with a code instead of a throw", async () => {
    for (const [asOf, code] of [["9999-12-31", "as_of_out_of_range"], ["0001-01-01", "as_of_out_of_range"], ["2017-02-30", "invalid_as_of"]]) {
      expect(await ranges.resolveViewRange(analyst, { asOf }), asOf).toEqual({ ok: false, errors: [{ field: "asOf", code, value: asOf }] });
    }
  });

  it("keeps the default as-of day within the range when a post claims a far future date", async () => {
    const account = await client.account.findFirstOrThrow({ where: { ownerType: "institutional" } });
    const post = await client.post.create({
      data: { accountId: account.id, platformId: "far-future", postedAt: new Date("9999-12-31T12:00:00Z"), kind: "original", category: "broadcast", text: "x" },
    });
    try {
      const range = await ranges.resolveViewRange(analyst, {});
      expect(range.ok).toBe(true);
      if (!range.ok) return;
      expect(range.period.asOf.getTime()).toBeLessThanOrEqual(Date.now() + 366 * 86_400_000);
      const { getPostList } = await import("./posts");
      const filters = { missionId: null, accountId: null, themeId: null, category: null, allTime: false, page: 1 };
      expect((await getPostList(analyst, range.period, filters)).total).toBeGreaterThanOrEqual(0);
    } finally {
      await client.post.delete({ where: { id: post.id } });
    }
  });

  it("agrees with a direct count of posts and categories in the period", async () => {
    const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
    const overview = await surveyOverview();
    const where = { postedAt: { gte: period.start, lt: period.endExclusive }, account: { ownerType: "institutional" } };
    expect(overview.postsInPeriod).toBe(await client.post.count({ where }));
    const engagement = await client.post.count({ where: { ...where, category: "engagement" } });
    const broadcast = await client.post.count({ where: { ...where, category: "broadcast" } });
    expect(overview.engagementShare).toBeCloseTo(engagement / (engagement + broadcast), 12);
    expect(overview.postsInPeriod).toBeGreaterThan(0);
  });

  it("counts statuses again at an earlier date from the posts stored then", async () => {
    // On 2016-01-15 with T = 90: Germany's last post (July 2015) is older than 90 days; Switzerland's (Nov 2015) is not.
    const overview = await overviewAt(analyst, "2016-01-15");
    const byHandle = new Map(overview.missions.flatMap((m) => m.accounts).map((a) => [a.handle, a]));
    expect(byHandle.get("demo_mn_germany")?.activity.status).toBe("dormant");
    expect(byHandle.get("demo_mn_switzerland")?.activity.status).toBe("active");
    // Poland's first post is in July 2015 or later, so in January 2015 it had not posted yet.
    const early = await overviewAt(analyst, "2015-01-15");
    expect(early.missions.find((m) => m.slug === "poland")?.accounts[0]?.activity.status).toBe("silent");
  });
});

describe("what a viewer may see", () => {
  it("shows an ambassador only their own mission", async () => {
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" } });
    const france = await client.mission.findUniqueOrThrow({ where: { slug: "france" } });
    const ambassador: Viewer = { userId: "u1", role: "ambassador", missionId: germany.id };
    const overview = await surveyOverview(ambassador);
    expect(overview.missions.map((m) => m.slug)).toEqual(["germany"]);
    expect(overview.statusCounts.total).toBe(1);
    const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
    const settings = await settingsModule.getMetricSettings(client);
    const { getMissionScorecard } = await import("./dashboard");
    expect(await getMissionScorecard(ambassador, france.id, period, settings)).toBeNull();
    expect((await getMissionScorecard(ambassador, germany.id, period, settings))?.mission.slug).toBe("germany");
  });

  it("shows an ambassador without a mission nothing", async () => {
    const overview = await surveyOverview({ userId: "u2", role: "ambassador", missionId: null });
    expect(overview.missions).toEqual([]);
  });

  it("returns null for an unknown mission id", async () => {
    const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
    const settings = await settingsModule.getMetricSettings(client);
    const { getMissionScorecard } = await import("./dashboard");
    expect(await getMissionScorecard(analyst, "no-such-mission", period, settings)).toBeNull();
  });
});

describe("the posts behind a figure", () => {
  const period = () => periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
  const noFilters = { missionId: null, accountId: null, themeId: null, category: null, allTime: false, page: 1 };

  it("lists every post in the period, newest first, 50 to a page", async () => {
    const list = await posts.getPostList(analyst, period(), noFilters);
    const where = { postedAt: { gte: period().start, lt: period().endExclusive }, account: { ownerType: "institutional" } };
    expect(list.total).toBe(await client.post.count({ where }));
    expect(list.items).toHaveLength(50);
    expect(list.pageCount).toBe(Math.ceil(list.total / 50));
    const times = list.items.map((p) => p.postedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const last = await posts.getPostList(analyst, period(), { ...noFilters, page: 10_000 });
    expect(last.page).toBe(list.pageCount);
    expect(last.items.length).toBe(list.total - (list.pageCount - 1) * 50);
  });

  it("matches the mission table's figures for a mission and category", async () => {
    const overview = await surveyOverview();
    const singapore = overview.missions.find((m) => m.slug === "singapore")!;
    const all = await posts.getPostList(analyst, period(), { ...noFilters, missionId: singapore.id });
    expect(all.total).toBe(singapore.postsInPeriod);
    const engagement = await posts.getPostList(analyst, period(), { ...noFilters, missionId: singapore.id, category: "engagement" });
    expect(engagement.total).toBe(singapore.counts.engagement);
    expect(engagement.items.every((p) => p.category === "engagement")).toBe(true);
    expect(all.labels.mission).toBe("Singapore");
  });

  it("lists all of an account's posts up to D with since=all", async () => {
    const account = await client.account.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "demo_mn_germany" } } });
    const list = await posts.getPostList(analyst, period(), { ...noFilters, accountId: account.id, allTime: true });
    expect(list.total).toBe(76);
    expect(list.items[0]?.postedAt.toISOString().slice(0, 7)).toBe("2015-07");
    const inPeriod = await posts.getPostList(analyst, period(), { ...noFilters, accountId: account.id });
    expect(inPeriod.total).toBe(0);
  });

  it("filters by theme", async () => {
    const theme = await client.theme.findUniqueOrThrow({ where: { slug: "democratization" } });
    const list = await posts.getPostList(analyst, period(), { ...noFilters, themeId: theme.id });
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((p) => p.themes.some((t) => t.theme.id === theme.id))).toBe(true);
    expect(list.labels.theme).toBe("Democratization");
  });

  it("never shows an ambassador another mission's posts, whatever the filters say", async () => {
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" } });
    const singapore = await client.mission.findUniqueOrThrow({ where: { slug: "singapore" }, include: { accounts: true } });
    const ambassador: Viewer = { userId: "u1", role: "ambassador", missionId: germany.id };
    const byMission = await posts.getPostList(ambassador, period(), { ...noFilters, missionId: singapore.id, allTime: true });
    expect(byMission.total).toBe(0);
    expect(byMission.labels.mission).toBeNull();
    const byAccount = await posts.getPostList(ambassador, period(), { ...noFilters, accountId: singapore.accounts[0]!.id, allTime: true });
    expect(byAccount.total).toBe(0);
    expect(byAccount.labels.account).toBeNull();
    const own = await posts.getPostList(ambassador, period(), { ...noFilters, allTime: true });
    expect(own.total).toBe(76);
    expect(own.items.every((p) => p.account.mission.id === germany.id)).toBe(true);
  });
});

describe("weekly activity", () => {
  it("counts posts per ISO week and category in the database, matching direct counts", async () => {
    const { getWeeklyActivity } = await import("./series");
    const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
    const accounts = await client.account.findMany({ select: { id: true } });
    const weeks = await getWeeklyActivity(accounts.map((a) => a.id), period);
    // 18 May 2017 is a Thursday: its week starts on Monday 15 May; 15 August is in the week of 14 August.
    expect(weeks[0]?.week).toBe("2017-05-15");
    expect(weeks.at(-1)?.week).toBe("2017-08-14");
    expect(weeks).toHaveLength(14);
    const total = weeks.reduce((sum, w) => sum + w.broadcast + w.engagement + w.amplification, 0);
    expect(total).toBe(await client.post.count({ where: { postedAt: { gte: period.start, lt: period.endExclusive } } }));
    const week = weeks.find((w) => w.week === "2017-07-03")!;
    const engagement = await client.post.count({
      where: { category: "engagement", postedAt: { gte: new Date("2017-07-03T00:00:00Z"), lt: new Date("2017-07-10T00:00:00Z") } },
    });
    expect(week.engagement).toBe(engagement);
  });
});

describe("HQ dashboard", () => {
  const period = () => periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
  const dashboard = async (viewer: Viewer = analyst) => {
    const { getDashboard } = await import("./dashboard");
    return getDashboard(viewer, period(), await settingsModule.getMetricSettings(client));
  };

  it("gives KPIs for the period and the previous one, matching independent counts", async () => {
    const d = await dashboard();
    expect(d.kpis.statusCounts).toMatchObject({ active: 18, dormant: 11, silent: 0, total: 29 });
    expect(d.previous.asOf.toISOString().slice(0, 10)).toBe("2017-05-17");
    // Independently: an account is active at D' when it posted within 90 days before D' (inclusive).
    const prevEnd = new Date("2017-05-18T00:00:00Z");
    const last = await client.post.groupBy({ by: ["accountId"], where: { postedAt: { lt: prevEnd }, account: { ownerType: "institutional" } }, _max: { postedAt: true } });
    const dayMs = 86_400_000;
    const activeBefore = last.filter((r) => {
      const lastDay = Math.floor(r._max.postedAt!.getTime() / dayMs);
      return Math.floor(prevEnd.getTime() / dayMs) - 1 - lastDay <= 90;
    }).length;
    expect(d.previousKpis.statusCounts.active).toBe(activeBefore);
    expect(d.previousKpis.statusCounts.dormant).toBe(last.length - activeBefore);
    expect(d.previousKpis.statusCounts.silent).toBe(29 - last.length);
    expect(d.previousKpis.postsInPeriod).toBe(
      await client.post.count({ where: { postedAt: { gte: d.previous.start, lt: d.previous.endExclusive }, account: { ownerType: "institutional" } } }),
    );
  });

  it("counts a heatmap cell as distinct tagged posts of the mission in the period", async () => {
    const d = await dashboard();
    const theme = await client.theme.findUniqueOrThrow({ where: { slug: "democratization" } });
    const singapore = d.missions.find((m) => m.slug === "singapore")!;
    const cell = singapore.coverage.themes.find((t) => t.themeId === theme.id)!;
    const expected = await client.post.count({
      where: {
        account: { mission: { slug: "singapore" } },
        postedAt: { gte: period().start, lt: period().endExclusive },
        themes: { some: { themeId: theme.id } },
      },
    });
    expect(cell.taggedPosts).toBe(expected);
    expect(cell.share).toBeCloseTo(expected / singapore.postsInPeriod, 12);
  });

  it("never counts ASEM 2016 (window ended July 2016) as a gap in 2017", async () => {
    const d = await dashboard();
    const asem = d.themes.find((t) => t.slug === "asem-2016")!;
    for (const m of d.missions) {
      const entry = m.coverage.themes.find((t) => t.themeId === asem.id)!;
      expect(entry.inWindow).toBe(false);
      expect(entry.isGap).toBe(false);
    }
    // Five priority themes are in their window in 2017: all but ASEM 2016.
    expect(d.kpis.priorityInWindow).toBe(5);
  });

  it("scores health from the components and places a mission among anonymous peers", async () => {
    const { getMissionScorecard } = await import("./dashboard");
    const settings = await settingsModule.getMetricSettings(client);
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" } });
    const card = (await getMissionScorecard(analyst, germany.id, period(), settings))!;
    // Germany posted nothing in the period: every component is empty or zero, so the score is 0.
    expect(card.mission.health.score).toBe(0);
    expect(card.nextSteps[0]).toMatchObject({ kind: "reactivate_or_close", handle: "demo_mn_germany" });
    // Peers are the missions with at least one active account by the survey: the dormant ones' zeros are left out.
    const activeSlugs = SURVEY_MISSIONS.filter((m) => m.accounts.some((a) => a.status === "active")).map((m) => m.slug);
    expect(activeSlugs.length).toBeGreaterThanOrEqual(5);
    expect(activeSlugs).not.toContain("germany");
    const peers = card.peers.score.kind === "figures" ? card.peers.score.figures : null;
    expect(peers?.count).toBe(activeSlugs.length);
    const d = await dashboard();
    const scores = d.missions
      .filter((m) => activeSlugs.includes(m.slug))
      .map((m) => m.health.score)
      .sort((a, b) => a - b);
    expect(peers?.median).toBeCloseTo(quantileByHand(scores, 0.5), 12);
    expect(peers?.q1).toBeCloseTo(quantileByHand(scores, 0.25), 12);
    expect(peers?.q1).toBeGreaterThan(0);
    // Germany, dormant, is at the bottom and never "within the middle half"; nor its engagement in the target box.
    expect(card.positions.score).toBe("dormant");
    expect(card.target.position).toBe("dormant");
    // One band for one figure: the target box shows the health table's engagement figures.
    expect(card.target.peers).toEqual(card.peers.engagement);
    // No "bottom quarter" next step on top of "reactivate or close" for a dormant mission.
    expect(card.nextSteps.some((s) => s.kind === "below_peers")).toBe(false);
  });

  it("places an active mission in the bottom quarter, middle half or top quarter of the active missions", async () => {
    const { getMissionScorecard } = await import("./dashboard");
    const settings = await settingsModule.getMetricSettings(client);
    const d = await dashboard();
    const active = d.missions.filter((m) => m.statusCounts.active > 0);
    const scores = active.map((m) => m.health.score).sort((a, b) => a - b);
    const q1 = quantileByHand(scores, 0.25);
    const q3 = quantileByHand(scores, 0.75);
    const byHand = (score: number) => (score < q1 ? "low" : score > q3 ? "high" : "middle");
    const seen = new Set<string>();
    for (const mission of active) {
      const card = (await getMissionScorecard(analyst, mission.id, period(), settings))!;
      expect(card.positions.score, mission.slug).toBe(byHand(mission.health.score));
      seen.add(card.positions.score!);
    }
    expect([...seen].sort()).toEqual(["high", "low", "middle"]);
  });

  it("gives an ambassador their own scorecard and only aggregates of the others", async () => {
    const { getMissionScorecard } = await import("./dashboard");
    const settings = await settingsModule.getMetricSettings(client);
    const germany = await client.mission.findUniqueOrThrow({ where: { slug: "germany" } });
    const france = await client.mission.findUniqueOrThrow({ where: { slug: "france" } });
    const ambassador: Viewer = { userId: "u1", role: "ambassador", missionId: germany.id };
    expect(await getMissionScorecard(ambassador, france.id, period(), settings)).toBeNull();
    const own = await getMissionScorecard(ambassador, germany.id, period(), settings);
    expect(own?.mission.slug).toBe("germany");
    expect(JSON.stringify(own)).not.toContain("demo_mn_france");
    const d = await dashboard(ambassador);
    expect(d.missions.map((m) => m.slug)).toEqual(["germany"]);
  });
});

describe("loading demo data", () => {
  it("is all or nothing: a second load fails and changes nothing", async () => {
    const before = await client.post.count();
    const missionsBefore = await client.mission.count();
    await expect(loadDemoData(client)).rejects.toThrow();
    expect(await client.post.count()).toBe(before);
    expect(await client.mission.count()).toBe(missionsBefore);
  });

  // Write-ahead logging is SQLite's; PostgreSQL readers never wait for a writer.
  if (testStore() === "sqlite") {
    it("leaves the store in write-ahead-log mode", async () => {
      const rows = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(rows[0]?.journal_mode).toBe("wal");
    });
  }
});
