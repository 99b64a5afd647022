import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";
import { worded } from "./test-support/worded";

// Hand-made fixtures in the structure of a real X archive (tweets.js without quote fields, data/account.js).
const tweets = readFileSync(path.join(__dirname, "fixtures", "x-archive-real-shape.js"), "utf8");
const accountJs = readFileSync(path.join(__dirname, "fixtures", "x-account.js"), "utf8");
const archiveZip = zipSync({
  "twitter-2022-03-02/data/account.js": strToU8(accountJs),
  "twitter-2022-03-02/data/tweets.js": strToU8(tweets),
});
const OWN_ID = "700000001";
// A later tweets.js alone: a reply to the own id whose parent is in no file of this upload.
const laterReply = `window.YTD.tweets.part0 = ${JSON.stringify([
  {
    tweet: {
      id_str: "1600000000000000001",
      created_at: "Wed Mar 01 09:00:00 +0000 2023",
      full_text: "A year on, the programme continues.",
      lang: "en",
      in_reply_to_status_id_str: "1500000000000000007",
      in_reply_to_user_id_str: OWN_ID,
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      favorite_count: "0",
      retweet_count: "0",
    },
  },
  {
    tweet: {
      id_str: "1600000000000000002",
      created_at: "Wed Mar 01 10:00:00 +0000 2023",
      full_text: "Continuing our thread.",
      lang: "en",
      in_reply_to_status_id_str: "1400000000000000001",
      in_reply_to_user_id_str: OWN_ID,
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      favorite_count: "0",
      retweet_count: "0",
    },
  },
])}`;

let database: TestDatabase;
let db: PrismaClient;
let missionId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  missionId = (
    await db.mission.create({
      data: {
        slug: "berlin",
        name: "Embassy in Berlin",
        kind: "embassy",
        country: "Germany",
        timeZone: "Europe/Berlin",
      },
    })
  ).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function account(handle: string, platformUserId: string | null = null) {
  return (await db.account.create({ data: { missionId, platform: "x", handle, platformUserId } })).id;
}

async function runFile(input: Partial<ImportFileInput> & { accountId: string }) {
  const full: ImportFileInput = {
    fileName: "twitter-2022-03-02.zip",
    bytes: archiveZip,
    actorId: null,
    via: "cli",
    ...input,
  };
  const runId = await startImportRun(db, full);
  return worded(await completeImportRun(db, runId, full));
}

const categories = async (accountId: string) =>
  Object.fromEntries(
    (await db.post.groupBy({ by: ["category"], where: { accountId }, _count: true })).map((g) => [
      g.category,
      g._count,
    ]),
  );

describe("an X archive's own account", () => {
  it("is learnt from data/account.js on the first import; quotes and id-only replies are engagement, self-quotes and self-replies broadcast", async () => {
    const id = await account("ExampleEmbassy");
    expect(await runFile({ accountId: id })).toMatchObject({ status: "succeeded", created: 10 });
    expect((await db.account.findUniqueOrThrow({ where: { id } })).platformUserId).toBe(OWN_ID);
    expect(await categories(id)).toEqual({ engagement: 6, broadcast: 4 });
    const kinds = Object.fromEntries(
      (await db.post.findMany({ where: { accountId: id }, select: { platformId: true, kind: true } })).map((p) => [
        p.platformId,
        p.kind,
      ]),
    );
    expect(kinds).toMatchObject({
      "1500000000000000001": "quote",
      "1500000000000000003": "quote",
      "1500000000000000008": "reply",
      "1500000000000000010": "reply",
    });

    // A later plain tweets.js names no account: the learnt id makes its replies to the own id self-replies.
    const later = await runFile({ accountId: id, fileName: "tweets.js", bytes: strToU8(laterReply) });
    expect(later).toMatchObject({ status: "succeeded", created: 2 });
    expect(await categories(id)).toEqual({ engagement: 6, broadcast: 6 });
  });

  it("refuses the archive for an X account that has another id, and writes nothing", async () => {
    const id = await account("ExampleEmbassy2", "700000999");
    const outcome = await runFile({ accountId: id });
    expect(outcome).toMatchObject({ status: "rejected", created: 0 });
    expect(outcome.errors[0]!.message).toContain(OWN_ID);
    expect(await db.post.count({ where: { accountId: id } })).toBe(0);
  });

  it('names the platforms in words when the file is another platform\'s ("an X account", not "a x account")', async () => {
    const mastodonId = (
      await db.account.create({ data: { missionId, platform: "mastodon", handle: "hostile@diplo.social" } })
    ).id;
    const toMastodon = await runFile({ accountId: mastodonId });
    expect(toMastodon.errors[0]!.message).toBe(
      "This file is an X export, but @hostile@diplo.social is a Mastodon account. Choose the account the file belongs to.",
    );
    const xId = await account("hostilex");
    const outbox = JSON.stringify({
      "@context": "https://www.w3.org/ns/activitystreams",
      type: "OrderedCollection",
      orderedItems: [],
    });
    const toX = await runFile({ accountId: xId, fileName: "outbox.json", bytes: strToU8(outbox) });
    expect(toX.errors[0]!.message).toBe(
      "This file is a Mastodon export, but @hostilex is an X account. Choose the account the file belongs to.",
    );
  });
});
