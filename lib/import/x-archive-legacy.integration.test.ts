import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";

// The hand-made old archive (pre-2018: tweets.csv, Grailbird month files, user_details.js), zipped as X delivered it.
const DIR = path.join(__dirname, "fixtures", "x-old-archive");
const read = (name: string) => strToU8(readFileSync(path.join(DIR, name), "utf8"));
const OLD_FILES = [
  "tweets.csv",
  "index.html",
  "data/js/tweet_index.js",
  "data/js/user_details.js",
  "data/js/tweets/2013_04.js",
  "data/js/tweets/2013_05.js",
];
const oldZip = zipSync(
  Object.fromEntries([
    ...OLD_FILES.map((name) => [name, read(name)] as const),
    ["css/application.min.css", strToU8("body{}")] as const,
  ]),
);
const OWN_ID = "5550001";

// A newer archive of the same account: two tweets of the old archive again (with counts now), two new ones.
const tweet = (id_str: string, created_at: string, full_text: string, extra: Record<string, unknown> = {}) => ({
  tweet: {
    id_str,
    created_at,
    full_text,
    lang: "en",
    entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
    favorite_count: "2",
    retweet_count: "1",
    ...extra,
  },
});
const newTweets = `window.YTD.tweets.part0 = ${JSON.stringify([
  tweet("330000000000000006", "Sat May 04 08:00:00 +0000 2013", "Worth reading https://t.co/q", {
    entities: {
      hashtags: [],
      symbols: [],
      user_mentions: [],
      urls: [{ url: "https://t.co/q", expanded_url: "https://twitter.com/ThinkTank/status/329999999999999777" }],
    },
  }),
  tweet("330000000000000001", "Wed May 01 12:34:56 +0000 2013", "Welcome to the ministry's new account @FriendlyMFA", {
    entities: { hashtags: [], symbols: [], user_mentions: [{ screen_name: "FriendlyMFA", id_str: "8002" }], urls: [] },
  }),
  tweet("1100000000000000001", "Mon Mar 04 09:00:00 +0000 2019", "Continuing the old thread.", {
    in_reply_to_status_id_str: "330000000000000001",
    in_reply_to_user_id_str: OWN_ID,
  }),
  tweet("1100000000000000002", "Mon Mar 04 10:00:00 +0000 2019", "A new statement."),
])}`;
const accountJs = `window.YTD.account.part0 = ${JSON.stringify([{ account: { accountId: OWN_ID, username: "OldMinistry" } }])}`;
const newZip = zipSync({ "data/account.js": strToU8(accountJs), "data/tweets.js": strToU8(newTweets) });

let database: TestDatabase;
let db: PrismaClient;
let accountId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const missionId = (
    await db.mission.create({
      data: { slug: "rome", name: "Embassy in Rome", kind: "embassy", country: "Italy", timeZone: "Europe/Rome" },
    })
  ).id;
  accountId = (await db.account.create({ data: { missionId, platform: "x", handle: "OldMinistry" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function runFile(fileName: string, bytes: Uint8Array) {
  const input: ImportFileInput = { fileName, bytes, accountId, actorId: null, via: "cli" };
  const runId = await startImportRun(db, input);
  return completeImportRun(db, runId, input);
}

const categories = async () =>
  Object.fromEntries(
    (await db.post.groupBy({ by: ["category"], where: { accountId }, _count: true })).map((g) => [
      g.category,
      g._count,
    ]),
  );

describe("an old X archive, then a newer one of the same account", () => {
  it("imports the old archive's month files, learns the own id from user_details.js, and the newer archive adds only its new tweets", async () => {
    const first = await runFile("twitter-2013-05.zip", oldZip);
    expect(first).toMatchObject({ status: "succeeded", format: "x-archive-legacy-zip", created: 7 });
    expect((await db.account.findUniqueOrThrow({ where: { id: accountId } })).platformUserId).toBe(OWN_ID);
    // Retweets (of a partner and of itself) amplification; the reply by id, the quote and the welcome mentioning another ministry engagement; the self-reply and the first tweet broadcast.
    expect(await categories()).toEqual({ amplification: 2, engagement: 3, broadcast: 2 });

    const again = await runFile("twitter-2013-05.zip", oldZip);
    expect(again).toMatchObject({ status: "succeeded", created: 0 });

    const newer = await runFile("twitter-2019-03-05.zip", newZip);
    expect(newer).toMatchObject({ status: "succeeded", format: "x-archive-zip", created: 2 });
    expect((newer.updated ?? 0) + (newer.unchanged ?? 0)).toBe(2);
    expect(await db.post.count({ where: { accountId } })).toBe(9);
    // The same tweet keeps its kind whichever archive it came from; the new self-reply is broadcast.
    const quote = await db.post.findFirstOrThrow({ where: { accountId, platformId: "330000000000000006" } });
    expect(quote).toMatchObject({ kind: "quote", category: "engagement", likeCount: 2 });
    expect(await categories()).toEqual({ amplification: 2, engagement: 3, broadcast: 4 });
  });
});
