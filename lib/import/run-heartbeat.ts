/**
 * A run says it is alive while a process works on it, so that a run whose
 * process died (kill -9, a crash, a restarted server) is marked interrupted
 * within a minute rather than left "running".
 *
 * One timer per process writes `heartbeatAt` of every run it holds (queued or
 * importing) every 15 s. On SQLite a write transaction in progress holds the
 * heartbeat back (one writer at a time), so a long import would look silent;
 * the run therefore also names its process (host and pid), and a run of a
 * process on this machine is judged by whether that process still exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import type { PrismaClient } from "@prisma/client";
import { env } from "../env";

export const HEARTBEAT_INTERVAL_MS = 15_000;

/** A run silent this long, of a process elsewhere, is interrupted. CHANCERY_IMPORT_STALE_AFTER_MS shortens it for tests. */
export function staleAfterMs(): number {
  return env.CHANCERY_IMPORT_STALE_AFTER_MS;
}

/**
 * Longer than any import transaction may run (import-posts.ts allows 15
 * minutes): past it even a run whose pid exists is interrupted, since the pid
 * may have been reused by another program.
 */
const LONGEST_SILENCE_MS = 20 * 60_000;

interface HeartbeatState {
  held: Map<string, PrismaClient>;
  timer: ReturnType<typeof setInterval> | null;
  beating: boolean;
}

// On globalThis so that the development server's module reloads share one set.
const holder = globalThis as typeof globalThis & { __chanceryRunHeartbeat?: HeartbeatState };
const state: HeartbeatState = (holder.__chanceryRunHeartbeat ??= { held: new Map(), timer: null, beating: false });

/** What a new run records about the process that will import it. */
export function workerOfThisProcess(now = new Date()): { heartbeatAt: Date; workerHost: string; workerPid: number } {
  return { heartbeatAt: now, workerHost: hostname(), workerPid: process.pid };
}

async function beat(): Promise<void> {
  if (state.beating) return;
  state.beating = true;
  try {
    const byClient = new Map<PrismaClient, string[]>();
    for (const [runId, db] of state.held) byClient.set(db, [...(byClient.get(db) ?? []), runId]);
    for (const [db, ids] of byClient) {
      // A heartbeat that cannot be written now (SQLite busy with the import itself) is simply the next one's job.
      await db.importRun
        .updateMany({ where: { id: { in: ids }, status: "running" }, data: { heartbeatAt: new Date() } })
        .catch(() => {});
    }
  } finally {
    state.beating = false;
  }
}

/** This process works on the run from now on (queued or importing). */
export function holdRun(db: PrismaClient, runId: string): void {
  state.held.set(runId, db);
  if (!state.timer) {
    state.timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
    // The heartbeat never keeps a finished command-line import alive.
    state.timer.unref?.();
  }
}

export function releaseRun(runId: string): void {
  state.held.delete(runId);
  if (state.held.size === 0 && state.timer) {
    clearInterval(state.timer);
    state.timer = null;
  }
}

export function heldRunIds(): ReadonlySet<string> {
  return new Set(state.held.keys());
}

/**
 * Whether a process with this pid runs on this machine (signal 0 only checks).
 * A killed process whose parent died too stays a zombie until an init reaps
 * it, which a container's first process may never do: on Linux such a pid
 * counts as gone.
 */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // /proc/<pid>/stat is "pid (name) state …"; the name may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    // No /proc (not Linux), or the process ended just now.
    return existsSync("/proc/self/stat") ? false : true;
  }
}

export interface RunningRunRow {
  id: string;
  startedAt: Date;
  heartbeatAt: Date | null;
  workerHost: string | null;
  workerPid: number | null;
}

/** Whether a run recorded as running has lost its process. Pure but for the process check it is given. */
export function runIsInterrupted(
  run: RunningRunRow,
  {
    now,
    stillRunning,
    thisHost,
    thisPid,
    exists,
    staleAfter,
  }: {
    now: Date;
    stillRunning: ReadonlySet<string>;
    thisHost: string;
    thisPid: number;
    exists: (pid: number) => boolean;
    staleAfter: number;
  },
): boolean {
  if (stillRunning.has(run.id)) return false;
  const silentFor = now.getTime() - (run.heartbeatAt ?? run.startedAt).getTime();
  if (run.workerHost === thisHost && run.workerPid != null) {
    // This process does not hold it, so nobody here works on it.
    if (run.workerPid === thisPid) return true;
    return !exists(run.workerPid) || silentFor > LONGEST_SILENCE_MS;
  }
  return silentFor > staleAfter;
}

export interface InterruptedRun {
  id: string;
  fileName: string;
  startedAt: Date;
}

/**
 * Marks every run whose process is gone as interrupted (its transaction never
 * committed, so nothing of it was written) and returns them. Runs this process
 * holds, or `stillRunning` names, are left alone.
 */
export async function markInterruptedRuns(
  db: PrismaClient,
  stillRunning: ReadonlySet<string> = new Set(),
  now = new Date(),
): Promise<InterruptedRun[]> {
  const running = await db.importRun.findMany({
    where: { status: "running" },
    select: { id: true, fileName: true, startedAt: true, heartbeatAt: true, workerHost: true, workerPid: true },
  });
  const context = {
    now,
    stillRunning: new Set([...stillRunning, ...state.held.keys()]),
    thisHost: hostname(),
    thisPid: process.pid,
    exists: processExists,
    staleAfter: staleAfterMs(),
  };
  const lost = running.filter((run) => runIsInterrupted(run, context));
  if (lost.length === 0) return [];
  const ids = lost.map((run) => run.id);
  await db.importRun.updateMany({
    where: { id: { in: ids }, status: "running" },
    data: { status: "interrupted", finishedAt: now },
  });
  const marked = await db.importRun.findMany({
    where: { id: { in: ids }, status: "interrupted" },
    select: { id: true },
  });
  const markedIds = new Set(marked.map((run) => run.id));
  return lost
    .filter((run) => markedIds.has(run.id))
    .map(({ id, fileName, startedAt }) => ({ id, fileName, startedAt }));
}
