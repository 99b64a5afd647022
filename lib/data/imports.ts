import "server-only";
import { z } from "zod";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../auth/audit";
import { can, type Viewer } from "../auth/permissions";
import { normalizeHandle } from "../metrics/post-kind";
import { enqueueImportRun, liveImportProgress, liveImportRunIds } from "../import/import-queue";
import { markInterruptedRuns, PLATFORMS_BY_FORMAT, startImportRun, type ImportRunProgress, type ImportRunStatus } from "../import/run-import";
import { fetchFeed, type FeedFetchProblem, type FetchFeedOptions } from "../import/fetch-feed";
import { storedImportProgress } from "../import/stored-progress";
import type { StoredImportProblem } from "../import/types";
import type { MessageCode } from "../messages";
import type { CreateAccountInput } from "../validations/imports";

/** Imports are HQ work (admins and analysts); for everyone else the runs do not exist. */
function requireImporter(viewer: Viewer) {
  if (!can(viewer, "import:data")) throw new AppError("forbidden");
}

export interface ImportAccountOption {
  id: string;
  platform: string;
  handle: string;
  /** institutional | individual (an ambassador's personal account) */
  ownerType: string;
  missionName: string;
}

export interface ImportRunListItem {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: ImportRunStatus;
  target: string;
  format: string;
  fileName: string;
  fileHash: string;
  fileBytes: number;
  via: string;
  actorName: string | null;
  account: { id: string; handle: string; platform: string } | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errorCount: number;
}

export interface ImportRunDetail extends ImportRunListItem {
  skippedReasons: Record<string, number>;
  errors: StoredImportProblem[];
  /** Set while the file is still being imported (by this instance, or by another on PostgreSQL). */
  progress: ImportRunProgress | null;
}

const runSelect = {
  id: true,
  startedAt: true,
  finishedAt: true,
  status: true,
  target: true,
  format: true,
  fileName: true,
  fileHash: true,
  fileBytes: true,
  via: true,
  read: true,
  created: true,
  updated: true,
  unchanged: true,
  skipped: true,
  errorCount: true,
  actor: { select: { name: true } },
  account: { select: { id: true, handle: true, platform: true } },
} as const;

type RunRow = { actor: { name: string } | null; status: string } & Omit<ImportRunListItem, "actorName" | "status">;

function toListItem({ actor, status, ...run }: RunRow): ImportRunListItem {
  return { ...run, status: status as ImportRunStatus, actorName: actor?.name ?? null };
}

const problemPlace = z.object({
  index: z.number().nullable(),
  line: z.number().nullable().optional(),
  file: z.string().nullable().optional(),
  field: z.string().nullable(),
});

