import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createStoredProgressRecorder, storedImportProgress } from "./stored-progress";

function fakeDb(fail = false) {
  const writes: { where: unknown; data: Record<string, unknown> }[] = [];
  const db = {
    importRun: {
      updateMany: async (args: { where: unknown; data: Record<string, unknown> }) => {
        if (fail) throw new Error("connection refused");
        writes.push(args);
        return { count: 1 };
      },
    },
  } as unknown as PrismaClient;
  return { db, writes };
}

describe("createStoredProgressRecorder", () => {
  it("writes a phase change at once and the same phase at most once per interval", async () => {
    const { db, writes } = fakeDb();
    let clock = 1_000;
    const recorder = createStoredProgressRecorder(db, "run-1", { intervalMs: 500, now: () => clock });
    recorder.record({ phase: "queued", read: 0, written: 0, total: 0 }); // not stored
    recorder.record({ phase: "parsing", read: 0, written: 0, total: 0 }); // t=1000: written
    clock = 1_100;
    recorder.record({ phase: "writing", read: 900, written: 0, total: 900 }); // phase change: written
    clock = 1_400;
    recorder.record({ phase: "writing", read: 900, written: 300, total: 900 }); // 300 ms after: skipped
    clock = 1_600;
    recorder.record({ phase: "writing", read: 900, written: 600, total: 900 }); // 500 ms after: written
    clock = 1_700;
    recorder.record({ phase: "finished", read: 900, written: 900, total: 900 }); // the outcome records it
    await recorder.flush();
    expect(writes.map((w) => [w.data.progressPhase, w.data.progressWritten, w.data.progressTotal])).toEqual([
      ["parsing", 0, 0],
      ["writing", 0, 900],
      ["writing", 600, 900],
    ]);
    // Only a running run is touched, and the time written is the recorder's clock.
    expect(writes[0]!.where).toEqual({ id: "run-1", status: "running" });
    expect((writes[2]!.data.progressAt as Date).getTime()).toBe(1_600);
  });

  it("keeps importing when the store refuses a progress write", async () => {
    const { db } = fakeDb(true);
    const recorder = createStoredProgressRecorder(db, "run-2");
    recorder.record({ phase: "parsing", read: 0, written: 0, total: 0 });
    await expect(recorder.flush()).resolves.toBeUndefined();
  });
});

describe("storedImportProgress", () => {
  const row = {
    status: "running",
    progressPhase: "writing",
    progressRead: 1200,
    progressWritten: 400,
    progressTotal: 1150,
  };

  it("reads a running run's stored phase and counts", () => {
    expect(storedImportProgress(row)).toEqual({ phase: "writing", read: 1200, written: 400, total: 1150 });
    expect(storedImportProgress({ ...row, progressPhase: "parsing" })?.phase).toBe("parsing");
  });

  it("has no progress for a finished run, a run with nothing stored, or an unknown phase", () => {
    expect(storedImportProgress({ ...row, status: "succeeded" })).toBeNull();
    expect(storedImportProgress({ ...row, progressPhase: null })).toBeNull();
    expect(storedImportProgress({ ...row, progressPhase: "finished" })).toBeNull();
    expect(storedImportProgress({ ...row, progressPhase: "DROP TABLE" })).toBeNull();
  });
});
