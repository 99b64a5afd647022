import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";
import { worded } from "./test-support/worded";
import { repoCar } from "./test-support/bluesky-car";

// Hand-made fixtures in the structure of Mastodon's backup (activities carry their actor; actor.json the account).
const outbox = readFileSync(path.join(__dirname, "fixtures", "mastodon-self-thread-outbox.json"), "utf8");
const actor = readFileSync(path.join(__dirname, "fixtures", "mastodon-actor.json"), "utf8");
const exportZip = zipSync({ "outbox.json": strToU8(outbox), "actor.json": strToU8(actor) });
const ACTOR = "https://mastodon.social/users/MongoliaMFA";
const BERLIN = "https://diplo.social/users/embassy_berlin";
const bskyFeed = readFileSync(path.join(__dirname, "fixtures", "bluesky-handle-changed-feed.json"));
const DID = "did:plc:embassyberlinmn";

let database: TestDatabase;
let db: PrismaClient;
let missionId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  missionId = (
    await db.mission.create({
      data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
    })
  ).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

async function account(platform: string, handle: string, platformUserId: string | null = null) {
  return (await db.account.create({ data: { missionId, platform, handle, platformUserId } })).id;
}

async function runFile(input: Partial<ImportFileInput> & { accountId: string }) {
  const full: ImportFileInput = { fileName: "archive.zip", bytes: exportZip, actorId: null, via: "cli", ...input };
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
const audits = (action: string, targetId: string) => db.auditEntry.findMany({ where: { action, targetId } });

describe("the account's own platform id", () => {
  it("is learnt from the first export that names it, and the self-thread counts as broadcast", async () => {
    const id = await account("mastodon", "mongoliamfa@mastodon.social");
    expect(await runFile({ accountId: id })).toMatchObject({ status: "succeeded", created: 7 });
    expect((await db.account.findUniqueOrThrow({ where: { id } })).platformUserId).toBe(ACTOR);
    expect(await categories(id)).toEqual({ broadcast: 4, engagement: 2, amplification: 1 });
    const [learnt] = await audits("account_identity_learned", id);
    expect(JSON.parse(learnt!.details)).toMatchObject({ platformUserId: ACTOR, handle: "mongoliamfa@mastodon.social" });
    // The same file again: the id agrees, nothing new.
    expect(await runFile({ accountId: id })).toMatchObject({ status: "succeeded", created: 0, unchanged: 7 });
    expect(await audits("account_identity_learned", id)).toHaveLength(1);
  });

  it("refuses another account's file, naming both handles and ids, and writes nothing", async () => {
    const id = await account("mastodon", "embassy_berlin@diplo.social", BERLIN);
    const auditsBefore = await db.auditEntry.count();
    const outcome = await runFile({ accountId: id });
    expect(outcome).toMatchObject({ status: "rejected", created: 0, errorCount: 1 });
    const message = outcome.errors[0]!.message;
    for (const part of [
      "@mongoliamfa@mastodon.social",
      ACTOR,
      "@embassy_berlin@diplo.social",
      BERLIN,
      "Nothing was written",
      "--confirm-other-account",
    ])
      expect(message).toContain(part);
    expect(outcome.errors[0]!.field).toBe("platformUserId");
    expect(await db.post.count({ where: { accountId: id } })).toBe(0);
    expect(await db.auditEntry.count()).toBe(auditsBefore);
    expect((await db.account.findUniqueOrThrow({ where: { id } })).platformUserId).toBe(BERLIN);
  });

  it("imports another account's file when the user confirms it, keeps the stored id, and audits the confirmation", async () => {
    const id = await account(
      "mastodon",
      "embassy_berlin_old@diplo.social",
      BERLIN.replace("embassy_berlin", "embassy_berlin_old"),
    );
    const outcome = await runFile({ accountId: id, confirmOtherAccount: true, actorId: null });
    expect(outcome).toMatchObject({ status: "succeeded", created: 7 });
    // The file's own actor is the author of the self-thread: still broadcast.
    expect(await categories(id)).toEqual({ broadcast: 4, engagement: 2, amplification: 1 });
    expect((await db.account.findUniqueOrThrow({ where: { id } })).platformUserId).toBe(
      "https://diplo.social/users/embassy_berlin_old",
    );
    const [confirmed] = await audits("import_other_account_confirmed", id);
    expect(JSON.parse(confirmed!.details)).toMatchObject({
      mismatch: "id_differs",
      filePlatformUserId: ACTOR,
      fileHandle: "mongoliamfa@mastodon.social",
      accountPlatformUserId: "https://diplo.social/users/embassy_berlin_old",
      source: "archive.zip",
    });
  });

  it("refuses, on a first import, a file whose handle is another's or whose id another account here has", async () => {
    const namesake = await account("mastodon", "mfa@mastodon.social");
    const un = zipSync({
      "outbox.json": strToU8(outbox.replaceAll("MongoliaMFA", "MongoliaUN")),
      "actor.json": strToU8(actor.replaceAll("MongoliaMFA", "MongoliaUN")),
    });
    const other = await runFile({ accountId: namesake, bytes: un });
    expect(other).toMatchObject({
      status: "rejected",
      errors: [
        {
          message: expect.stringContaining(
            "This file is the export of @mongoliaun@mastodon.social (platform id https://mastodon.social/users/MongoliaUN), not of @mfa@mastodon.social.",
          ),
        },
      ],
    });
    // Entered before hosts were required: the name agrees, but the first account above already has this id.
    const legacy = await account("mastodon", "MongoliaMFA");
    const taken = await runFile({ accountId: legacy });
    expect(taken).toMatchObject({
      status: "rejected",
      errors: [
        {
          message: expect.stringContaining("which is the account @mongoliamfa@mastodon.social here, not @MongoliaMFA"),
        },
      ],
    });
    expect(await db.post.count({ where: { accountId: { in: [namesake, legacy] } } })).toBe(0);
    expect(
      (await db.account.findMany({ where: { id: { in: [namesake, legacy] } } })).map((a) => a.platformUserId),
    ).toEqual([null, null]);
  });

  it("learns a Bluesky DID from a renamed account's feed once confirmed, then refuses another repository", async () => {
    const id = await account("bluesky", "mongoliaembassy.bsky.social");
    const first = await runFile({ accountId: id, bytes: bskyFeed, fileName: "feed.json" });
    expect(first).toMatchObject({
      status: "rejected",
      errors: [
        {
          message: expect.stringContaining(
            `@mongolia-embassy.de.example (platform id ${DID}), not of @mongoliaembassy.bsky.social`,
          ),
        },
      ],
    });
    expect(
      await runFile({ accountId: id, bytes: bskyFeed, fileName: "feed.json", confirmOtherAccount: true }),
    ).toMatchObject({ status: "succeeded", created: 6 });
    expect((await db.account.findUniqueOrThrow({ where: { id } })).platformUserId).toBe(DID);
    expect(await categories(id)).toEqual({ broadcast: 4, engagement: 1, amplification: 1 });
    const car = await repoCar("did:plc:someoneelse", [
      ["app.bsky.feed.post/3zz1", { $type: "app.bsky.feed.post", text: "not ours", createdAt: "2024-05-04T09:00:00Z" }],
    ]);
    const refused = await runFile({ accountId: id, bytes: car, fileName: "repo.car" });
    expect(refused).toMatchObject({
      status: "rejected",
      errors: [
        {
          message: expect.stringContaining(
            `the account with platform id did:plc:someoneelse, but @mongoliaembassy.bsky.social is the account with platform id ${DID}`,
          ),
        },
      ],
    });
  });
});
