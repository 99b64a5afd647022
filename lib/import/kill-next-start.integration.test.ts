import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, runScript, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } });
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

function tweetsJs(count: number, first: bigint): string {
  const tweets = Array.from({ length: count }, (_, i) => ({
    tweet: {
      id_str: String(first + BigInt(i)),
      created_at: "Tue Aug 08 10:00:00 +0000 2017",
      full_text: `Crash test tweet number ${i} about our bilateral relations`,
      lang: "en",
    },
  }));
  return `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`;
}

describe("a command-line import killed with kill -9 (issue 22, item 9)", () => {
  it("is marked interrupted by the next command-line import, not left running for 20 minutes", async () => {
    const big = path.join(database.dir, "killed-tweets.js");
    writeFileSync(big, tweetsJs(60_000, 700000000000000000n));
    // Its own process group, so that kill -9 reaches tsx and the node process it runs the script in.
    const child = spawn(
      path.join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["scripts/import.ts", "--account", "MFAMongolia", big],
      {
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: "ignore",
        detached: true,
      },
    );
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    let runId: string | null = null;
    for (let i = 0; i < 300 && !runId; i++) {
      runId =
        (
          await db.importRun.findFirst({
            where: { fileName: "killed-tweets.js", status: "running" },
            select: { id: true },
          })
        )?.id ?? null;
      if (!runId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(runId).not.toBeNull();
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    // Give the killed processes a moment to be gone from the process table.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const small = path.join(database.dir, "next-tweets.js");
    writeFileSync(small, tweetsJs(2, 710000000000000000n));
    const next = runScript("import", database.url, "--account", "MFAMongolia", small);
    expect(next.stderr).toBe("");
    expect(next.status).toBe(0);
    expect((await db.importRun.findUniqueOrThrow({ where: { id: runId! } })).status).toBe("interrupted");
    expect(await db.post.count()).toBe(2);
  }, 60_000);
});
