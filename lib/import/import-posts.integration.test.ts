import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import {
  createMigratedTestDatabase,
  runScript,
  testStore,
  type TestDatabase,
} from "../../scripts/test-support/test-database";
import { startCountingServer } from "../../scripts/test-support/counting-server";
import { dialectOf } from "../data/sql-dialect";
import { createPrismaClient } from "../prisma-client";
import { importPosts, ImportRejectedError } from "./import-posts";
import { repoCar } from "./test-support/bluesky-car";
import { parseXArchiveTweets } from "./x-archive";
import type { ImportRecord } from "./types";
import { worded } from "./test-support/worded";

const FIXTURE = path.join(__dirname, "fixtures", "tweets.js");
const fixture = readFileSync(FIXTURE, "utf8");

let database: TestDatabase;
let db: PrismaClient;
let accountId: string;
let democracyId: string;
let climateId: string;

function fixtureRecords(content = fixture) {
  const result = parseXArchiveTweets(content, { authorHandle: "MFAMongolia" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

async function storeCounts() {
  const [posts, mentions, tags, audits] = await Promise.all([
    db.post.count(),
    db.postMention.count(),
    db.postTheme.count(),
    db.auditEntry.count({ where: { action: "import_completed" } }),
  ]);
  return { posts, mentions, tags, audits };
}

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  // Stored in another case than the archive spells it: handles compare case-insensitively.
  const account = await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "mfamongolia" } });
  accountId = account.id;
  const democracy = await db.theme.create({
    data: {
      slug: "democratization",
      name: "Democratization",
      keywords: {
        create: [
          { language: "mn", pattern: "ардчил*" },
          { language: "en", pattern: "democra*" },
        ],
      },
    },
  });
  const climate = await db.theme.create({
    data: {
      slug: "climate",
      name: "Climate change",
      keywords: { create: [{ language: "en", pattern: "climate change" }] },
    },
  });
  democracyId = democracy.id;
  climateId = climate.id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

