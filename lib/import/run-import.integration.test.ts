import { readFileSync } from "node:fs";
import { gzipSync, strToU8, zipSync } from "fflate";
import { tarOf } from "./test-support/tar";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import {
  completeImportRun,
  markInterruptedRuns,
  sha256Hex,
  startImportRun,
  STORED_PROBLEMS_LIMIT,
  type ImportFileInput,
  type ImportRunProgress,
} from "./run-import";
import { worded } from "./test-support/worded";
import { problemText } from "./problem-text";

const fixture = readFileSync(path.join(__dirname, "fixtures", "tweets.js"));

let database: TestDatabase;
let db: PrismaClient;
let xAccountId: string;
let mastodonAccountId: string;
let blogAccountId: string;
let blueskyAccountId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  xAccountId = (await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } })).id;
  mastodonAccountId = (
    await db.account.create({
      data: { missionId: mission.id, platform: "mastodon", handle: "mongoliamfa@mastodon.social" },
    })
  ).id;
  blogAccountId = (
    await db.account.create({ data: { missionId: mission.id, platform: "blog", handle: "berlin.mfa.example" } })
  ).id;
  blueskyAccountId = (
    await db.account.create({ data: { missionId: mission.id, platform: "bluesky", handle: "mfa.mn" } })
  ).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function runFile(
  input: Partial<ImportFileInput> & { bytes: Uint8Array },
  onProgress?: (p: ImportRunProgress) => void,
) {
  const full: ImportFileInput = { fileName: "tweets.js", accountId: xAccountId, actorId: null, via: "cli", ...input };
  const runId = await startImportRun(db, full);
  const outcome = worded(await completeImportRun(db, runId, full, onProgress));
  const row = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
  return { outcome, row };
}

