/**
 * Import throughput of an X archive tweets.js through the real import path
 * (parse + importPosts in one transaction) on a throw-away SQLite store, next
 * to the floor: the same rows (posts, mentions, theme tags), computed
 * beforehand, inserted straight into SQLite with prepared statements in one
 * transaction (no parsing, classification, matching, checks or audit).
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "libsql";
import { dateTimeParam } from "../../lib/data/sql-dialect";
import { classifyPost, normalizeHandle, postKind } from "../../lib/metrics/post-kind";
import { compileThemeMatcher } from "../../lib/themes/keyword-matcher";
import { createPrismaClient } from "../../lib/prisma-client";
import { readXArchiveTweets } from "../../lib/import/x-archive";
import { importPosts } from "../../lib/import/import-posts";
import { tweetsJs } from "./tweets-js";

export interface ImportThroughput {
  posts: number;
  fileMegabytes: number;
  parseMs: number;
  writeMs: number;
  /** Parse and write: what a user waits for. */
  wholeRunMs: number;
  rowsWritten: { posts: number; mentions: number; themeTags: number };
  reimportMs: number;
  rawFloorMs: number;
  importPostsPerSecond: number;
  /** Posts per second of the floor, which also writes the same mentions and tags. */
  rawFloorPostsPerSecond: number;
  /** Whole-run import rate as a share of the raw prepared-insert rate of the same rows. */
  shareOfFloor: number;
}

function migrate(url: string) {
  const result = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("migration failed");
}

export async function measureImportThroughput(count: number): Promise<ImportThroughput> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-bench-import-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    migrate(url);
    const db = createPrismaClient(url);
    const mission = await db.mission.create({
      data: { slug: "bench", name: "Bench", kind: "embassy", country: "X", timeZone: "UTC" },
    });
    const account = await db.account.create({
      data: { missionId: mission.id, platform: "x", handle: "bench_account" },
    });
    const theme = await db.theme.create({ data: { slug: "democracy", name: "Democracy", isPriority: true } });
    await db.themeKeyword.create({ data: { themeId: theme.id, language: "en", pattern: "democracy" } });

    const file = path.join(dir, "tweets.js");
    writeFileSync(file, tweetsJs(count));
    const t0 = performance.now();
    const parsed = await readXArchiveTweets(file);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(`fixture rejected: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const report = await importPosts(db, {
      accountId: account.id,
      records: parsed.records,
      actorId: null,
      source: "bench",
    });
    const t2 = performance.now();
    const again = await importPosts(db, {
      accountId: account.id,
      records: parsed.records,
      actorId: null,
      source: "bench",
    });
    const t3 = performance.now();
    if (again.created !== 0) throw new Error(`re-import created ${again.created} posts`);
    await db.$disconnect();

    const floorUrl = `file:${path.join(dir, "floor.db")}`;
    migrate(floorUrl);
    const floorDb = createPrismaClient(floorUrl);
    const floorMission = await floorDb.mission.create({
      data: { slug: "bench", name: "Bench", kind: "embassy", country: "X", timeZone: "UTC" },
    });
    const floorAccount = await floorDb.account.create({
      data: { missionId: floorMission.id, platform: "x", handle: "bench_account" },
    });
    const floorTheme = await floorDb.theme.create({ data: { slug: "democracy", name: "Democracy", isPriority: true } });
    await floorDb.$disconnect();
    // The same rows the import wrote (posts, mentions, theme tags), computed
    // beforehand, then timed going in through libsql's synchronous,
    // better-sqlite3-compatible driver: the fastest way into the file.
    const createdAt = dateTimeParam(new Date());
    const matcher = compileThemeMatcher([{ themeId: floorTheme.id, pattern: "democracy" }]);
    const postRows: (string | number | null)[][] = [];
    const mentionRows: string[][] = [];
    const tagRows: string[][] = [];
    for (const record of parsed.records) {
      const shape = {
        authorHandle: "bench_account",
        replyToHandle: record.replyToHandle,
        quotedHandle: record.quotedHandle,
        repostOfHandle: record.repostOfHandle,
        mentions: record.mentions,
      };
      const id = randomUUID();
      postRows.push([
        id,
        floorAccount.id,
        record.platformId,
        dateTimeParam(record.postedAt),
        postKind(shape),
        classifyPost(shape),
        record.replyToHandle,
        record.quotedHandle,
        record.repostOfHandle,
        record.language,
        record.text,
        record.url,
        record.likeCount,
        record.replyCount,
        record.repostCount,
        createdAt,
      ]);
      for (const handle of new Set(record.mentions.map(normalizeHandle).filter((h) => h !== "")))
        mentionRows.push([id, handle]);
      for (const themeId of matcher.match(record.text)) tagRows.push([id, themeId, "rule", createdAt]);
    }
    const raw = new Database(path.join(dir, "floor.db"));
    const insertPost = raw.prepare(
      'INSERT INTO "Post" ("id", "accountId", "platformId", "postedAt", "kind", "category", "replyToHandle", "quotedHandle", "repostOfHandle", "language", "text", "url", "likeCount", "replyCount", "repostCount", "isDemo", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)',
    );
    const insertMention = raw.prepare('INSERT INTO "PostMention" ("postId", "handle") VALUES (?, ?)');
    const insertTag = raw.prepare(
      'INSERT INTO "PostTheme" ("postId", "themeId", "source", "createdAt") VALUES (?, ?, ?, ?)',
    );
    const t4 = performance.now();
    raw.transaction(() => {
      for (const row of postRows) insertPost.run(...row);
      for (const row of mentionRows) insertMention.run(...row);
      for (const row of tagRows) insertTag.run(...row);
    })();
    const t5 = performance.now();
    raw.close();
    if (
      postRows.length !== report.created ||
      mentionRows.length !== report.mentions ||
      tagRows.length !== report.themeTags
    ) {
      throw new Error(
        `the floor wrote other rows than the import (${postRows.length}/${mentionRows.length}/${tagRows.length} vs ${report.created}/${report.mentions}/${report.themeTags})`,
      );
    }

    const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms);
    return {
      posts: count,
      fileMegabytes: Number((statSync(file).size / 1e6).toFixed(1)),
      parseMs: Math.round(t1 - t0),
      writeMs: Math.round(t2 - t1),
      wholeRunMs: Math.round(t2 - t0),
      rowsWritten: { posts: report.created, mentions: report.mentions, themeTags: report.themeTags },
      reimportMs: Math.round(t3 - t2),
      rawFloorMs: Math.round(t5 - t4),
      importPostsPerSecond: perSecond(count, t2 - t0),
      rawFloorPostsPerSecond: perSecond(count, t5 - t4),
      shareOfFloor: Number(((t5 - t4) / (t2 - t0)).toFixed(3)),
    };
  } finally {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    rmSync(dir, { recursive: true, force: true });
  }
}
