import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { DEMO_THEMES } from "../../prisma/demo/themes";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const period = () => periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

let database: TestDatabase;
let client: PrismaClient;
let themes: typeof import("./themes");

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  // lib/db reads DATABASE_URL when first imported, so import the data layer only now.
  themes = await import("./themes");
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

const themeId = async (slug: string) => (await client.theme.findUniqueOrThrow({ where: { slug } })).id;

/** Distinct posts with the theme in [start, end), counted by Prisma without the data layer. */
function countTagged(id: string, start: Date, endExclusive: Date, missionId?: string) {
  return client.post.count({
    where: {
      postedAt: { gte: start, lt: endExclusive },
      themes: { some: { themeId: id } },
      // Mission figures are about institutional accounts (lib/data/account-scope.ts).
      account: { ownerType: "institutional", ...(missionId ? { missionId } : {}) },
    },
  });
}

describe("theme overview as of the survey date", () => {
  it("lists every theme, current ones before ended ones, priority ones first, then by name", async () => {
    const overview = await themes.getThemeOverview(analyst, period());
    expect(overview.themes).toHaveLength(DEMO_THEMES.length);
    const current = overview.themes.filter((t) => t.windowState !== "ended");
    // ASEM 2016 ended in July 2016: after every current theme as of August 2017.
    expect(overview.themes.slice(current.length).map((t) => t.slug)).toEqual(["asem-2016"]);
    const priorities = current.map((t) => t.isPriority);
    expect(priorities).toEqual([...priorities].sort((a, b) => Number(b) - Number(a)));
    const priorityNames = current.filter((t) => t.isPriority).map((t) => t.name);
    expect(priorityNames).toEqual([...priorityNames].sort((a, b) => a.localeCompare(b)));
    expect(overview.missionsVisible).toBe(28);
    const democratization = overview.themes.find((t) => t.slug === "democratization")!;
    expect(democratization.keywordCounts).toEqual([
      { language: "en", count: 4 },
      { language: "mn", count: 2 },
    ]);
    expect(democratization.windowState).toBe("always");
  });

  it("counts democratization's tagged posts as a direct count of distinct posts does", async () => {
    const id = await themeId("democratization");
    const overview = await themes.getThemeOverview(analyst, period());
    const row = overview.themes.find((t) => t.id === id)!;
    const expected = await countTagged(id, period().start, period().endExclusive);
    expect(expected).toBeGreaterThan(0);
    expect(row.taggedPosts).toBe(expected);
    expect(row.missionsCovering).toBeGreaterThan(0);
    expect(row.missionsCovering).toBeLessThanOrEqual(28);
  });

  it("counts a post tagged by both a rule and an analyst once", async () => {
    const id = await themeId("democratization");
    const before = (await themes.getThemeOverview(analyst, period())).themes.find((t) => t.id === id)!.taggedPosts;
    const tagged = await client.postTheme.findFirstOrThrow({
      where: { themeId: id, source: "rule", post: { postedAt: { gte: period().start, lt: period().endExclusive } } },
    });
    await client.postTheme.create({ data: { postId: tagged.postId, themeId: id, source: "manual" } });
    try {
      const after = (await themes.getThemeOverview(analyst, period())).themes.find((t) => t.id === id)!.taggedPosts;
      expect(after).toBe(before);
      expect(after).toBe(await countTagged(id, period().start, period().endExclusive));
    } finally {
      await client.postTheme.delete({ where: { postId_themeId_source: { postId: tagged.postId, themeId: id, source: "manual" } } });
    }
  });

  it("keeps ASEM 2016 out of its window after July 2016 and never calls it a gap", async () => {
    const overview = await themes.getThemeOverview(analyst, period());
    const asem = overview.themes.find((t) => t.slug === "asem-2016")!;
    expect(asem.isPriority).toBe(true);
    expect(asem.inWindow).toBe(false);
    expect(asem.windowState).toBe("ended");
    expect(asem.gapMissions).toBe(0);
    const detail = (await themes.getThemeDetail(analyst, asem.id, period()))!;
    expect(detail.missions.some((m) => m.isGap)).toBe(false);
    // In its window (the 90 days ending 1 July 2016) it is a priority theme like any other.
    const during = await themes.getThemeOverview(analyst, periodEndingAt(parseIsoDay("2016-07-01")!, 90));
    const asemDuring = during.themes.find((t) => t.slug === "asem-2016")!;
    expect(asemDuring.inWindow).toBe(true);
    expect(asemDuring.windowState).toBe("within");
  });

  it("calls a priority theme in its window a gap for a mission that posted nothing on it", async () => {
    const overview = await themes.getThemeOverview(analyst, period());
    const democratization = overview.themes.find((t) => t.slug === "democratization")!;
    // Dormant missions posted nothing in the period, so every in-window priority theme is a gap for them.
    expect(democratization.gapMissions).toBe(28 - democratization.missionsCovering);
    expect(democratization.gapMissions).toBeGreaterThan(0);
    for (const theme of overview.themes.filter((t) => !t.isPriority)) expect(theme.gapMissions).toBe(0);
  });
});

