/**
 * Import throughput of an X archive tweets.js through the real import path
 * (parse + importPosts in one transaction) on a throw-away SQLite store.
 *   npm run bench:import -- [--posts 200000]
 * Prints records per second for parsing, writing and the whole run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "libsql";
import { randomUUID } from "node:crypto";
import { dateTimeParam } from "../lib/data/sql-dialect";
import { classifyPost, postKind } from "../lib/metrics/post-kind";
import { createPrismaClient } from "../lib/prisma-client";
import { readXArchiveTweets } from "../lib/import/x-archive";
import { importPosts } from "../lib/import/import-posts";
import { createRandom } from "../prisma/demo/generate-history";

const { values } = parseArgs({ options: { posts: { type: "string", default: "200000" } } });
const count = Number(values.posts);
if (!Number.isInteger(count) || count < 1) throw new Error("--posts must be a positive whole number");

function tweetsJs(n: number): string {
  const random = createRandom(42);
  const start = Date.UTC(2011, 0, 1);
  const span = Date.UTC(2017, 0, 1) - start;
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor((span * i) / n));
    const pad = (x: number) => String(x).padStart(2, "0");
    const created = `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
    const u = random();
    const mention = u < 0.2 ? `{ "screen_name" : "partner${i % 50}" }` : "";
    const text = u < 0.1 ? `RT @partner${i % 50}: democracy and climate change` : u < 0.2 ? `@partner${i % 50} thank you` : `Post ${i} on investment and democracy`;
    items.push(`{ "tweet" : { "id_str" : "${10_000_000 + i}", "created_at" : "${created}", "full_text" : "${text}", "lang" : "en", "favorite_count" : "${i % 17}", "retweet_count" : "${i % 5}", "entities" : { "user_mentions" : [ ${mention} ], "urls" : [ ] }${u >= 0.1 && u < 0.2 ? `, "in_reply_to_screen_name" : "partner${i % 50}", "in_reply_to_status_id_str" : "${i}"` : ""} } }`);
  }
  return `window.YTD.tweets.part0 = [\n${items.join(",\n")}\n]`;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  try {
    const migrate = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (migrate.status !== 0) throw new Error("migration failed");
    const db = createPrismaClient(url);
    const mission = await db.mission.create({ data: { slug: "bench", name: "Bench", kind: "embassy", country: "X", timeZone: "UTC" } });
    const account = await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "bench_account" } });
    const theme = await db.theme.create({ data: { slug: "democracy", name: "Democracy", isPriority: true } });
    await db.themeKeyword.create({ data: { themeId: theme.id, language: "en", pattern: "democracy" } });

    const file = path.join(dir, "tweets.js");
    writeFileSync(file, tweetsJs(count));
    const t0 = performance.now();
    const parsed = await readXArchiveTweets(file);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(`fixture rejected: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const report = await importPosts(db, { accountId: account.id, records: parsed.records, actorId: null, source: "bench" });
    const t2 = performance.now();
    const again = await importPosts(db, { accountId: account.id, records: parsed.records, actorId: null, source: "bench" });
    const t3 = performance.now();
    await db.$disconnect();
    // The floor: the same rows inserted straight into SQLite with one prepared
    // statement per row in one transaction (no parsing, mentions, tags or checks).
    const floorUrl = `file:${path.join(dir, "floor.db")}`;
    const floorMigrate = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: floorUrl }, stdio: ["ignore", "ignore", "inherit"] });
    if (floorMigrate.status !== 0) throw new Error("migration failed");
    const floorDb = createPrismaClient(floorUrl);
    const floorMission = await floorDb.mission.create({ data: { slug: "bench", name: "Bench", kind: "embassy", country: "X", timeZone: "UTC" } });
    const floorAccount = await floorDb.account.create({ data: { missionId: floorMission.id, platform: "x", handle: "bench_account" } });
    await floorDb.$disconnect();
    // libsql's synchronous, better-sqlite3-compatible driver: the fastest way into the file.
    const raw = new Database(path.join(dir, "floor.db"));
    const createdAt = dateTimeParam(new Date());
    const insert = raw.prepare(
      'INSERT INTO "Post" ("id", "accountId", "platformId", "postedAt", "kind", "category", "replyToHandle", "quotedHandle", "repostOfHandle", "language", "text", "url", "likeCount", "replyCount", "repostCount", "isDemo", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)',
    );
    const t4 = performance.now();
    raw.transaction(() => {
      for (const record of parsed.records) {
        const shape = { authorHandle: "bench_account", replyToHandle: record.replyToHandle, quotedHandle: record.quotedHandle, repostOfHandle: record.repostOfHandle, mentions: record.mentions };
        insert.run(randomUUID(), floorAccount.id, record.platformId, dateTimeParam(record.postedAt), postKind(shape), classifyPost(shape), record.replyToHandle, record.quotedHandle, record.repostOfHandle, record.language, record.text, record.url, record.likeCount, record.replyCount, record.repostCount, createdAt);
      }
    })();
    const t5 = performance.now();
    raw.close();

    const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString("en-US");
    console.log(`tweets.js: ${count.toLocaleString("en-US")} posts, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
    console.log(`parse:      ${(t1 - t0).toFixed(0)} ms (${rate(count, t1 - t0)} records/s)`);
    console.log(`write:      ${(t2 - t1).toFixed(0)} ms (${rate(count, t2 - t1)} records/s) — new ${report.created}`);
    const rowsWritten = report.created + report.mentions + report.themeTags;
    console.log(`rows:       ${rowsWritten.toLocaleString("en-US")} written (posts ${report.created.toLocaleString("en-US")}, mentions ${report.mentions.toLocaleString("en-US")}, theme tags ${report.themeTags.toLocaleString("en-US")}) = ${rate(rowsWritten, t2 - t0)} rows/s over the whole run`);
    console.log(`whole run:  ${(t2 - t0).toFixed(0)} ms (${rate(count, t2 - t0)} records/s)`);
    console.log(`re-import:  ${(t3 - t2).toFixed(0)} ms — new ${again.created}, updated ${again.updated}`);
    console.log(`raw floor:  ${(t5 - t4).toFixed(0)} ms (${rate(count, t5 - t4)} rows/s, prepared inserts in one transaction)`);
    console.log(`import whole run / raw floor: ${(((t5 - t4) / (t2 - t0)) * 100).toFixed(0)} % by posts, ${(((rowsWritten / (t2 - t0)) / (count / (t5 - t4))) * 100).toFixed(0)} % by rows written`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
