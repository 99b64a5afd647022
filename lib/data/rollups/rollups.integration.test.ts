/**
 * The rollups must give exactly what the raw posts give (issue 10). The
 * expected rows are computed here in plain TypeScript from every post, tag
 * and mention, independently of the SQL in lib/data/rollups/refresh.ts, and compared
 * row for row: on the demo store after loading, after a re-import (new,
 * back-dated and updated posts), after a theme's rules change and after an
 * analyst's tag; and on a generated ministry. The page figures that read the
 * rollups are checked against raw post counts too.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createDemoTestDatabase, createMigratedTestDatabase, type TestDatabase } from "../../../scripts/test-support/test-database";
import { buildSyntheticStore, MINISTRY_SCALE } from "../../../scripts/bench/synthetic-ministry";
import { createPrismaClient } from "../../prisma-client";
import { SURVEY_DATE } from "../../../prisma/demo/survey";
import { importPosts } from "../../import/import-posts";
import type { ImportRecord } from "../../import/types";
import { formatIsoDay, parseIsoDay, periodEndingAt, type Period } from "../../metrics/dates";
import { DEFAULT_METRIC_SETTINGS } from "../../metrics/settings";
import type { Viewer } from "../../auth/permissions";

const admin: Viewer = { userId: null, role: "admin", missionId: null };

type Row = Record<string, string | number>;

/** SQL TRIM, LTRIM(…, '@') and LOWER as the link rule applies them. */
const normalize = (handle: string) => handle.replace(/^ +| +$/g, "").replace(/^@+/, "").toLowerCase();
const iso = (value: Date | string) => new Date(value).toISOString();

/** Adds running totals per partition, in day order, as the rollups keep them. */
function withRunningTotals(rows: Row[], partition: (r: Row) => string, columns: [string, string][]): Row[] {
  rows.sort((a, b) => (partition(a) < partition(b) ? -1 : partition(a) > partition(b) ? 1 : String(a.day) < String(b.day) ? -1 : 1));
  const totals = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const t = totals.get(partition(row)) ?? {};
    for (const [from, to] of columns) row[to] = t[to] = (t[to] ?? 0) + Number(row[from]);
    totals.set(partition(row), t);
  }
  return rows;
}

