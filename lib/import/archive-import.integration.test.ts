// Issue 22, items 7 and 8, through the import run the upload screen and the
// command line share: a hostile archive is refused as a whole, with the entry
// named and why, and nothing is written.
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";
import { worded } from "./test-support/worded";
import type { StoredImportProblem } from "./types";
import { writeZipBomb } from "./test-support/bombs";
import { tarOf } from "./test-support/tar";

const tweets = readFileSync(path.join(__dirname, "fixtures", "tweets.js"));
const outbox = readFileSync(path.join(__dirname, "fixtures", "mastodon-outbox.json"));

let database: TestDatabase;
let db: PrismaClient;
let xAccountId: string;
let mastodonAccountId: string;
let dir: string;

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
  dir = await mkdtemp(path.join(tmpdir(), "chancery-archive-import-"));
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function runFile(input: Pick<ImportFileInput, "fileName" | "bytes" | "accountId" | "via">) {
  const full: ImportFileInput = { actorId: null, ...input };
  const runId = await startImportRun(db, full);
  const outcome = worded(await completeImportRun(db, runId, full));
  const row = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
  return { outcome, row, errors: worded(JSON.parse(row.errors) as StoredImportProblem[]) };
}

describe("hostile archives through an import run", () => {
  it.each(["web", "cli"] as const)(
    "refuses an X archive zip with ../evil or an absolute path next to a valid data/tweets.js (%s)",
    async (via) => {
      for (const [name, why] of [
        ["../evil", /climbs out of the folder/],
        ["/etc/cron.d/evil", /absolute path .*would write outside the folder/],
      ] as const) {
        const bytes = zipSync({ "twitter-2017/data/tweets.js": tweets, [name]: strToU8("* * * * * root sh") });
        const { outcome, errors } = await runFile({ fileName: "twitter-2017.zip", bytes, accountId: xAccountId, via });
        expect(outcome.status).toBe("rejected");
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ file: name, message: expect.stringMatching(why) });
      }
      expect(await db.post.count()).toBe(0);
    },
  );

  it("refuses a Mastodon export tar.gz with a climbing media entry", async () => {
    const bytes = gzipSync(
      tarOf([
        { name: "outbox.json", data: outbox },
        { name: "media_attachments/../../../evil.png", data: "png" },
      ]),
    );
    const { outcome, errors } = await runFile({
      fileName: "archive.tar.gz",
      bytes,
      accountId: mastodonAccountId,
      via: "web",
    });
    expect(outcome.status).toBe("rejected");
    expect(errors[0]).toMatchObject({
      file: "media_attachments/../../../evil.png",
      message: expect.stringMatching(/^This entry is refused: /),
    });
    expect(await db.post.count()).toBe(0);
  });

  it("refuses a 0.9 MB zip of three 290 MB tweets parts as a bomb, once, with what to do", async () => {
    const file = path.join(dir, "three-parts.zip");
    await writeZipBomb(
      file,
      ["data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js"].map((name) => ({
        name,
        zeros: 290 * 1024 * 1024,
      })),
    );
    const bytes = new Uint8Array(await readFile(file));
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    const { outcome, errors } = await runFile({ fileName: "twitter.zip", bytes, accountId: xAccountId, via: "web" });
    expect(outcome.status).toBe("rejected");
    expect(errors).toEqual([
      {
        index: null,
        field: null,
        file: "data/tweets.js",
        message: expect.stringMatching(
          /^This entry unpacks to more than 100 times its packed size, .*\. Upload the export as the platform produced it\.$/,
        ),
      },
    ]);
    expect(await db.post.count()).toBe(0);
  });
});
