import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { refreshRollups } from "./rollups/refresh";
import { SURVEY_DATE } from "../../prisma/demo/survey";
import { parseIsoDay, periodEndingAt } from "../metrics/dates";
import { countAmplification } from "../metrics/people";
import { DEFAULT_METRIC_SETTINGS } from "../metrics/settings";
import type { Viewer } from "../auth/permissions";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };
const period = periodEndingAt(parseIsoDay(SURVEY_DATE)!, 90);
const settings = DEFAULT_METRIC_SETTINGS;

let database: TestDatabase;
let client: PrismaClient;
let people: typeof import("./people");
const ids = new Map<string, string>();
const idOf = (slug: string) => ids.get(slug)!;
const ambassadorOf = (slug: string): Viewer => ({ userId: null, role: "ambassador", missionId: idOf(slug) });
const inPeriod = { gte: period.start, lt: period.endExclusive };

beforeAll(async () => {
  database = createDemoTestDatabase();
  process.env.DATABASE_URL = database.url;
  client = createPrismaClient(database.url);
  people = await import("./people");
  for (const m of await client.mission.findMany({ select: { id: true, slug: true } })) ids.set(m.slug, m.id);
});

afterAll(async () => {
  await client?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("people and institutions", () => {
  it("lists the missions with an ambassador's personal account, each side counted apart", async () => {
    const overview = await people.getPeopleOverview(analyst, period, settings);
    expect(overview.map((m) => m.name)).toEqual(["Germany", "Japan", "United Kingdom", "United States"]);
    const japan = overview.find((m) => m.name === "Japan")!;
    expect(japan.personal.accounts.map((a) => a.handle)).toEqual(["demo_amb_japan"]);
    expect(japan.institutional.accounts.map((a) => a.handle)).toEqual(["demo_mn_japan"]);
    const personalPosts = await client.post.count({ where: { account: { handle: "demo_amb_japan" }, postedAt: inPeriod } });
    const institutionalPosts = await client.post.count({ where: { account: { handle: "demo_mn_japan" }, postedAt: inPeriod } });
    expect(japan.personal.figures.postsInPeriod).toBe(personalPosts);
    expect(japan.institutional.figures.postsInPeriod).toBe(institutionalPosts);
    expect(personalPosts).toBeGreaterThan(0);
  });

  it("counts amplification in the database as the metric counts it post by post, both ways", async () => {
    const japan = (await people.getMissionPeople(analyst, idOf("japan"), period, settings))!;
    const postsOf = (handle: string) =>
      client.post.findMany({
        where: { account: { handle }, postedAt: inPeriod },
        select: { repostOfHandle: true, replyToHandle: true, quotedHandle: true, mentions: { select: { handle: true } } },
      });
    const shape = (rows: Awaited<ReturnType<typeof postsOf>>) => rows.map((r) => ({ ...r, mentions: r.mentions.map((m) => m.handle) }));
    const personal = countAmplification(shape(await postsOf("demo_amb_japan")), ["demo_mn_japan"]);
    const institutional = countAmplification(shape(await postsOf("demo_mn_japan")), ["demo_amb_japan"]);
    expect(japan.personal.amplifies.posts).toBe(personal.posts);
    expect(japan.personal.amplifies.share).toBeCloseTo(personal.share!, 10);
    expect(japan.institutional.amplifies.posts).toBe(institutional.posts);
    expect(personal.posts).toBeGreaterThan(0);
    expect(japan.personal.amplifies.pairs).toEqual([
      { source: { id: expect.any(String), handle: "demo_amb_japan" }, target: { id: expect.any(String), handle: "demo_mn_japan" }, posts: personal.posts },
    ]);
  });

  it("reads the handover when an ambassador's posting ended: a drop in London, steady in Berlin", async () => {
    const [uk, germany] = await Promise.all([
      people.getMissionPeople(analyst, idOf("united-kingdom"), period, settings),
      people.getMissionPeople(analyst, idOf("germany"), period, settings),
    ]);
    const count = (handle: string, start: Date, endExclusive: Date) =>
      client.post.count({ where: { account: { handle }, postedAt: { gte: start, lt: endExclusive } } });
    const ukHandover = uk!.handovers[0]!;
    expect(ukHandover.end).toEqual(parseIsoDay("2016-06-17"));
    expect(ukHandover.postsBefore).toBe(await count("demo_mn_united_kingdom", parseIsoDay("2016-03-19")!, parseIsoDay("2016-06-17")!));
    expect(ukHandover.postsAfter).toBe(await count("demo_mn_united_kingdom", parseIsoDay("2016-06-17")!, parseIsoDay("2016-09-15")!));
    expect(ukHandover.signal).toBe("drop");
    const deHandover = germany!.handovers[0]!;
    expect(deHandover.end).toEqual(parseIsoDay("2015-06-19"));
    expect(deHandover.signal).toBe("steady");
    // Still posting ambassadors have no handover yet.
    expect((await people.getMissionPeople(analyst, idOf("japan"), period, settings))!.handovers).toEqual([]);
  });

  it("gives an ambassador their own mission only", async () => {
    const own = await people.getPeopleOverview(ambassadorOf("germany"), period, settings);
    expect(own.map((m) => m.name)).toEqual(["Germany"]);
    expect(await people.getMissionPeople(ambassadorOf("germany"), idOf("japan"), period, settings)).toBeNull();
    expect(await people.getPeopleOverview(ambassadorOf("singapore"), period, settings)).toEqual([]);
    expect(await people.missionHasPersonalAccounts(ambassadorOf("germany"), idOf("japan"))).toBe(false);
    expect(await people.missionHasPersonalAccounts(analyst, idOf("japan"))).toBe(true);
  });

  it("keeps a personal account's posts out of mission and ministry figures, and on its own page and list", async () => {
    const { getDashboard } = await import("./dashboard");
    const { getPostList } = await import("./posts");
    const { getAccountDetail } = await import("./accounts");
    const filters = { missionId: idOf("japan"), accountId: null, themeId: null, category: null, allTime: false, page: 1 };
    const ambassador = await client.account.findUniqueOrThrow({ where: { platform_handle: { platform: "x", handle: "demo_amb_japan" } } });

    const before = await getDashboard(analyst, period, settings);
    const japanBefore = before.missions.find((m) => m.name === "Japan")!;
    const listBefore = await getPostList(analyst, period, filters);
    const accountListBefore = await getPostList(analyst, period, { ...filters, accountId: ambassador.id });
    const peopleBefore = (await people.getMissionPeople(analyst, idOf("japan"), period, settings))!;
    expect(before.kpis.statusCounts.dormant).toBe(11);
    expect(before.missions.flatMap((m) => m.accounts)).toHaveLength(29);
    expect(japanBefore.accounts.map((a) => a.handle)).toEqual(["demo_mn_japan"]);

    await client.post.create({
      data: {
        accountId: ambassador.id,
        platformId: "people-test-1",
        postedAt: new Date("2017-08-10T09:00:00Z"),
        kind: "original_with_mention",
        category: "engagement",
        text: "[demo] test @demo_mn_japan",
        likeCount: 5,
        mentions: { create: { handle: "demo_mn_japan" } },
      },
    });
    // A direct write, so the rollups are rewritten as the import path does.
    await refreshRollups(client, { accountIds: [ambassador.id] });
    try {
      const after = await getDashboard(analyst, period, settings);
      expect(after.kpis).toEqual(before.kpis);
      expect(after.missions.find((m) => m.name === "Japan")!.postsInPeriod).toBe(japanBefore.postsInPeriod);
      expect((await getPostList(analyst, period, filters)).total).toBe(listBefore.total);
      expect((await getPostList(analyst, period, { ...filters, accountId: ambassador.id })).total).toBe(accountListBefore.total + 1);
      expect((await getPostList(analyst, period, { ...filters, missionId: null, accountId: ambassador.id })).total).toBe(accountListBefore.total + 1);
      const detail = await getAccountDetail(analyst, ambassador.id, period, settings);
      expect(detail?.account.ownerType).toBe("individual");
      expect(detail?.figures.postsInPeriod).toBe(accountListBefore.total + 1);
      const peopleAfter = (await people.getMissionPeople(analyst, idOf("japan"), period, settings))!;
      expect(peopleAfter.personal.figures.postsInPeriod).toBe(peopleBefore.personal.figures.postsInPeriod + 1);
      expect(peopleAfter.personal.amplifies.posts).toBe(peopleBefore.personal.amplifies.posts + 1);
      expect(peopleAfter.institutional.figures).toEqual(peopleBefore.institutional.figures);
    } finally {
      await client.post.deleteMany({ where: { platformId: "people-test-1" } });
      await refreshRollups(client, { accountIds: [ambassador.id] });
    }
  });
});
