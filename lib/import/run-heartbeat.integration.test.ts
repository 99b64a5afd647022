import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, runScript, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import { HEARTBEAT_INTERVAL_MS, markInterruptedRuns } from "./run-heartbeat";
import { completeImportRun, startImportRun, type ImportFileInput } from "./run-import";

let database: TestDatabase;
let db: PrismaClient;
let accountId: string;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  accountId = (await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  database?.remove();
});

/** An X archive's tweets.js of `count` tweets: large enough that importing it takes seconds. */
function tweetsJs(count: number): string {
  const tweets = Array.from({ length: count }, (_, i) => ({
    tweet: {
      id_str: String(800000000000000000n + BigInt(i)),
      created_at: "Tue Aug 08 10:00:00 +0000 2017",
      full_text: `Heartbeat test tweet number ${i} about our bilateral relations`,
      lang: "en",
    },
  }));
  return `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`;
}

const base = {
  target: "posts",
  format: "x-archive",
  via: "cli",
  fileName: "tweets.js",
  fileHash: "x",
  fileBytes: 1,
  status: "running",
} as const;

describe("interrupted import runs (issue 22, item 9)", () => {
  it("a run records its process and a heartbeat, and is no longer 'running' once it finishes", async () => {
    const input: ImportFileInput = {
      fileName: "tweets.js",
      bytes: new TextEncoder().encode(tweetsJs(3)),
      accountId,
      actorId: null,
      via: "cli",
    };
    const runId = await startImportRun(db, input);
    const started = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(started).toMatchObject({ status: "running", workerHost: hostname(), workerPid: process.pid });
    expect(started.heartbeatAt).not.toBeNull();
    // Held by this process: never marked while it works on it.
    expect(await markInterruptedRuns(db)).toEqual([]);
    await completeImportRun(db, runId, input);
    expect((await db.importRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("succeeded");
    expect(HEARTBEAT_INTERVAL_MS).toBeLessThan(60_000);
  });

  it("marks runs whose process is gone: a dead pid here at once, another machine's after a minute of silence", async () => {
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max default, so no process has it
    const deadHere = await db.importRun.create({
      data: { ...base, heartbeatAt: new Date(), workerHost: hostname(), workerPid: deadPid },
    });
    const liveHere = await db.importRun.create({
      data: {
        ...base,
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
        workerHost: hostname(),
        workerPid: process.ppid,
      },
    });
    const quietElsewhere = await db.importRun.create({
      data: { ...base, heartbeatAt: new Date(Date.now() - 61_000), workerHost: "another-instance", workerPid: 1 },
    });
    const beatingElsewhere = await db.importRun.create({
      data: { ...base, heartbeatAt: new Date(Date.now() - 20_000), workerHost: "another-instance", workerPid: 1 },
    });
    const marked = await markInterruptedRuns(db);
    expect(marked.map((run) => run.id).sort()).toEqual([deadHere.id, quietElsewhere.id].sort());
    const statuses = await db.importRun.findMany({
      where: { id: { in: [deadHere.id, liveHere.id, quietElsewhere.id, beatingElsewhere.id] } },
      select: { id: true, status: true, finishedAt: true },
    });
    expect(Object.fromEntries(statuses.map((run) => [run.id, run.status]))).toEqual({
      [deadHere.id]: "interrupted",
      [liveHere.id]: "running",
      [quietElsewhere.id]: "interrupted",
      [beatingElsewhere.id]: "running",
    });
    expect(statuses.find((run) => run.id === deadHere.id)!.finishedAt).not.toBeNull();
    await db.importRun.deleteMany({ where: { id: { in: [liveHere.id, beatingElsewhere.id] } } });
  });

  it("a command-line import killed with SIGKILL mid-run: its data is intact, and the next command-line start (or --recover) marks the run interrupted", async () => {
    const file = path.join(database.dir, "big-tweets.js");
    writeFileSync(file, tweetsJs(60_000));
    const postsBefore = await db.post.count();
    const child = spawn(
      path.join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["scripts/import.ts", "--account", "MFAMongolia", file],
      {
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // Wait until its run is recorded, then kill the process importing it (tsx runs the script in a
    // child of its own: the run names that one) without a chance to clean up.
    let run: { id: string; workerPid: number | null } | null = null;
    for (let i = 0; i < 300 && !run; i++) {
      run = await db.importRun.findFirst({
        where: { fileName: "big-tweets.js", status: "running" },
        select: { id: true, workerPid: true },
      });
      if (!run) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(run?.workerPid).toEqual(expect.any(Number));
    const runId = run!.id;
    process.kill(run!.workerPid!, "SIGKILL");
    await exited;
    expect((await db.importRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("running");
    expect(await db.post.count()).toBe(postsBefore);

    const recovered = runScript("import", database.url, "--recover");
    expect(recovered.stderr).toBe("");
    expect(recovered.status).toBe(0);
    expect(recovered.stdout).toContain("1 import run whose process had stopped marked as interrupted");
    expect(recovered.stdout).toContain(runId);
    expect((await db.importRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("interrupted");
    expect(runScript("import", database.url, "--recover").stdout).toContain(
      "No import run was left running by a stopped process.",
    );
  }, 60_000);
});
