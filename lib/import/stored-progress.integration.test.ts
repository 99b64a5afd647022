import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createMigratedTestDatabase, type TestDatabase } from "../../scripts/test-support/test-database";
import { createPrismaClient } from "../prisma-client";
import type { Viewer } from "../auth/permissions";
import { startImportRun, type ImportFileInput } from "./run-import";
import { createStoredProgressRecorder } from "./stored-progress";

const analyst: Viewer = { userId: null, role: "analyst", missionId: null };

let database: TestDatabase;
let db: PrismaClient;
let input: ImportFileInput;

beforeAll(async () => {
  database = createMigratedTestDatabase();
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  const mission = await db.mission.create({
    data: { slug: "hq", name: "Ministry HQ", kind: "hq", country: "Mongolia", timeZone: "Asia/Ulaanbaatar" },
  });
  const account = await db.account.create({ data: { missionId: mission.id, platform: "x", handle: "MFAMongolia" } });
  input = {
    fileName: "tweets.js",
    bytes: new TextEncoder().encode("window.YTD.tweets.part0 = []"),
    accountId: account.id,
    actorId: null,
    via: "web",
  };
});

afterAll(async () => {
  await db?.$disconnect();
  const { prisma } = await import("../db");
  await prisma.$disconnect();
  database?.remove();
});

describe("import progress kept in the run row", () => {
  it("is what an instance that is not importing reports for the run, and only while it runs", async () => {
    const { getImportRun } = await import("../data/imports");
    const runId = await startImportRun(db, input);
    // Before anything is stored the run shows as queued (no progress).
    expect((await getImportRun(analyst, runId))?.progress).toBeNull();

    const recorder = createStoredProgressRecorder(db, runId, { intervalMs: 0 });
    recorder.record({ phase: "writing", read: 5000, written: 1500, total: 4800 });
    await recorder.flush();
    const running = await getImportRun(analyst, runId);
    expect(running?.status).toBe("running");
    expect(running?.progress).toEqual({ phase: "writing", read: 5000, written: 1500, total: 4800 });

    await db.importRun.update({ where: { id: runId }, data: { status: "succeeded", finishedAt: new Date() } });
    expect((await getImportRun(analyst, runId))?.progress).toBeNull();
    // A write arriving after the outcome leaves the finished run alone.
    recorder.record({ phase: "writing", read: 5000, written: 4800, total: 4800 });
    await recorder.flush();
    const row = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect([row.status, row.progressWritten]).toEqual(["succeeded", 1500]);
  });
});
