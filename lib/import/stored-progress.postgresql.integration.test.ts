import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";

let database: TestDatabase;
let importer: PrismaClient;
let observer: PrismaClient;
let accountId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  // Two clients with their own connection pools stand for two app instances.
  importer = createPrismaClient(database.url);
  observer = createPrismaClient(database.url);
  const mission = await importer.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  accountId = (await importer.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } }))
    .id;
});

afterAll(async () => {
  await importer?.$disconnect();
  await observer?.$disconnect();
  database?.remove();
});

function tweetsJs(count: number): Uint8Array {
  const tweets = Array.from({ length: count }, (_, i) => ({
    tweet: {
      id_str: String(880000000000000000n + BigInt(i)),
      created_at: `Tue Aug 01 ${String(Math.floor(i / 3600) % 24).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")} +0000 2017`,
      full_text: `Progress tweet ${i} #diplomacy`,
      lang: "en",
    },
  }));
  return new TextEncoder().encode(`window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`);
}

describe("import progress on PostgreSQL", () => {
  it("is visible to another connection while the import's transaction is still open", async () => {
    const total = 30_000;
    const input: ImportFileInput = {
      fileName: "tweets.js",
      bytes: tweetsJs(total),
      accountId,
      actorId: null,
      via: "web",
    };
    const runId = await startImportRun(importer, input);
    const seen: { status: string; phase: string | null; written: number; posts: number }[] = [];
    let done = false;
    const watching = (async () => {
      while (!done) {
        const row = await observer.importRun.findUniqueOrThrow({ where: { id: runId } });
        // The posts themselves stay invisible until the import commits.
        const posts = await observer.post.count();
        seen.push({ status: row.status, phase: row.progressPhase, written: row.progressWritten, posts });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const outcome = await completeImportRun(importer, runId, input, undefined, { storeProgress: true }).finally(() => {
      done = true;
    });
    await watching;
    expect(outcome.status).toBe("succeeded");
    expect(outcome.created).toBe(total);

    const midway = seen.filter(
      (s) => s.status === "running" && s.phase === "writing" && s.written > 0 && s.written < total,
    );
    expect(midway.length).toBeGreaterThan(0);
    // Progress was readable while the posts were not yet: the transaction was still open.
    expect(midway.some((s) => s.posts === 0)).toBe(true);
    // The posts arrive all at once. (A sample's two reads are not one snapshot: the
    // commit may fall between them, and the run's status is set just after the commit,
    // so "running" next to all the posts is possible; a part of them never is.)
    expect(seen.filter((s) => s.posts !== 0 && s.posts !== total)).toEqual([]);
    // Counts only go up.
    const written = seen.filter((s) => s.status === "running").map((s) => s.written);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    const final = await observer.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(final.status).toBe("succeeded");
  }, 120_000);
});