describe("importPosts", () => {
  it("refuses records for an unknown account, and duplicate platform ids, writing nothing", async () => {
    const { records } = fixtureRecords();
    await expect(importPosts(db, { accountId: "missing", records, actorId: null })).rejects.toThrow(
      /No account with id "missing"/,
    );
    const duplicated: ImportRecord[] = [...records, { ...records[0]! }];
    const rejection = await importPosts(db, { accountId, records: duplicated, actorId: null }).catch((e: unknown) => e);
    expect(rejection).toBeInstanceOf(ImportRejectedError);
    expect(worded((rejection as ImportRejectedError).problems)).toEqual([
      { index: 13, field: "platformId", message: "duplicates record[0] (895235105234567168)" },
    ]);
    expect(await storeCounts()).toEqual({ posts: 0, mentions: 0, tags: 0, audits: 0 });
  });

  it("rolls back every batch already written when the import fails part-way", async () => {
    const { records } = fixtureRecords();
    const failing = importPosts(
      db,
      { accountId, records, actorId: null },
      {
        batchSize: 4,
        onProgress: ({ done }) => {
          if (done >= 8) throw new Error("disk full");
        },
      },
    );
    await expect(failing).rejects.toThrow("disk full");
    expect(await storeCounts()).toEqual({ posts: 0, mentions: 0, tags: 0, audits: 0 });
  });

  it("adds every post with its kind, category, mentions and rule tags, and audits the import", async () => {
    const parsed = fixtureRecords();
    const report = await importPosts(
      db,
      {
        accountId,
        records: parsed.records,
        skipped: parsed.skipped,
        read: parsed.read,
        actorId: null,
        source: "tweets.js",
      },
      { batchSize: 5 },
    );
    expect(report).toMatchObject({
      read: 14,
      created: 13,
      updated: 0,
      unchanged: 0,
      mentions: 6,
      themeTags: 2,
      errors: [],
    });
    expect(report.skipped).toEqual([
      { index: 12, platformId: "896400000000000013", reason: "retweet of a deleted tweet" },
    ]);

    const posts = await db.post.findMany({ where: { accountId }, include: { mentions: true, themes: true } });
    const post = (id: string) => posts.find((p) => p.platformId === id)!;
    expect(posts).toHaveLength(13);
    expect(post("895300000000000002")).toMatchObject({ kind: "reply", category: "engagement", replyToHandle: "UN" });
    expect(post("895236000000000003")).toMatchObject({ kind: "reply", category: "broadcast" });
    expect(post("895600000000000005")).toMatchObject({ kind: "quote", category: "broadcast" });
    expect(post("895800000000000007")).toMatchObject({ kind: "original", category: "broadcast" });
    expect(post("896000000000000009")).toMatchObject({
      kind: "repost",
      category: "amplification",
      repostOfHandle: "MFAMongolia",
    });
    expect(post("895235105234567168")).toMatchObject({
      url: "https://x.com/MFAMongolia/status/895235105234567168",
      likeCount: 12,
      repostCount: 4,
      replyCount: null,
    });
    expect(post("895700000000000006").mentions.map((m) => m.handle)).toEqual(["statedept"]);
    expect(post("896100000000000010")).toMatchObject({
      language: "mn",
      themes: [{ themeId: democracyId, source: "rule" }],
    });
    expect(post("895236000000000003").themes).toEqual([
      expect.objectContaining({ themeId: climateId, source: "rule" }),
    ]);

    // Written by raw bulk inserts, the rows read, filter and sort exactly like rows Prisma writes.
    for (const record of parsed.records)
      expect(post(record.platformId).postedAt.getTime()).toBe(record.postedAt.getTime());
    const middle = [...parsed.records].sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime())[6]!.postedAt;
    expect(await db.post.count({ where: { accountId, postedAt: { gte: middle } } })).toBe(
      parsed.records.filter((r) => r.postedAt >= middle).length,
    );
    expect(post("895235105234567168")).toMatchObject({ isDemo: false, viewCount: null });
    const probe = await db.post.create({
      data: { accountId, platformId: "probe", postedAt: middle, kind: "original", category: "broadcast" },
    });
    const stored = await db.$queryRawUnsafe<{ platformId: string; postedAt: string; createdAt: string }[]>(
      `SELECT "platformId", CAST("postedAt" AS TEXT) AS "postedAt", CAST("createdAt" AS TEXT) AS "createdAt" FROM "Post" WHERE "postedAt" = (SELECT "postedAt" FROM "Post" WHERE "platformId" = ${dialectOf(db).param(1)}) ORDER BY "platformId"`,
      "probe",
    );
    // The SQL equality above is on the stored text: an imported post and Prisma's probe share it.
    expect(stored.map((row) => row.platformId)).toContain("probe");
    expect(stored).toHaveLength(2);
    // SQLite keeps Prisma's ISO text; PostgreSQL a timestamp(3), printed without the "T".
    const storedForm =
      testStore() === "sqlite"
        ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/
        : /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,3})?$/;
    for (const row of stored) {
      expect(row.postedAt).toMatch(storedForm);
      expect(row.createdAt).toMatch(storedForm);
    }
    await db.post.delete({ where: { id: probe.id } });

    const categories = await db.post.groupBy({
      by: ["category"],
      where: { accountId },
      _count: true,
      orderBy: { category: "asc" },
    });
    expect(categories.map((c) => [c.category, c._count])).toEqual([
      ["amplification", 2],
      ["broadcast", 7],
      ["engagement", 4],
    ]);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "import_completed" } });
    expect(audit).toMatchObject({ targetType: "account", targetId: accountId, actorId: null });
    expect(JSON.parse(audit.details)).toMatchObject({
      source: "tweets.js",
      read: 14,
      created: 13,
      updated: 0,
      unchanged: 0,
      skipped: 1,
    });
  });

  it("adds nothing the second time, and updates only the posts whose counts changed", async () => {
    const before = await storeCounts();
    const again = await importPosts(db, { accountId, records: fixtureRecords().records, actorId: null });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 13, mentions: 0, themeTags: 0 });
    expect(await storeCounts()).toEqual({ ...before, audits: before.audits + 1 });

    const changed = fixture
      .replace('"favorite_count" : "12"', '"favorite_count" : "40"')
      .replace('"retweet_count" : "31"', '"retweet_count" : "32"');
    const report = await importPosts(db, { accountId, records: fixtureRecords(changed).records, actorId: null });
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 11 });
    expect(await db.post.findFirstOrThrow({ where: { platformId: "895235105234567168" } })).toMatchObject({
      likeCount: 40,
      repostCount: 4,
    });
    expect(await db.post.findFirstOrThrow({ where: { platformId: "895900000000000008" } })).toMatchObject({
      repostCount: 32,
    });
  });
});

