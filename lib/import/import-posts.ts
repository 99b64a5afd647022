/**
 * Writes parsed export records to the store for one account: new posts with
 * their kind, category, mentions and rule tags; changed reaction counts on
 * posts already there. All of it happens in one transaction, so a failed
 * import leaves the store exactly as it was, and re-importing a file adds
 * nothing twice (posts are unique per account and platform id).
 */
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { writeAudit } from "../auth/audit";
import { classifyPost, normalizeHandle, postKind } from "../metrics/post-kind";
import { compileThemeMatcher } from "../themes/keyword-matcher";
import { writeWithRollups } from "../data/rollups/write";
import { dateTimeParam, dialectOf } from "../data/sql-dialect";
import { detectLanguage, plausibleLanguages } from "./language";
import { normalizeLanguageCode, parseHostLanguages } from "../metrics/languages";
import { DEFAULT_METRIC_SETTINGS, mergeMetricSettings } from "../metrics/settings";
import { webUrlOrNull } from "../validations/web-url";
import type { ImportProblem, ImportRecord, ImportReport, SkippedRecord } from "./types";
import { message } from "../messages";
import { messageText } from "../message-text";

export interface ImportPostsInput {
  accountId: string;
  records: readonly ImportRecord[];
  /** The signed-in user who runs the import; null for the command line. */
  actorId: string | null;
  /** Records the parser left out, carried into the report. */
  skipped?: readonly SkippedRecord[];
  /** Records in the export, skipped ones included (defaults to records + skipped). */
  read?: number;
  /** Where the records came from (a file name), kept in the audit entry. */
  source?: string;
  /**
   * Done first in the import's own transaction, so that it is written with
   * the posts or not at all (e.g. the account's platform id learnt from the
   * file, and its audit entry).
   */
  alsoInTransaction?: (tx: Prisma.TransactionClient) => Promise<void>;
}

export interface ImportProgress {
  phase: "created" | "updated";
  done: number;
  total: number;
}

export interface ImportPostsOptions {
  batchSize?: number;
  /** Called after each written batch, inside the transaction: throwing aborts the whole import. */
  onProgress?: (progress: ImportProgress) => void;
  /** How long the transaction may run; a 200 MB archive takes minutes. */
  timeoutMs?: number;
}

/** The records cannot be imported as given; nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.length === 1 ? messageText(problems[0]!) : `${problems.length} problems prevent the import`);
    this.name = "ImportRejectedError";
  }
}

const DEFAULT_BATCH = 2000;
/** Platform ids looked up per query (bound as one JSON value: Prisma refuses more than 999 bound values). */
const LOOKUP_BATCH = 10_000;

/** The Post columns a bulk insert writes, in the order of its values. */
const POST_COLUMNS = [
  "id",
  "accountId",
  "platformId",
  "postedAt",
  "kind",
  "category",
  "replyToHandle",
  "quotedHandle",
  "repostOfHandle",
  "language",
  "text",
  "url",
  "likeCount",
  "replyCount",
  "repostCount",
  "isDemo",
  "createdAt",
] as const;
const MENTION_COLUMNS = ["postId", "handle"] as const;
const TAG_COLUMNS = ["postId", "themeId", "source", "createdAt"] as const;
const DEFAULT_TIMEOUT_MS = 15 * 60_000;

type Tx = Prisma.TransactionClient;
type ExistingCounts = {
  id: string;
  platformId: string;
  postedAt: string | Date;
  likeCount: number | null;
  replyCount: number | null;
  repostCount: number | null;
};

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Two records with one platform id are refused rather than merged: which
 * version's counts are right cannot be told, and a silent pick would hide a
 * broken export. Dates must be real.
 */
function checkRecords(records: readonly ImportRecord[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    if (record.platformId.trim() === "")
      problems.push({ index, field: "platformId", ...message("importProblems.record.empty") });
    const earlier = seen.get(record.platformId);
    if (earlier != null)
      problems.push({
        index,
        field: "platformId",
        ...message("importProblems.record.duplicatesRecord", { earlier, id: record.platformId }),
      });
    else seen.set(record.platformId, index);
    if (!(record.postedAt instanceof Date) || Number.isNaN(record.postedAt.getTime())) {
      problems.push({ index, field: "postedAt", ...message("importProblems.record.invalidDate") });
    }
  });
  return problems;
}