describe("import runs", () => {
  it("records a refused file with its problems and writes nothing else", async () => {
    const cases: [Partial<ImportFileInput> & { bytes: Uint8Array }, RegExp][] = [
      [{ bytes: new Uint8Array(0) }, /The file is empty/],
      [{ bytes: new TextEncoder().encode("hello"), fileName: "notes.txt" }, /is not a format Chancery can import/],
      [
        { bytes: fixture, accountId: mastodonAccountId },
        /an X export, but @mongoliamfa@mastodon.social is a Mastodon account/,
      ],
      [{ bytes: fixture, accountId: "no-such-account" }, /The chosen account does not exist/],
      [{ bytes: fixture, accountId: null }, /Choose the account/],
    ];
    for (const [input, message] of cases) {
      const { outcome, row } = await runFile(input);
      expect(outcome.status).toBe("rejected");
      expect(row.status).toBe("rejected");
      expect(row.errorCount).toBe(1);
      expect(problemText(JSON.parse(row.errors)[0])).toMatch(message);
      expect(row.finishedAt).not.toBeNull();
    }
    expect(await db.post.count()).toBe(0);
  });

  it("imports a file, reports progress, and records who, what and the counts; the same file again adds nothing", async () => {
    const phases: string[] = [];
    const { outcome, row } = await runFile({ bytes: fixture }, (p) =>
      phases.push(`${p.phase}:${p.written}/${p.total}`),
    );
    expect(outcome).toMatchObject({ status: "succeeded", format: "x-archive", read: 14, created: 13, skipped: 1 });
    expect(phases[0]).toBe("parsing:0/0");
    expect(phases).toContain("writing:13/13");
    expect(phases.at(-1)).toBe("finished:13/13");
    expect(row).toMatchObject({
      status: "succeeded",
      target: "posts",
      format: "x-archive",
      fileBytes: fixture.byteLength,
      fileHash: sha256Hex(fixture),
      created: 13,
    });
    expect(JSON.parse(row.skippedReasons)).toEqual({ "retweet of a deleted tweet": 1 });
    const again = await runFile({ bytes: fixture });
    expect(again.outcome).toMatchObject({ status: "succeeded", created: 0, unchanged: 13 });
    expect(await db.post.count({ where: { accountId: xAccountId } })).toBe(13);
  });

  it("recognises each export format from the file and refuses one that does not fit the account", async () => {
    const outbox = readFileSync(path.join(__dirname, "fixtures", "mastodon-outbox.json"), "utf8");
    const zip = zipSync({ "twitter-2017/data/tweets.js": fixture });
    const mastodonZip = zipSync({ "outbox.json": strToU8(outbox) });
    const mastodonTgz = gzipSync(tarOf([{ name: "outbox.json", data: outbox }]));
    expect((await runFile({ bytes: zip, fileName: "twitter-2017.zip" })).outcome).toMatchObject({
      status: "succeeded",
      format: "x-archive-zip",
      created: 0,
      unchanged: 13,
    });
    const first = await runFile({ bytes: mastodonTgz, fileName: "archive.tar.gz", accountId: mastodonAccountId });
    expect(first.outcome).toMatchObject({
      status: "succeeded",
      format: "mastodon-export",
      read: 13,
      created: 10,
      skipped: 3,
    });
    expect(
      (await runFile({ bytes: mastodonZip, fileName: "archive.zip", accountId: mastodonAccountId })).outcome,
    ).toMatchObject({ format: "mastodon-export", created: 0, unchanged: 10 });
    expect(
      (await runFile({ bytes: strToU8(outbox), fileName: "outbox.json", accountId: mastodonAccountId })).outcome,
    ).toMatchObject({ format: "mastodon-outbox", created: 0 });
    expect((await runFile({ bytes: mastodonZip, fileName: "archive.zip" })).outcome).toMatchObject({
      status: "rejected",
      errors: [{ message: expect.stringMatching(/a Mastodon export, but @MFAMongolia is an X account/) }],
    });
    expect(
      (await runFile({ bytes: zipSync({ "notes.txt": strToU8("x") }), fileName: "notes.zip" })).outcome,
    ).toMatchObject({ status: "rejected", errors: [{ message: expect.stringMatching(/neither an X archive/) }] });
    const rss = readFileSync(path.join(__dirname, "fixtures", "feed-rss.xml"));
    const atom = readFileSync(path.join(__dirname, "fixtures", "feed-atom.xml"));
    const bluesky = readFileSync(path.join(__dirname, "fixtures", "bluesky-author-feed.json"));
    expect((await runFile({ bytes: rss, fileName: "feed", accountId: blogAccountId })).outcome).toMatchObject({
      status: "succeeded",
      format: "feed",
      created: 4,
    });
    expect((await runFile({ bytes: atom, fileName: "atom.xml", accountId: blogAccountId })).outcome).toMatchObject({
      status: "succeeded",
      format: "feed",
      created: 3,
    });
    expect(
      (await runFile({ bytes: bluesky, fileName: "feed.json", accountId: blueskyAccountId })).outcome,
    ).toMatchObject({ status: "succeeded", format: "bluesky-feed", created: 5, skipped: 1 });
    const xxe = strToU8(
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel></channel></rss>',
    );
    expect((await runFile({ bytes: xxe, fileName: "evil.xml", accountId: blogAccountId })).outcome).toMatchObject({
      status: "rejected",
      errors: [{ message: expect.stringMatching(/declares XML entities/) }],
    });
    // An item's own language wins over its channel's; a post without one gets it detected from its text.
    expect(
      (await db.post.findFirstOrThrow({ where: { accountId: blogAccountId, platformId: "berlin-2017-0004" } }))
        .language,
    ).toBe("mn");
    const undeclared = await db.post.findFirstOrThrow({
      where: { accountId: blueskyAccountId, platformId: { endsWith: "/3kx2" } },
    });
    expect(undeclared.language).toBe("en");
    const boost = await db.post.findFirstOrThrow({
      where: { accountId: mastodonAccountId, repostOfHandle: "un@un.example" },
    });
    expect(boost).toMatchObject({ kind: "repost", category: "amplification" });
    const thread = await db.post.findFirstOrThrow({
      where: { accountId: mastodonAccountId, platformId: { endsWith: "/statuses/110000000000000004" } },
    });
    expect(thread).toMatchObject({ category: "broadcast" });
    const reply = await db.post.findFirstOrThrow({
      where: { accountId: mastodonAccountId, platformId: { endsWith: "/statuses/110000000000000003" } },
    });
    expect(reply).toMatchObject({ kind: "reply", category: "engagement" });
  });

  it("keeps the first problems of a badly broken file but counts them all", async () => {
    const records = Array.from(
      { length: STORED_PROBLEMS_LIMIT + 50 },
      (_, i) => `{"tweet":{"id_str":"${i + 1}","created_at":"not a date","full_text":"x"}}`,
    );
    const broken = new TextEncoder().encode(`window.YTD.tweets.part0 = [${records.join(",")}]`);
    const before = await db.post.count();
    const { outcome, row } = await runFile({ bytes: broken });
    expect(outcome.status).toBe("rejected");
    expect(row.errorCount).toBe(STORED_PROBLEMS_LIMIT + 50);
    expect(JSON.parse(row.errors)).toHaveLength(STORED_PROBLEMS_LIMIT);
    expect(await db.post.count()).toBe(before);
  });

  it("marks runs left running by an ended process as interrupted, but not recent or live ones", async () => {
    const base = {
      target: "posts",
      format: "x-archive",
      via: "web",
      fileName: "f.js",
      fileHash: "0".repeat(64),
      fileBytes: 1,
      status: "running",
    };
    const old = await db.importRun.create({ data: { ...base, startedAt: new Date(Date.now() - 3600_000) } });
    const oldButLive = await db.importRun.create({ data: { ...base, startedAt: new Date(Date.now() - 3600_000) } });
    const recent = await db.importRun.create({ data: base });
    expect(await markInterruptedRuns(db, new Set([oldButLive.id]))).toHaveLength(1);
    const statuses = await db.importRun.findMany({
      where: { id: { in: [old.id, oldButLive.id, recent.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [old.id]: "interrupted",
      [oldButLive.id]: "running",
      [recent.id]: "running",
    });
  });
});