describe("importPosts at archive scale, with its default batches", () => {
  it("writes 2,500 posts with their mentions and tags, then re-imports them as unchanged", async () => {
    const account = await db.account.create({
      data: { missionId: (await db.mission.findFirstOrThrow()).id, platform: "x", handle: "bulk_account" },
    });
    const records: ImportRecord[] = Array.from({ length: 2500 }, (_, i) => ({
      platformId: `bulk-${i}`,
      postedAt: new Date(Date.UTC(2016, 0, 1) + i * 3_600_000),
      text: i % 2 === 0 ? `@partner${i % 7} on climate change` : `Post ${i} on democracy`,
      language: "en",
      replyToHandle: null,
      quotedHandle: null,
      repostOfHandle: null,
      mentions: i % 2 === 0 ? [`partner${i % 7}`] : [],
      likeCount: i % 11,
      replyCount: null,
      repostCount: null,
      url: null,
    }));
    const report = await importPosts(db, { accountId: account.id, records, actorId: null });
    expect(report).toMatchObject({ created: 2500, updated: 0, unchanged: 0, mentions: 1250, themeTags: 2500 });
    expect(await db.post.count({ where: { accountId: account.id } })).toBe(2500);
    expect(await db.post.count({ where: { accountId: account.id, category: "engagement" } })).toBe(1250);
    expect(await db.postMention.count({ where: { post: { accountId: account.id } } })).toBe(1250);
    expect(await db.postTheme.count({ where: { post: { accountId: account.id }, themeId: climateId } })).toBe(1250);
    expect(await db.postTheme.count({ where: { post: { accountId: account.id }, themeId: democracyId } })).toBe(1250);
    const again = await importPosts(db, {
      accountId: account.id,
      records: records.map((r, i) => (i === 2499 ? { ...r, likeCount: 500 } : r)),
      actorId: null,
    });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 2499 });
  });
});