/** Incoming counts that differ from the stored ones; an unknown (null) incoming count never erases a known one. */
function changedCounts(existing: ExistingCounts, record: ImportRecord): Prisma.PostUpdateInput | null {
  const data: Prisma.PostUpdateInput = {};
  if (record.likeCount != null && record.likeCount !== existing.likeCount) data.likeCount = record.likeCount;
  if (record.replyCount != null && record.replyCount !== existing.replyCount) data.replyCount = record.replyCount;
  if (record.repostCount != null && record.repostCount !== existing.repostCount) data.repostCount = record.repostCount;
  return Object.keys(data).length > 0 ? data : null;
}

async function findExisting(tx: Tx, accountId: string, platformIds: string[]): Promise<Map<string, ExistingCounts>> {
  const existing = new Map<string, ExistingCounts>();
  const { param, jsonInListSql } = dialectOf(tx);
  for (const batch of chunks(platformIds, LOOKUP_BATCH)) {
    const rows = await tx.$queryRawUnsafe<ExistingCounts[]>(
      `SELECT "id", "platformId", "postedAt", "likeCount", "replyCount", "repostCount" FROM "Post" WHERE "accountId" = ${param(1)} AND ${jsonInListSql('"platformId"', 2)}`,
      accountId,
      JSON.stringify(batch),
    );
    for (const row of rows) existing.set(row.platformId, row);
  }
  return existing;
}

/**
 * The ministry's language from the stored metric settings (lib/data/settings.ts reads the same
 * row for the screens); the default when none is stored or the stored one is unreadable, since a
 * broken setting must not stop an import.
 */
async function ministryLanguageOf(tx: Tx): Promise<string> {
  const row = await tx.setting.findUnique({ where: { key: "metrics" }, select: { value: true } });
  try {
    return mergeMetricSettings(row ? JSON.parse(row.value) : undefined).ministryLanguage;
  } catch {
    return DEFAULT_METRIC_SETTINGS.ministryLanguage;
  }
}

