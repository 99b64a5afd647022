/**
 * Imports started from the upload screen run in this server process, one at
 * a time (SQLite has one writer; two long import transactions would only
 * wait on each other), while the screen polls their progress. Progress is
 * kept here, in memory, for the screen polling this process; on PostgreSQL
 * the run's row carries it as well, for the other instances
 * (stored-progress.ts).
 */
import type { PrismaClient } from "@prisma/client";
import { logEvent } from "../operations/log";
import { completeImportRun, type ImportFileInput, type ImportRunProgress } from "./run-import";

interface ImportQueueState {
  progress: Map<string, ImportRunProgress>;
  tail: Promise<void>;
}

// Kept on globalThis so that the development server's module reloads share one queue.
const holder = globalThis as typeof globalThis & { __chanceryImportQueue?: ImportQueueState };
const state: ImportQueueState = (holder.__chanceryImportQueue ??= { progress: new Map(), tail: Promise.resolve() });

/** Queues a started run; returns at once. The run's row records the outcome. */
export function enqueueImportRun(db: PrismaClient, runId: string, input: ImportFileInput): Promise<void> {
  state.progress.set(runId, { phase: "queued", read: 0, written: 0, total: 0 });
  const job = state.tail.then(async () => {
    const started = Date.now();
    try {
      const outcome = await completeImportRun(db, runId, input, (progress) => state.progress.set(runId, progress));
      logEvent("info", "import_finished", {
        runId,
        via: input.via,
        status: outcome.status,
        format: outcome.format,
        bytes: input.bytes.byteLength,
        read: outcome.read,
        created: outcome.created,
        updated: outcome.updated,
        skipped: outcome.skipped,
        problems: outcome.errorCount,
        durationMs: Date.now() - started,
      });
    } catch (error) {
      // The run is recorded as failed by completeImportRun; the server log gets the cause.
      logEvent("error", "import_failed", {
        runId,
        via: input.via,
        durationMs: Date.now() - started,
        message: error instanceof Error ? error.message.slice(0, 500) : String(error),
      });
    } finally {
      state.progress.delete(runId);
    }
  });
  state.tail = job;
  return job;
}

/** Progress of a run this process is importing (or has queued); null once it is finished or unknown here. */
export function liveImportProgress(runId: string): ImportRunProgress | null {
  return state.progress.get(runId) ?? null;
}

export function liveImportRunIds(): ReadonlySet<string> {
  return new Set(state.progress.keys());
}
