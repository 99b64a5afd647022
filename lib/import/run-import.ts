/**
 * One import of one file, from bytes to a recorded outcome, shared by the
 * upload screen and the command line: the run is recorded first (who, which
 * file, its hash), then the file is recognised, parsed and written in one
 * transaction, and the run's row gets the counts or every problem. A refused
 * or failed file changes nothing but its own run record.
 */
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { writeAudit } from "../auth/audit";
import { normalizeHandle } from "../metrics/post-kind";
import { decideIdentity } from "./account-identity";
import { holdRun, releaseRun, workerOfThisProcess } from "./run-heartbeat";
import { importDirectoryCsv } from "./csv-directory";
import {
  decodeText,
  detectFormat,
  IMPORT_MAX_BYTES,
  parseExport,
  type DetectedFormat,
  type PostFormat,
} from "./formats";
import { importPosts, ImportRejectedError } from "./import-posts";
import { countSkippedByReason, type ImportProblem } from "./types";
import { dialectOf } from "../data/sql-dialect";
import { createStoredProgressRecorder } from "./stored-progress";
import { message, type Message } from "../messages";

/** How many problems a run keeps; the count is always exact. */
export const STORED_PROBLEMS_LIMIT = 200;

export type ImportVia = "web" | "cli";
export type ImportRunStatus = "running" | "succeeded" | "rejected" | "failed" | "interrupted";
export type ImportPhase = "queued" | "parsing" | "writing" | "finished";

export interface ImportRunProgress {
  phase: ImportPhase;
  /** Records found in the file so far (known once parsing is done). */
  read: number;
  /** Records written (new or updated) so far. */
  written: number;
  /** Records to write, once known. */
  total: number;
}

export interface ImportFileInput {
  fileName: string;
  bytes: Uint8Array;
  /** The account posts are imported for; directory files (missions, accounts, snapshots) have none. */
  accountId: string | null;
  actorId: string | null;
  via: ImportVia;
  /**
   * The user confirms that the file is the account's although it names another
   * platform id or handle (an account renamed or moved); audited.
   */
  confirmOtherAccount?: boolean;
}

export interface ImportRunOutcome {
  runId: string;
  status: Exclude<ImportRunStatus, "running" | "interrupted">;
  format: string | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  mentions: number;
  themeTags: number;
  errorCount: number;
  errors: ImportProblem[];
}