async function expectedRollups(db: PrismaClient) {
  const posts = await db.post.findMany({
    select: {
      id: true,
      accountId: true,
      postedAt: true,
      category: true,
      likeCount: true,
      replyCount: true,
      repostCount: true,
      replyToHandle: true,
      quotedHandle: true,
      repostOfHandle: true,
      mentions: { select: { handle: true } },
      themes: { select: { themeId: true } },
    },
  });
  // Theme rows are per mission, over its institutional accounts.
  const missionOf = new Map(
    (await db.account.findMany({ where: { ownerType: "institutional" }, select: { id: true, missionId: true } })).map((a) => [a.id, a.missionId]),
  );
  const postDays = new Map<string, Row>();
  const themeDays = new Map<string, Set<string>>();
  const linkDays = new Map<string, Set<string>>();
  for (const p of posts) {
    const day = formatIsoDay(p.postedAt);
    const key = `${p.accountId}|${p.category}|${day}`;
    const row = postDays.get(key) ?? { accountId: p.accountId, category: p.category, day, posts: 0, reactedPosts: 0, reactions: 0, lastPostedAt: "" };
    row.posts = Number(row.posts) + 1;
    if (p.likeCount !== null || p.replyCount !== null || p.repostCount !== null) {
      row.reactedPosts = Number(row.reactedPosts) + 1;
      row.reactions = Number(row.reactions) + (p.likeCount ?? 0) + (p.replyCount ?? 0) + (p.repostCount ?? 0);
    }
    if (iso(p.postedAt) > String(row.lastPostedAt)) row.lastPostedAt = iso(p.postedAt);
    postDays.set(key, row);
    const missionId = missionOf.get(p.accountId);
    for (const { themeId } of missionId === undefined ? [] : p.themes) {
      const k = `${missionId}|${themeId}|${day}`;
      themeDays.set(k, (themeDays.get(k) ?? new Set()).add(p.id));
    }
    const repost = p.repostOfHandle === null ? null : normalize(p.repostOfHandle);
    const quote = p.quotedHandle === null ? null : normalize(p.quotedHandle);
    const reply = p.replyToHandle === null ? null : normalize(p.replyToHandle);
    const links: [string, string][] = [];
    if (repost !== null) links.push([repost, "repost"]);
    if (quote !== null && quote !== (repost ?? "")) links.push([quote, "quote"]);
    if (reply !== null && reply !== (repost ?? "") && reply !== (quote ?? "")) links.push([reply, "reply"]);
    for (const m of p.mentions) {
      const handle = normalize(m.handle);
      if (handle !== (repost ?? "") && handle !== (quote ?? "") && handle !== (reply ?? "")) links.push([handle, "mention"]);
    }
    for (const [handle, type] of links) {
      const k = `${p.accountId}|${day}|${handle}|${type}`;
      linkDays.set(k, (linkDays.get(k) ?? new Set()).add(p.id));
    }
  }
  return {
    postDays: withRunningTotals([...postDays.values()], (r) => `${r.accountId}|${r.category}`, [
      ["posts", "postsToDate"],
      ["reactedPosts", "reactedToDate"],
      ["reactions", "reactionsToDate"],
    ]),
    themeDays: withRunningTotals(
      [...themeDays].map(([k, ids]) => {
        const [missionId, themeId, day] = k.split("|");
        return { missionId: missionId!, themeId: themeId!, day: day!, posts: ids.size };
      }),
      (r) => `${r.missionId}|${r.themeId}`,
      [["posts", "postsToDate"]],
    ),
    linkDays: [...linkDays].map(([k, ids]) => {
      const [accountId, day, handle, type] = k.split("|");
      return { accountId: accountId!, day: day!, handle: handle!, type: type!, posts: ids.size };
    }),
  };
}

async function storedRollups(db: PrismaClient) {
  const postDays = (await db.postDayRollup.findMany()).map((r) => ({ ...r, lastPostedAt: iso(r.lastPostedAt) }));
  return { postDays, themeDays: await db.themeDayRollup.findMany(), linkDays: await db.linkDayRollup.findMany() };
}

const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort()))).sort();

async function expectRollupsMatchPosts(db: PrismaClient) {
  const [expected, stored] = await Promise.all([expectedRollups(db), storedRollups(db)]);
  expect(expected.postDays.length).toBeGreaterThan(0);
  expect(expected.themeDays.length).toBeGreaterThan(0);
  expect(sorted(stored.postDays)).toEqual(sorted(expected.postDays));
  expect(sorted(stored.themeDays)).toEqual(sorted(expected.themeDays));
  expect(sorted(stored.linkDays)).toEqual(sorted(expected.linkDays));
}