describe("theme detail", () => {
  it("splits the overview's figure over the missions, each as counted directly", async () => {
    const id = await themeId("democratization");
    const overview = await themes.getThemeOverview(analyst, period());
    const detail = (await themes.getThemeDetail(analyst, id, period()))!;
    expect(detail.name).toBe("Democratization");
    expect(detail.missions).toHaveLength(28);
    const sum = detail.missions.reduce((s, m) => s + m.taggedPosts, 0);
    expect(sum).toBe(overview.themes.find((t) => t.id === id)!.taggedPosts);
    expect(detail.taggedPosts).toBe(sum);
    const singapore = detail.missions.find((m) => m.slug === "singapore")!;
    expect(singapore.taggedPosts).toBe(await countTagged(id, period().start, period().endExclusive, singapore.id));
    const allPosts = await client.post.count({
      where: { postedAt: { gte: period().start, lt: period().endExclusive }, account: { missionId: singapore.id } },
    });
    expect(singapore.postsInPeriod).toBe(allPosts);
    expect(singapore.share).toBeCloseTo(singapore.taggedPosts / allPosts, 12);
    const germany = detail.missions.find((m) => m.slug === "germany")!;
    expect(germany).toMatchObject({ taggedPosts: 0, postsInPeriod: 0, share: null, covered: false, isGap: true });
  });

  it("groups the keyword rules by language", async () => {
    const detail = (await themes.getThemeDetail(analyst, await themeId("democratization"), period()))!;
    expect(detail.keywords.map((k) => k.language)).toEqual(["en", "mn"]);
    expect(detail.keywords.find((k) => k.language === "mn")!.patterns).toContain("ардчил*");
    expect(detail.keywords.find((k) => k.language === "en")!.patterns).toHaveLength(4);
  });

  it("counts tagged posts per month over the 12 months ending at D, as a direct count does", async () => {
    const id = await themeId("democratization");
    const detail = (await themes.getThemeDetail(analyst, id, period()))!;
    expect(detail.monthly.months).toEqual([
      "2016-09", "2016-10", "2016-11", "2016-12", "2017-01", "2017-02",
      "2017-03", "2017-04", "2017-05", "2017-06", "2017-07", "2017-08",
    ]);
    const total = detail.monthly.totals.reduce((a, b) => a + b, 0);
    expect(total).toBe(await countTagged(id, new Date("2016-09-01T00:00:00Z"), period().endExclusive));
    expect(total).toBeGreaterThan(0);
    // August counts only up to the end of D.
    expect(detail.monthly.totals.at(-1)).toBe(await countTagged(id, new Date("2017-08-01T00:00:00Z"), period().endExclusive));
    const july = detail.monthly.months.indexOf("2017-07");
    expect(detail.monthly.totals[july]).toBe(await countTagged(id, new Date("2017-07-01T00:00:00Z"), new Date("2017-08-01T00:00:00Z")));
    const perMission = detail.monthly.missions.reduce((s, m) => s + m.total, 0);
    expect(perMission).toBe(total);
  });

  it("returns null for an unknown theme", async () => {
    expect(await themes.getThemeDetail(analyst, "no-such-theme", period())).toBeNull();
  });
});

describe("what a viewer may see", () => {
  it("shows an ambassador only their own mission's numbers", async () => {
    const singapore = await client.mission.findUniqueOrThrow({ where: { slug: "singapore" } });
    const ambassador: Viewer = { userId: "u1", role: "ambassador", missionId: singapore.id };
    const id = await themeId("democratization");
    const own = await countTagged(id, period().start, period().endExclusive, singapore.id);
    const all = await countTagged(id, period().start, period().endExclusive);
    expect(own).toBeLessThan(all);

    const overview = await themes.getThemeOverview(ambassador, period());
    expect(overview.missionsVisible).toBe(1);
    const row = overview.themes.find((t) => t.id === id)!;
    expect(row.taggedPosts).toBe(own);
    expect(row.missionsVisible).toBe(1);
    expect(row.missionsCovering).toBe(own > 0 ? 1 : 0);

    const detail = (await themes.getThemeDetail(ambassador, id, period()))!;
    expect(detail.missions.map((m) => m.slug)).toEqual(["singapore"]);
    expect(detail.taggedPosts).toBe(own);
    expect(detail.monthly.missions.map((m) => m.id)).toEqual([singapore.id]);
    expect(detail.monthly.totals.reduce((a, b) => a + b, 0)).toBe(
      await countTagged(id, new Date("2016-09-01T00:00:00Z"), period().endExclusive, singapore.id),
    );
  });

  it("shows an ambassador without a mission no numbers at all", async () => {
    const nobody: Viewer = { userId: "u2", role: "ambassador", missionId: null };
    const overview = await themes.getThemeOverview(nobody, period());
    expect(overview.missionsVisible).toBe(0);
    expect(overview.themes.every((t) => t.taggedPosts === 0 && t.gapMissions === 0)).toBe(true);
    const detail = (await themes.getThemeDetail(nobody, await themeId("democratization"), period()))!;
    expect(detail.missions).toEqual([]);
    expect(detail.monthly.totals.every((n) => n === 0)).toBe(true);
  });
});