export async function importPosts(
  db: PrismaClient,
  input: ImportPostsInput,
  options: ImportPostsOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const problems = checkRecords(input.records);
  if (problems.length > 0) throw new ImportRejectedError(problems);
  const skipped = [...(input.skipped ?? [])];

  return writeWithRollups(
    db,
    async (tx, written) => {
      const account = await tx.account.findUnique({
        where: { id: input.accountId },
        select: {
          id: true,
          handle: true,
          platform: true,
          platformUserId: true,
          mainLanguage: true,
          mission: { select: { hostLanguages: true } },
        },
      });
      if (!account)
        throw new ImportRejectedError([
          { index: null, field: "accountId", ...message("importProblems.noSuchAccount", { id: input.accountId }) },
        ]);
      const plausible = plausibleLanguages({
        hostLanguages: parseHostLanguages(account.mission.hostLanguages),
        ministryLanguage: await ministryLanguageOf(tx),
        accountLanguage: account.mainLanguage,
      });
      await input.alsoInTransaction?.(tx);

      const keywords = await tx.themeKeyword.findMany({
        select: { themeId: true, pattern: true },
        orderBy: [{ themeId: "asc" }, { pattern: "asc" }],
      });
      const matcher = compileThemeMatcher(keywords);
      const existing = await findExisting(
        tx,
        account.id,
        input.records.map((r) => r.platformId),
      );

      const fresh: ImportRecord[] = [];
      const updates: { id: string; postedAt: Date; data: Prisma.PostUpdateInput }[] = [];
      let unchanged = 0;
      for (const record of input.records) {
        const stored = existing.get(record.platformId);
        if (!stored) {
          fresh.push(record);
          continue;
        }
        const data = changedCounts(stored, record);
        if (data) updates.push({ id: stored.id, postedAt: new Date(stored.postedAt), data });
        else unchanged += 1;
      }

      let mentionCount = 0;
      let tagCount = 0;
      let created = 0;
      let linksDropped = 0;
      const createdAt = dateTimeParam(new Date());
      for (const batch of chunks(fresh, Math.max(1, batchSize))) {
        // Bulk inserts inside the same transaction, each batch bound as one JSON value
        // (see jsonBulkInsertSql): createManyAndReturn with per-batch mention and tag
        // inserts wrote ~3,400 posts/s; a 200,000-post archive is an ordinary import.
        const posts: (string | number | null)[][] = [];
        const mentions: string[][] = [];
        const tags: string[][] = [];
        for (const record of batch) {
          const shape = {
            authorHandle: account.handle,
            replyToHandle: record.replyToHandle,
            quotedHandle: record.quotedHandle,
            repostOfHandle: record.repostOfHandle,
            mentions: record.mentions,
            replyToPlatformUserId: record.replyToPlatformUserId,
            quotedPostId: record.quotedPostId,
            authorPlatformUserId: account.platformUserId,
          };
          const id = randomUUID();
          // Every format's links pass this one door: only web links are stored (lib/validations/web-url.ts).
          const url = webUrlOrNull(record.url);
          if (record.url != null && record.url.trim() !== "" && url === null) linksDropped += 1;
          posts.push([
            id,
            account.id,
            record.platformId,
            dateTimeParam(record.postedAt),
            postKind(shape),
            classifyPost(shape),
            record.replyToHandle,
            record.quotedHandle,
            record.repostOfHandle,
            // Exports without a language (or with "und") get a detected one among the mission's plausible
            // languages, null for short texts and weak guesses.
            normalizeLanguageCode(record.language) ? record.language : detectLanguage(record.text, plausible),
            record.text,
            url,
            record.likeCount,
            record.replyCount,
            record.repostCount,
            0,
            createdAt,
          ]);
          for (const handle of new Set(record.mentions.map(normalizeHandle).filter((h) => h !== "")))
            mentions.push([id, handle]);
          for (const themeId of matcher.match(record.text)) tags.push([id, themeId, "rule", createdAt]);
        }
        const { jsonBulkInsertSql, jsonBulkRows } = dialectOf(tx);
        await tx.$executeRawUnsafe(jsonBulkInsertSql("Post", POST_COLUMNS), jsonBulkRows(POST_COLUMNS, posts));
        if (mentions.length > 0)
          await tx.$executeRawUnsafe(
            jsonBulkInsertSql("PostMention", MENTION_COLUMNS),
            jsonBulkRows(MENTION_COLUMNS, mentions),
          );
        if (tags.length > 0)
          await tx.$executeRawUnsafe(jsonBulkInsertSql("PostTheme", TAG_COLUMNS), jsonBulkRows(TAG_COLUMNS, tags));
        created += batch.length;
        mentionCount += mentions.length;
        tagCount += tags.length;
        options.onProgress?.({ phase: "created", done: created, total: fresh.length });
      }

      let updated = 0;
      for (const batch of chunks(updates, batchSize)) {
        for (const update of batch) await tx.post.update({ where: { id: update.id }, data: update.data });
        updated += batch.length;
        options.onProgress?.({ phase: "updated", done: updated, total: updates.length });
      }

      // The rollups from the first day this import wrote on, from the posts now stored.
      let first = Infinity;
      for (const record of fresh) first = Math.min(first, record.postedAt.getTime());
      for (const update of updates) first = Math.min(first, update.postedAt.getTime());
      if (first < Infinity) written.posts({ accountIds: [account.id], from: new Date(first) });

      const report: ImportReport = {
        read: input.read ?? input.records.length + skipped.length,
        created,
        updated,
        unchanged,
        skipped,
        mentions: mentionCount,
        themeTags: tagCount,
        linksDropped,
        errors: [],
      };
      await writeAudit(tx, {
        actorId: input.actorId,
        action: "import_completed",
        targetType: "account",
        targetId: account.id,
        details: {
          platform: account.platform,
          handle: account.handle,
          source: input.source ?? null,
          read: report.read,
          created,
          updated,
          unchanged,
          skipped: skipped.length,
          mentions: mentionCount,
          themeTags: tagCount,
          linksDropped,
        },
      });
      return report;
    },
    { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxWait: 30_000 },
  );
}