/** A run keeps each problem's catalog code and values; runs from before the codes kept the English sentence, shown as it is. */
const problemSchema = z.array(
  z.union([
    problemPlace.extend({ code: z.string().transform((code) => code as MessageCode), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
    problemPlace.extend({ message: z.string() }),
  ]),
);

function parseJson<T>(text: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export const IMPORT_RUNS_PAGE_SIZE = 25;

export async function listImportRuns(viewer: Viewer, limit = IMPORT_RUNS_PAGE_SIZE): Promise<ImportRunListItem[]> {
  requireImporter(viewer);
  await markInterruptedRuns(prisma, liveImportRunIds());
  const rows = await prisma.importRun.findMany({ select: runSelect, orderBy: { startedAt: "desc" }, take: limit });
  return rows.map(toListItem);
}

export async function getImportRun(viewer: Viewer, runId: string): Promise<ImportRunDetail | null> {
  requireImporter(viewer);
  // The screen polls a running import: if its process died, say so now rather than "running" for ever.
  const running = await prisma.importRun.findFirst({ where: { id: runId, status: "running" }, select: { id: true } });
  if (running) await markInterruptedRuns(prisma, liveImportRunIds());
  const row = await prisma.importRun.findUnique({
    where: { id: runId },
    select: { ...runSelect, skippedReasons: true, errors: true, progressPhase: true, progressRead: true, progressWritten: true, progressTotal: true },
  });
  if (!row) return null;
  const { skippedReasons, errors, progressPhase, progressRead, progressWritten, progressTotal, ...rest } = row;
  return {
    ...toListItem(rest),
    skippedReasons: parseJson(skippedReasons, z.record(z.string(), z.number()), {}),
    errors: parseJson(errors, problemSchema, []),
    // The importing process knows best; another instance reads what it stored in the row.
    progress:
      row.status === "running" ? (liveImportProgress(row.id) ?? storedImportProgress({ status: row.status, progressPhase, progressRead, progressWritten, progressTotal })) : null,
  };
}

/** Accounts posts can be imported for, with their mission, for the upload screen's chooser. */
export async function listImportAccounts(viewer: Viewer): Promise<ImportAccountOption[]> {
  requireImporter(viewer);
  const rows = await prisma.account.findMany({
    select: { id: true, platform: true, handle: true, ownerType: true, mission: { select: { name: true } } },
    orderBy: [{ mission: { name: "asc" } }, { platform: "asc" }, { handle: "asc" }],
  });
  return rows.map(({ mission, ...account }) => ({ ...account, missionName: mission.name }));
}

/** Every mission, for the new-account form. */
export async function listImportMissions(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  requireImporter(viewer);
  return prisma.mission.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * Records and queues an upload; the upload screen then polls the run. The
 * account is checked here as well as by the import itself, so that an unknown
 * id is answered at once.
 */
export async function startWebImport(viewer: Viewer, input: { accountId: string | null; fileName: string; bytes: Uint8Array; confirmOtherAccount?: boolean }): Promise<string> {
  requireImporter(viewer);
  if (input.accountId) {
    const account = await prisma.account.findUnique({ where: { id: input.accountId }, select: { id: true } });
    if (!account) throw new AppError("not_found");
  }
  const fileInput = { ...input, actorId: viewer.userId, via: "web" as const };
  const runId = await startImportRun(prisma, fileInput);
  void enqueueImportRun(prisma, runId, fileInput);
  return runId;
}

export type FeedImportResult = { ok: true; runId: string } | { ok: false; problem: FeedFetchProblem | { code: "not_a_feed_account" } };

/**
 * Fetches a blog's or website's feed and imports it as an upload. Who asks and
 * for which account is settled before any network traffic, so an unknown id or
 * a forbidden viewer never makes the server send a request; a fetch the
 * outbound client refuses is audited with the host asked for and why.
 */
export async function importFeed(viewer: Viewer, input: { accountId: string; url: string }, options: Pick<FetchFeedOptions, "client"> = {}): Promise<FeedImportResult> {
  requireImporter(viewer);
  const account = await prisma.account.findUnique({ where: { id: input.accountId }, select: { id: true, platform: true } });
  if (!account) throw new AppError("not_found");
  if (!PLATFORMS_BY_FORMAT.feed?.includes(account.platform)) return { ok: false, problem: { code: "not_a_feed_account" } };
  const fetched = await fetchFeed(input.url, options);
  if (!fetched.ok) {
    if (fetched.refusal) {
      await writeAudit(prisma, {
        actorId: viewer.userId,
        action: "fetch_refused",
        targetType: "account",
        targetId: account.id,
        details: { host: fetched.refusal.host, reason: fetched.refusal.reason },
      });
    }
    return { ok: false, problem: fetched.problem };
  }
  const url = new URL(fetched.finalUrl);
  const runId = await startWebImport(viewer, { accountId: account.id, fileName: `${url.host}${url.pathname}`.slice(0, 255), bytes: new TextEncoder().encode(fetched.content) });
  return { ok: true, runId };
}

/** A new account for a mission, created from the upload screen before its first import. */
export async function createAccountForImport(viewer: Viewer, input: CreateAccountInput): Promise<{ id: string }> {
  requireImporter(viewer);
  const mission = await prisma.mission.findUnique({ where: { id: input.missionId }, select: { id: true } });
  // Field errors are catalog codes under "imports.errors".
  if (!mission) throw new AppError("not_found", { fieldErrors: { missionId: ["missionUnknown"] } });
  // Kept as typed (without "@"); compared case-insensitively, as platforms do.
  const handle = input.handle.trim().replace(/^@/, "");
  const samePlatform = await prisma.account.findMany({ where: { platform: input.platform }, select: { handle: true } });
  if (samePlatform.some((account) => normalizeHandle(account.handle) === normalizeHandle(handle))) throw new AppError("conflict", { fieldErrors: { handle: ["handleTaken"] } });
  return prisma.$transaction(async (tx) => {
    const account = await tx.account.create({
      data: {
        missionId: mission.id,
        platform: input.platform,
        handle,
        displayName: input.displayName || null,
        url: input.url || null,
        declaredUse: input.declaredUse,
        ownerType: input.ownerType,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: "account_created",
      targetType: "account",
      targetId: account.id,
      details: { platform: input.platform, handle, missionId: mission.id },
    });
    return account;
  });
}