describe("scripts/import.ts", () => {
  let cli: TestDatabase;
  let cliDb: PrismaClient;
  const run = (...args: string[]) => runScript("import", cli.url, ...args);

  beforeAll(async () => {
    cli = createMigratedTestDatabase();
    cliDb = createPrismaClient(cli.url);
    const mission = await cliDb.mission.create({
      data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
    });
    await cliDb.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } });
  });

  afterAll(async () => {
    await cliDb?.$disconnect();
    cli?.remove();
  });

  it("rejects a file with an invalid record with exit code 1, listing the problem and writing nothing", async () => {
    const broken = path.join(cli.dir, "tweets.js");
    writeFileSync(
      broken,
      fixture.replace('"created_at" : "Fri Aug 11 07:45:30 +0000 2017"', '"created_at" : "yesterday"'),
    );
    const result = run("--account", "@mfamongolia", broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("nothing was written");
    expect(result.stderr).toContain("record[5] tweet.created_at:");
    expect(await cliDb.post.count()).toBe(0);
    expect(await cliDb.auditEntry.count()).toBe(0);
  });

  it("explains what it cannot import", async () => {
    const text = path.join(cli.dir, "notes.txt");
    writeFileSync(text, "Meeting notes, not an export");
    const unknownFormat = run("--account", "MFAMongolia", text);
    expect(unknownFormat.status).toBe(1);
    expect(unknownFormat.stderr).toMatch(/“notes.txt” is not a format Chancery can import/);
    const unknown = run("--account", "nobody", FIXTURE);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No account with id or handle "nobody"/);
    const missing = run("--account", "MFAMongolia", path.join(cli.dir, "missing.js"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read/);
    expect(await cliDb.post.count()).toBe(0);
  });

  it("fetches a feed address only for a blog or website account, and never one on this machine", async () => {
    const trap = await startCountingServer("::");
    try {
      const url = `http://[::ffff:127.0.0.1]:${trap.port}/feed.xml`;
      const notBlog = run("--account", "MFAMongolia", url);
      expect(notBlog.stderr).toContain("Feeds can be imported only for a blog or website account.");
      const unknown = run("--account", "nobody", url);
      expect(unknown.stderr).toMatch(/No account with id or handle "nobody"/);
      const mission = await cliDb.mission.findFirstOrThrow();
      await cliDb.account.create({ data: { missionId: mission.id, platform: "blog", handle: "mfa.example.org" } });
      const internal = run("--account", "mfa.example.org", url);
      expect(internal.stderr).toContain("This address cannot be fetched.");
      for (const result of [notBlog, unknown, internal]) expect(result.status).toBe(1);
      // spawnSync blocked this process: let the server take whatever connected meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(trap.requests).toEqual([]);
    } finally {
      await trap.close();
    }
  });

  it("imports the fixture by handle, prints the report, records the run; a second run adds nothing", async () => {
    const result = run("--account", "mfamongolia", FIXTURE);
    expect(result.stderr).not.toMatch(/failed|refused/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/read\s+14/);
    expect(result.stdout).toMatch(/new\s+13/);
    expect(result.stdout).toContain("1 × retweet of a deleted tweet");
    expect(result.stdout).toContain("written 13 of 13");
    expect(await cliDb.post.count()).toBe(13);
    const again = run("--account", "mfamongolia", FIXTURE);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/new\s+0/);
    expect(again.stdout).toMatch(/unchanged\s+13/);
    expect(await cliDb.post.count()).toBe(13);
    const runs = await cliDb.importRun.findMany({ orderBy: { startedAt: "asc" } });
    // The refused file of the first test, and the two imports here (the unreadable and unknown-account calls never started a run).
    expect(runs.map((r) => [r.status, r.via, r.created])).toEqual([
      ["rejected", "cli", 0],
      ["rejected", "cli", 0],
      ["succeeded", "cli", 13],
      ["succeeded", "cli", 0],
    ]);
    expect(runs[2]!.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(runs[2]!.fileHash).toBe(runs[3]!.fileHash);
  });

  // The CAR reader is an ESM-only package: this once broke the command line (and only it).
  it("imports a Bluesky repository export (.car)", async () => {
    const mission = await cliDb.mission.findFirstOrThrow();
    await cliDb.account.create({ data: { missionId: mission.id, platform: "bluesky", handle: "mfa.mn" } });
    const did = "did:plc:mfamongolia";
    const car = await repoCar(did, [
      [
        "app.bsky.feed.post/3kx1",
        {
          $type: "app.bsky.feed.post",
          text: "Mongolia and Germany mark 45 years of diplomatic relations.",
          createdAt: "2017-08-09T10:05:00.000Z",
          langs: ["en"],
        },
      ],
      [
        "app.bsky.feed.repost/3kx4",
        {
          $type: "app.bsky.feed.repost",
          subject: { uri: "at://did:plc:un/app.bsky.feed.post/un1", cid: "z" },
          createdAt: "2017-08-11T09:00:00.000Z",
        },
      ],
    ]);
    const file = path.join(cli.dir, "repo.car");
    writeFileSync(file, car);
    const result = run("--account", "mfa.mn", "--platform", "bluesky", file);
    expect(result.stderr).not.toMatch(/failed|refused|Error/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/new\s+2/);
    const stored = await cliDb.post.findMany({
      where: { account: { platform: "bluesky" } },
      orderBy: { postedAt: "asc" },
      select: { platformId: true, category: true },
    });
    expect(stored).toEqual([
      { platformId: `at://${did}/app.bsky.feed.post/3kx1`, category: "broadcast" },
      { platformId: "repost:at://did:plc:un/app.bsky.feed.post/un1", category: "amplification" },
    ]);
  });
});
