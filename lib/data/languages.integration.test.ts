import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { normalizeLanguageCode } from "../metrics/languages";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);

let database: TestDatabase;
let client: PrismaClient;
let data: typeof import("./languages");
let posts: typeof import("./posts");
let missionIdBySlug: Map<string, string>;

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  data = await import("./languages");
  posts = await import("./posts");
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

/** A mission's own posts in a period counted one by one, without the database's groups. */
async function countOneByOne(missionId: string, start: Date, endExclusive: Date) {
  const rows = await client.post.findMany({
    where: { account: { missionId, ownerType: "institutional" }, postedAt: { gte: start, lt: endExclusive } },
    select: { language: true, category: true },
  });
  const own = rows.filter((r) => r.category !== "amplification");
  const count = (code: string) => own.filter((r) => normalizeLanguageCode(r.language) === code).length;
  return { own: own.length, count };
}

describe("languages on the demo store", () => {
  it("counts each mission's own posts by language as counting them one by one does", async () => {
    const overview = await data.getLanguagesOverview(analyst, period, "mn");
    expect(overview).toHaveLength(28);
    for (const slug of ["japan", "russia", "sweden", "united-states", "mfa-hq"]) {
      const mission = overview.find((m) => m.id === idOf(slug))!;
      const truth = await countOneByOne(mission.id, period.start, period.endExclusive);
      expect(mission.shares.ownPosts, slug).toBe(truth.own);
      expect(mission.shares.englishPosts, slug).toBe(truth.count("en"));
      expect(mission.shares.ministryPosts, slug).toBe(truth.count("mn"));
      expect(mission.shares.hostPosts, slug).toBe(mission.hostLanguages.reduce((n, code) => n + truth.count(code), 0));
    }
  });

  it("shows the host vernacular of the demo missions and flags Sweden, Thailand and Italy", async () => {
    const overview = await data.getLanguagesOverview(analyst, period, "mn");
    const bySlug = (slug: string) => overview.find((m) => m.id === idOf(slug))!;
    expect(bySlug("japan").shares.hostPosts).toBeGreaterThan(0);
    expect(bySlug("russia").shares.byLanguage.map((r) => r.code)).toContain("ru");
    for (const slug of ["sweden", "thailand", "italy"]) expect(bySlug(slug).noHostVernacular, slug).toBe(true);
    for (const slug of ["japan", "russia", "united-states", "mfa-hq"]) expect(bySlug(slug).noHostVernacular, slug).toBe(false);
    // An English post in the United States is host vernacular and English at once.
    expect(bySlug("united-states").shares.hostShare).toBe(bySlug("united-states").shares.englishShare);
  });

  it("trend: four quarters up to the as-of date, the last cut there, each counted like its period", async () => {
    const japan = await data.getMissionLanguages(analyst, idOf("japan"), period, "mn");
    expect(japan?.trend.map((q) => `${q.quarter.year}-Q${q.quarter.quarter}`)).toEqual(["2016-Q4", "2017-Q1", "2017-Q2", "2017-Q3"]);
    const last = japan!.trend[3]!;
    expect(last.toDate).toBe(true);
    expect(last.period.asOf.toISOString().slice(0, 10)).toBe(SURVEY_DATE);
    for (const q of japan!.trend) {
      const truth = await countOneByOne(idOf("japan"), q.period.start, q.period.endExclusive);
      expect(q.shares.ownPosts).toBe(truth.own);
      expect(q.shares.hostPosts).toBe(truth.count("ja"));
    }
  });

  it("the post list's language and own-posts filters give the same totals", async () => {
    const japan = (await data.getLanguagesOverview(analyst, period, "mn")).find((m) => m.id === idOf("japan"))!;
    const filters = { missionId: japan.id, accountId: null, themeId: null, category: null, allTime: false, page: 1, ownOnly: true };
    expect((await posts.getPostList(analyst, period, { ...filters, language: "ja" })).total).toBe(japan.shares.hostPosts);
    expect((await posts.getPostList(analyst, period, { ...filters, language: "en" })).total).toBe(japan.shares.englishPosts);
    expect((await posts.getPostList(analyst, period, { ...filters, language: "unknown" })).total).toBe(japan.shares.unknownPosts);
    expect((await posts.getPostList(analyst, period, filters)).total).toBe(japan.shares.ownPosts);
  });

  it("merges spellings of one language and counts codes that name none as unknown", async () => {
    const account = await client.account.findFirstOrThrow({ where: { missionId: idOf("sweden") } });
    const base = { accountId: account.id, postedAt: new Date(`${SURVEY_DATE}T08:00:00Z`), kind: "original", category: "broadcast", isDemo: false };
    await client.post.createMany({
      data: [
        { ...base, platformId: "lang-1", language: "sv-SE" },
        { ...base, platformId: "lang-2", language: "SV" },
        { ...base, platformId: "lang-3", language: "und" },
        { ...base, platformId: "lang-4", language: "sv", kind: "repost", category: "amplification", repostOfHandle: "someone" },
      ],
    });
    const sweden = (await data.getLanguagesOverview(analyst, period, "mn")).find((m) => m.id === idOf("sweden"))!;
    expect(sweden.shares.hostPosts).toBe(2);
    expect(sweden.noHostVernacular).toBe(false);
    const filters = { missionId: sweden.id, accountId: null, themeId: null, category: null, allTime: false, page: 1, ownOnly: true };
    expect((await posts.getPostList(analyst, period, { ...filters, language: "sv" })).total).toBe(2);
    expect((await posts.getPostList(analyst, period, { ...filters, language: "unknown" })).total).toBe(sweden.shares.unknownPosts);
    expect(sweden.shares.unknownPosts).toBeGreaterThanOrEqual(1);
    await client.post.deleteMany({ where: { platformId: { startsWith: "lang-" }, accountId: account.id } });
  });
});
