/**
 * A running import's progress kept in its run row, so that every instance
 * behind a load balancer can show it, not only the one importing. The
 * importing process writes it outside the import's transaction, at most once
 * per interval and one write at a time. Only on PostgreSQL: on SQLite the
 * import's transaction holds the file's one write lock, so the write would
 * wait until the import ends — and one SQLite file is served by one process,
 * whose import queue already has the progress in memory.
 */
import type { PrismaClient } from "@prisma/client";
import { logEvent } from "../operations/log";
import type { ImportPhase, ImportRunProgress } from "./run-import";

export const STORED_PROGRESS_INTERVAL_MS = 500;

export interface StoredProgressRecorder {
  record(progress: ImportRunProgress): void;
  /** Resolves once every write started so far has finished (or failed). */
  flush(): Promise<void>;
}

export function createStoredProgressRecorder(
  db: PrismaClient,
  runId: string,
  { intervalMs = STORED_PROGRESS_INTERVAL_MS, now = Date.now }: { intervalMs?: number; now?: () => number } = {},
): StoredProgressRecorder {
  let lastWrite = Number.NEGATIVE_INFINITY;
  let lastPhase: ImportPhase | null = null;
  let writes: Promise<void> = Promise.resolve();
  let warned = false;
  return {
    record(progress) {
      // "queued" is what a run with no stored phase shows; "finished" is recorded as the outcome.
      if (progress.phase === "queued" || progress.phase === "finished") return;
      const at = now();
      if (progress.phase === lastPhase && at - lastWrite < intervalMs) return;
      lastWrite = at;
      lastPhase = progress.phase;
      const data = {
        progressPhase: progress.phase,
        progressRead: progress.read,
        progressWritten: progress.written,
        progressTotal: progress.total,
        progressAt: new Date(at),
      };
      writes = writes
        // Only while running: a late write must not touch a finished run.
        .then(() => db.importRun.updateMany({ where: { id: runId, status: "running" }, data }))
        .then(
          () => undefined,
          (error: unknown) => {
            // Progress is a courtesy to other instances; the import goes on without it.
            if (!warned)
              logEvent("warn", "import_progress_not_stored", {
                runId,
                message: error instanceof Error ? error.message.slice(0, 300) : String(error),
              });
            warned = true;
          },
        );
    },
    flush: () => writes,
  };
}

const STORED_PHASES: readonly ImportPhase[] = ["parsing", "writing"];

/** The progress a run row carries, for an instance that is not running the import itself. */
export function storedImportProgress(row: {
  status: string;
  progressPhase: string | null;
  progressRead: number;
  progressWritten: number;
  progressTotal: number;
}): ImportRunProgress | null {
  if (row.status !== "running") return null;
  const phase = STORED_PHASES.find((candidate) => candidate === row.progressPhase);
  if (!phase) return null;
  return { phase, read: row.progressRead, written: row.progressWritten, total: row.progressTotal };
}