describe.each(["demo", "generated"] as const)("rollups on the %s store", (kind) => {
  let database: TestDatabase;
  let client: PrismaClient;

  beforeAll(async () => {
    database = kind === "demo" ? createDemoTestDatabase() : createMigratedTestDatabase();
    process.env.DATABASE_URL = database.url;
    client = createPrismaClient(database.url);
    if (kind !== "demo") await buildSyntheticStore(client, { ...MINISTRY_SCALE, missions: 20, posts: 4000 });
  }, 180_000);

  afterAll(async () => {
    await client?.$disconnect();
    const { prisma } = await import("../../db");
    await prisma.$disconnect();
    // The next store gets its own server-side client.
    delete (globalThis as { chanceryPrisma?: unknown }).chanceryPrisma;
    vi.resetModules();
    database?.remove();
  });

  const asOf = () => (kind === "demo" ? parseIsoDay(SURVEY_DATE)! : parseIsoDay(MINISTRY_SCALE.lastDay)!);

  it("match the raw posts once written", async () => {
    await expectRollupsMatchPosts(client);
  });

  /**
   * The overview through the server's own client, which remembers rollup
   * reads across requests (rememberAcrossRequests in rollups.ts), against raw post
   * counts. The writes in the tests below go through another client, as an
   * import from the command line does, so a remembered read that outlived
   * its rollup state would fail here.
   */
  async function expectOverviewMatchesPosts() {
    const { getDashboard } = await import("../dashboard");
    const period: Period = periodEndingAt(asOf(), 90);
    const result = await getDashboard({ userId: null, role: "analyst", missionId: null }, period, DEFAULT_METRIC_SETTINGS);
    const institutional = { account: { ownerType: "institutional" } };
    const inPeriod = { postedAt: { gte: period.start, lt: period.endExclusive }, ...institutional };
    expect(result.kpis.postsInPeriod).toBe(await client.post.count({ where: inPeriod }));
    expect(result.kpis.counts.engagement).toBe(await client.post.count({ where: { ...inPeriod, category: "engagement" } }));
    const accountIds = result.missions.flatMap((m) => m.accounts.map((a) => a.id));
    const toDate = await client.post.groupBy({
      by: ["accountId"],
      where: { accountId: { in: accountIds.slice(0, 400) }, postedAt: { lt: period.endExclusive } },
      _count: { _all: true },
      _max: { postedAt: true },
    });
    const accounts = new Map(result.missions.flatMap((m) => m.accounts).map((a) => [a.id, a]));
    for (const row of toDate) {
      expect(accounts.get(row.accountId)?.postsToDate).toBe(row._count._all);
      expect(accounts.get(row.accountId)?.lastPostAt?.toISOString()).toBe(row._max.postedAt?.toISOString());
    }
    const tagged = await client.postTheme.findMany({ where: { post: inPeriod }, select: { postId: true, themeId: true }, distinct: ["postId", "themeId"] });
    const taggedInMissions = result.missions.reduce((sum, m) => sum + m.coverage.themes.reduce((s, t) => s + t.taggedPosts, 0), 0);
    expect(taggedInMissions).toBe(tagged.length);
  }

  it("give the overview's figures that raw post counts give", async () => {
    await expectOverviewMatchesPosts();
    // Again, now from what the server remembers.
    await expectOverviewMatchesPosts();
  });

  it("name a new state with every rewrite, and keep it while nothing is written", async () => {
    const { readRollupState } = await import("./state");
    const { refreshMissionThemeRollups, refreshRollups, refreshThemeRollups } = await import("./refresh");
    const account = await client.account.findFirstOrThrow({ where: { ownerType: "institutional" }, orderBy: { handle: "asc" } });
    const theme = await client.theme.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const first = await readRollupState(client);
    expect(await readRollupState(client)).toBe(first);
    const seen = new Set<string>([first]);
    const writes = [
      () => refreshRollups(client, { accountIds: [account.id] }),
      () => refreshThemeRollups(client, theme.id),
      () => refreshMissionThemeRollups(client, [account.missionId]),
    ];
    for (const write of writes) {
      await write();
      const state = await readRollupState(client);
      expect(seen.has(state)).toBe(false);
      seen.add(state);
    }
    await expectOverviewMatchesPosts();
  });

  it("stay equal after a re-import with new, back-dated and updated posts", async () => {
    const account = await client.account.findFirstOrThrow({ where: { ownerType: "institutional", posts: { some: {} } }, orderBy: { handle: "asc" } });
    const stored = await client.post.findMany({ where: { accountId: account.id }, orderBy: { postedAt: "asc" }, take: 5 });
    const middle = stored[Math.floor(stored.length / 2)]!.postedAt;
    const record = (platformId: string, postedAt: Date, text: string, likes: number | null): ImportRecord => ({
      platformId,
      postedAt,
      text,
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: ["Demo_UN", "@demo_un"],
      likeCount: likes,
      replyCount: null,
      repostCount: null,
      url: null,
    });
    const records: ImportRecord[] = [
      // Updated reaction counts on stored posts, the oldest included: every later running total moves.
      ...stored.map((p) => ({ ...record(p.platformId, p.postedAt, p.text ?? "", (p.likeCount ?? 0) + 7), mentions: [] })),
      record("rollup-backdated", new Date(middle.getTime() + 60_000), "A back-dated post on human rights and democracy", 3),
      record("rollup-new", asOf(), "A new post", null),
    ];
    const report = await importPosts(client, { accountId: account.id, records, actorId: null });
    expect(report.created).toBe(2);
    expect(report.updated).toBe(stored.length);
    await expectRollupsMatchPosts(client);
    await expectOverviewMatchesPosts();
    // The same file again changes nothing.
    const again = await importPosts(client, { accountId: account.id, records, actorId: null });
    expect(again.created + again.updated).toBe(0);
    await expectRollupsMatchPosts(client);
  });

  it("stay equal after a theme's rules change and an analyst's tag", async () => {
    const { addKeywordRule, removeKeywordRule, setManualTag } = await import("../theme-rules");
    const theme = await client.theme.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const before = await client.themeDayRollup.aggregate({ where: { themeId: theme.id }, _sum: { posts: true } });
    await addKeywordRule(admin, { themeId: theme.id, language: "en", pattern: "post" });
    const after = await client.themeDayRollup.aggregate({ where: { themeId: theme.id }, _sum: { posts: true } });
    expect(after._sum.posts ?? 0).toBeGreaterThan(before._sum.posts ?? 0);
    await expectRollupsMatchPosts(client);
    await expectOverviewMatchesPosts();

    await removeKeywordRule(admin, { themeId: theme.id, language: "en", pattern: "post" });
    await expectRollupsMatchPosts(client);

    const untagged = await client.post.findFirstOrThrow({
      where: { themes: { none: { themeId: theme.id } }, account: { ownerType: "institutional" } },
      orderBy: { postedAt: "asc" },
    });
    await setManualTag(admin, untagged.id, theme.id, true);
    const tagged = await client.themeDayRollup.aggregate({ where: { themeId: theme.id }, _sum: { posts: true } });
    expect(tagged._sum.posts).toBe((before._sum.posts ?? 0) + 1);
    await expectRollupsMatchPosts(client);
    await expectOverviewMatchesPosts();
    await setManualTag(admin, untagged.id, theme.id, false);
    await expectRollupsMatchPosts(client);
  });

  it("stay equal after the directory moves an account to another mission and makes it personal", async () => {
    const { importDirectoryCsv } = await import("../../import/csv-directory");
    const account = await client.account.findFirstOrThrow({
      where: { ownerType: "institutional", posts: { some: { themes: { some: {} } } } },
      include: { mission: { select: { slug: true } } },
      orderBy: { handle: "asc" },
    });
    const other = await client.mission.findFirstOrThrow({ where: { id: { not: account.missionId } }, orderBy: { slug: "asc" } });
    const row = (slug: string, ownerType: string) =>
      `mission_slug,platform,handle,owner_type,declared_use\n${slug},${account.platform},${account.handle},${ownerType},${account.declaredUse}\n`;
    const taggedOf = async (missionId: string) => (await client.themeDayRollup.aggregate({ where: { missionId }, _sum: { posts: true } }))._sum.posts ?? 0;
    const taggedBefore = await taggedOf(other.id);

    expect((await importDirectoryCsv(client, "accounts", row(other.slug, "institutional"), null)).updated).toBe(1);
    expect(await taggedOf(other.id)).toBeGreaterThan(taggedBefore);
    await expectRollupsMatchPosts(client);
    await expectOverviewMatchesPosts();

    await importDirectoryCsv(client, "accounts", row(other.slug, "individual"), null);
    await expectRollupsMatchPosts(client);

    await importDirectoryCsv(client, "accounts", row(account.mission.slug, account.ownerType), null);
    await expectRollupsMatchPosts(client);
  });
});