/** The platforms whose accounts each post format can belong to. */
export const PLATFORMS_BY_FORMAT: Record<PostFormat, readonly string[] | null> = {
  "x-archive": ["x"],
  "x-archive-zip": ["x"],
  "x-tweets-csv": ["x"],
  "x-grailbird": ["x"],
  "x-archive-legacy-zip": ["x"],
  "mastodon-outbox": ["mastodon"],
  "mastodon-export": ["mastodon"],
  feed: ["blog", "website"],
  "bluesky-feed": ["bluesky"],
  "bluesky-repo": ["bluesky"],
  "posts-csv": null,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function fileProblem(message: Message, field: string | null = null): ImportProblem {
  return { index: null, field, ...message };
}

/**
 * Records the run before anything is read, so that even a refused file
 * leaves a trace of who tried what.
 */
export async function startImportRun(db: PrismaClient, input: ImportFileInput): Promise<string> {
  // An unknown account id is refused by completeImportRun; the record cannot point at it.
  const account = input.accountId
    ? await db.account.findUnique({ where: { id: input.accountId }, select: { id: true } })
    : null;
  const run = await db.importRun.create({
    data: {
      target: "posts",
      format: "unknown",
      accountId: account?.id ?? null,
      actorId: input.actorId,
      via: input.via,
      fileName: input.fileName.slice(0, 255),
      fileHash: sha256Hex(input.bytes),
      fileBytes: input.bytes.byteLength,
      status: "running",
      ...workerOfThisProcess(),
    },
    select: { id: true },
  });
  holdRun(db, run.id);
  return run.id;
}

async function finishRun(
  db: PrismaClient,
  runId: string,
  outcome: Omit<ImportRunOutcome, "runId">,
  detected: DetectedFormat | null,
) {
  await db.importRun.update({
    where: { id: runId },
    data: {
      status: outcome.status,
      target: detected?.target ?? "posts",
      format: detected?.format ?? "unknown",
      // Directory files belong to no account, whatever was chosen on the screen.
      ...(detected && detected.target !== "posts" ? { accountId: null } : {}),
      read: outcome.read,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      skipped: outcome.skipped,
      skippedReasons: JSON.stringify(outcome.skippedReasons),
      errorCount: outcome.errorCount,
      errors: JSON.stringify(outcome.errors.slice(0, STORED_PROBLEMS_LIMIT)),
      finishedAt: new Date(),
    },
  });
}

const EMPTY_COUNTS = {
  read: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  skippedReasons: {},
  mentions: 0,
  themeTags: 0,
};

function refused(errors: ImportProblem[], format: string | null, read = 0): Omit<ImportRunOutcome, "runId"> {
  return { ...EMPTY_COUNTS, read, status: "rejected", format, errorCount: errors.length, errors };
}

async function importFile(
  db: PrismaClient,
  input: ImportFileInput,
  onProgress: (progress: ImportRunProgress) => void,
): Promise<{ outcome: Omit<ImportRunOutcome, "runId">; detected: DetectedFormat | null }> {
  if (input.bytes.byteLength === 0)
    return { outcome: refused([fileProblem(message("importProblems.fileEmpty"))], null), detected: null };
  if (input.bytes.byteLength > IMPORT_MAX_BYTES) {
    return {
      outcome: refused(
        [fileProblem(message("importProblems.fileOverLimit", { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 }))],
        null,
      ),
      detected: null,
    };
  }
  onProgress({ phase: "parsing", read: 0, written: 0, total: 0 });
  const detection = detectFormat(input.fileName, input.bytes);
  if (!detection.ok) return { outcome: refused(detection.errors, null), detected: null };
  const detected = detection.detected;

  if (detected.target !== "posts") {
    try {
      const report = await importDirectoryCsv(
        db,
        detected.target,
        decodeText(input.bytes),
        input.actorId,
        input.fileName,
      );
      onProgress({ phase: "writing", read: report.read, written: report.read, total: report.read });
      return {
        outcome: {
          ...EMPTY_COUNTS,
          ...report,
          status: "succeeded",
          format: detected.format,
          errorCount: 0,
          errors: [],
        },
        detected,
      };
    } catch (error) {
      if (error instanceof ImportRejectedError) return { outcome: refused(error.problems, detected.format), detected };
      throw error;
    }
  }
  if (!input.accountId)
    return {
      outcome: refused([fileProblem(message("importProblems.chooseAccount"), "accountId")], detected.format),
      detected,
    };
  const account = await db.account.findUnique({
    where: { id: input.accountId },
    select: { id: true, handle: true, platform: true, platformUserId: true },
  });
  if (!account)
    return {
      outcome: refused([fileProblem(message("importProblems.accountMissing"), "accountId")], detected.format),
      detected,
    };
  const platforms = PLATFORMS_BY_FORMAT[detected.format];
  if (platforms && !platforms.includes(account.platform)) {
    return {
      outcome: refused(
        [
          fileProblem(
            message("imports.refusals.platformMismatch", {
              filePlatform: platforms[0]!,
              handle: account.handle,
              accountPlatform: account.platform,
            }),
            "accountId",
          ),
        ],
        detected.format,
      ),
      detected,
    };
  }

  const parsed = await parseExport(detected, input.bytes, {
    authorHandle: normalizeHandle(account.handle),
    ownPlatformUserId: account.platformUserId,
  });
  if (!parsed.ok) return { outcome: refused(parsed.errors, detected.format, parsed.read), detected };

  // Whose export it is, before anything is written: a file of another account is refused unless the user confirms it.
  const identity = parsed.identity ?? null;
  const holder = identity
    ? await db.account.findFirst({
        where: { platform: account.platform, platformUserId: identity.platformUserId, id: { not: account.id } },
        select: { id: true, handle: true },
      })
    : null;
  const decision = decideIdentity(account, identity, holder, input.confirmOtherAccount === true);
  if (!decision.proceed) return { outcome: refused([decision.problem], detected.format, parsed.read), detected };
  const alsoInTransaction = async (tx: Prisma.TransactionClient) => {
    if (decision.learn) {
      // Only an account that has none yet learns one (another import may have taught it meanwhile).
      const learnt = await tx.account.updateMany({
        where: { id: account.id, platformUserId: null },
        data: { platformUserId: decision.learn },
      });
      if (learnt.count > 0) {
        await writeAudit(tx, {
          actorId: input.actorId,
          action: "account_identity_learned",
          targetType: "account",
          targetId: account.id,
          details: {
            platform: account.platform,
            handle: account.handle,
            platformUserId: decision.learn,
            fileHandle: identity?.handle ?? null,
            source: input.fileName,
          },
        });
      }
    }
    if (decision.confirmed) {
      await writeAudit(tx, {
        actorId: input.actorId,
        action: "import_other_account_confirmed",
        targetType: "account",
        targetId: account.id,
        details: {
          platform: account.platform,
          mismatch: decision.confirmed.mismatch,
          ...decision.confirmed.details,
          source: input.fileName,
        },
      });
    }
  };
  onProgress({ phase: "writing", read: parsed.read, written: 0, total: parsed.records.length });

  try {
    const report = await importPosts(
      db,
      {
        accountId: account.id,
        records: parsed.records,
        skipped: parsed.skipped,
        read: parsed.read,
        actorId: input.actorId,
        source: input.fileName,
        alsoInTransaction,
      },
      {
        onProgress: ({ phase, done, total }) =>
          onProgress({
            phase: "writing",
            read: parsed.read,
            // Updates follow the new posts; count both against the records to write.
            written: phase === "created" ? done : parsed.records.length - total + done,
            total: parsed.records.length,
          }),
      },
    );
    return {
      outcome: {
        status: "succeeded",
        format: detected.format,
        read: report.read,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped.length,
        skippedReasons: countSkippedByReason(report.skipped),
        mentions: report.mentions,
        themeTags: report.themeTags,
        errorCount: 0,
        errors: [],
      },
      detected,
    };
  } catch (error) {
    if (error instanceof ImportRejectedError)
      return { outcome: refused(error.problems, detected.format, parsed.read), detected };
    throw error;
  }
}

/**
 * Recognises, parses and writes the file of a started run, then records the
 * outcome on the run. On PostgreSQL the progress is also kept in the run's
 * row for the other instances (stored-progress.ts). Never throws for a bad file; an unexpected error is
 * recorded as "failed" (the transaction has rolled back) and thrown on.
 */
export async function completeImportRun(
  db: PrismaClient,
  runId: string,
  input: ImportFileInput,
  onProgress: (progress: ImportRunProgress) => void = () => {},
  { storeProgress = dialectOf(db).store === "postgresql" }: { storeProgress?: boolean } = {},
): Promise<ImportRunOutcome> {
  const stored = storeProgress ? createStoredProgressRecorder(db, runId) : null;
  const report = (progress: ImportRunProgress) => {
    stored?.record(progress);
    onProgress(progress);
  };
  try {
    const { outcome, detected } = await importFile(db, input, report).finally(() => stored?.flush());
    await finishRun(db, runId, outcome, detected);
    onProgress({
      phase: "finished",
      read: outcome.read,
      written: outcome.created + outcome.updated,
      total: outcome.created + outcome.updated,
    });
    return { runId, ...outcome };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await finishRun(
      db,
      runId,
      {
        ...refused([fileProblem(message("importProblems.unexpectedError", { detail: detail.slice(0, 300) }))], null),
        status: "failed",
      },
      null,
    ).catch(() => {});
    throw error;
  } finally {
    releaseRun(runId);
  }
}

export { markInterruptedRuns, type InterruptedRun } from "./run-heartbeat";
