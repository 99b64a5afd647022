import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { institutionalAccountSql } from "./account-scope";
import { writeAudit } from "../auth/audit";
import { can, visibleMissionIds, type Viewer } from "../auth/permissions";
import { parseCsv } from "../import/csv";
import type { ImportProblem } from "../import/types";
import { message, type Message } from "../messages";
import type { Period } from "../metrics/dates";
import {
  categoryShares,
  topInterlocutors,
  type CategoryBucket,
  type CategoryShare,
  type InteractionCounts,
  type Interlocutor,
  type StakeholderCategory,
} from "../metrics/stakeholders";
import {
  STAKEHOLDER_CSV_COLUMNS,
  STAKEHOLDER_CSV_MAX_BYTES,
  STAKEHOLDER_CSV_MAX_ROWS,
  STAKEHOLDERS_PAGE_SIZE,
  stakeholderLabelSchema,
  type BulkStakeholderLabelInput,
  type StakeholderLabelInput,
  type StakeholderQuery,
} from "../validations/stakeholders";
import { normalizedHandleSql } from "./handle-sql";
import { toNumber } from "./sql-dialect";

/** Labels refused whole: the problems (params.problems) as codes and values, which the CSV form words line by line. */
function refusedLabels(problems: ImportProblem[]): AppError {
  return new AppError("invalid", { params: { problems } });
}

/** Whose posts a query counts: null = every mission; else these missions (maybe none). */
type MissionScope = readonly string[] | null;

/**
 * The missions a directory query covers: the viewer's, narrowed to one mission
 * when asked. A mission the viewer may not see is refused as not found.
 */
function missionScope(viewer: Viewer, missionId: string | null): MissionScope {
  const visible = visibleMissionIds(viewer);
  if (!missionId) return visible;
  if (visible !== null && !visible.includes(missionId)) throw new AppError("not_found");
  return [missionId];
}

const norm = (table: string, name: string) => normalizedHandleSql(Prisma.raw(`"${table}"."${name}"`));

/**
 * One row per (post, outside handle) in the period, by the rule of
 * lib/metrics/stakeholders.ts postInteractions: "priority" 1 reply, 2 quote,
 * 3 mention, 4 repost; a post keeps its strongest tie to a handle. Handles of
 * any ministry account on the post's platform (the author's included) are
 * not stakeholders.
 */
function interactionsCte(scope: MissionScope, period: Period): Prisma.Sql {
  const scoped = Prisma.sql`"Post"."postedAt" >= ${period.start} AND "Post"."postedAt" < ${period.endExclusive} AND ${institutionalAccountSql()}
      ${scope === null ? Prisma.empty : scope.length === 0 ? Prisma.sql`AND 1 = 0` : Prisma.sql`AND "Account"."missionId" IN (${Prisma.join([...scope])})`}`;
  const pair = (handle: Prisma.Sql, priority: number, extraJoin: Prisma.Sql, condition: Prisma.Sql) => Prisma.sql`
      SELECT "Post"."id" AS "postId", "Account"."missionId" AS "missionId", "Account"."platform" AS "platform",
             "Post"."postedAt" AS "postedAt", ${handle} AS "handle", ${Prisma.raw(String(priority))} AS "priority"
      FROM "Post" JOIN "Account" ON "Account"."id" = "Post"."accountId" ${extraJoin}
      WHERE ${scoped} AND ${condition}`;
  return Prisma.sql`
    WITH "Pair" AS (
      ${pair(norm("Post", "replyToHandle"), 1, Prisma.empty, Prisma.sql`"Post"."repostOfHandle" IS NULL AND "Post"."replyToHandle" IS NOT NULL`)}
      UNION ALL
      ${pair(norm("Post", "quotedHandle"), 2, Prisma.empty, Prisma.sql`"Post"."repostOfHandle" IS NULL AND "Post"."quotedHandle" IS NOT NULL`)}
      UNION ALL
      ${pair(norm("PostMention", "handle"), 3, Prisma.sql`JOIN "PostMention" ON "PostMention"."postId" = "Post"."id"`, Prisma.sql`"Post"."repostOfHandle" IS NULL`)}
      UNION ALL
      ${pair(norm("Post", "repostOfHandle"), 4, Prisma.empty, Prisma.sql`"Post"."repostOfHandle" IS NOT NULL`)}
    ),
    "Interaction" AS (
      SELECT "Pair"."postId", "Pair"."missionId", "Pair"."platform", "Pair"."postedAt", "Pair"."handle", MIN("Pair"."priority") AS "priority"
      FROM "Pair"
      WHERE "Pair"."handle" <> '' AND NOT EXISTS (
        SELECT 1 FROM "Account" AS "Own" WHERE "Own"."platform" = "Pair"."platform" AND ${norm("Own", "handle")} = "Pair"."handle")
      GROUP BY "Pair"."postId", "Pair"."missionId", "Pair"."platform", "Pair"."postedAt", "Pair"."handle"
    ),
    "Directory" AS (
      SELECT "Interaction"."platform" AS "platform", "Interaction"."handle" AS "handle",
             SUM(CASE WHEN "Interaction"."priority" = 1 THEN 1 ELSE 0 END) AS "replies",
             SUM(CASE WHEN "Interaction"."priority" = 2 THEN 1 ELSE 0 END) AS "quotes",
             SUM(CASE WHEN "Interaction"."priority" = 3 THEN 1 ELSE 0 END) AS "mentions",
             SUM(CASE WHEN "Interaction"."priority" = 4 THEN 1 ELSE 0 END) AS "reposts",
             SUM(CASE WHEN "Interaction"."priority" < 4 THEN 1 ELSE 0 END) AS "engagement",
             COUNT(*) AS "interactions",
             COUNT(DISTINCT "Interaction"."missionId") AS "missions",
             MAX("Interaction"."postedAt") AS "lastAt"
      FROM "Interaction"
      GROUP BY "Interaction"."platform", "Interaction"."handle"
    )`;
}

export interface StakeholderRow {
  platform: string;
  handle: string;
  counts: InteractionCounts;
  /** Replies + quotes + mentions + reposts; one per post and handle, so also the number of posts. */
  interactions: number;
  engagementInteractions: number;
  /** Missions whose accounts reached the handle in the period. */
  missions: number;
  lastInteractionAt: Date;
  label: { category: StakeholderCategory; displayName: string | null; note: string } | null;
}

export interface StakeholderDirectory {
  rows: StakeholderRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Of all outside accounts in scope, before the filters: how many carry a label. */
  labelled: number;
  all: number;
}

interface DirectoryRecord {
  platform: string;
  handle: string;
  replies: unknown;
  quotes: unknown;
  mentions: unknown;
  reposts: unknown;
  engagement: unknown;
  interactions: unknown;
  missions: unknown;
  lastAt: Date | string;
  category: string | null;
  displayName: string | null;
  note: string | null;
}

const n = (value: unknown) => toNumber(value as bigint | number | string | null);

function toRow(record: DirectoryRecord): StakeholderRow {
  return {
    platform: record.platform,
    handle: record.handle,
    counts: { reply: n(record.replies), quote: n(record.quotes), mention: n(record.mentions), repost: n(record.reposts) },
    interactions: n(record.interactions),
    engagementInteractions: n(record.engagement),
    missions: n(record.missions),
    lastInteractionAt: record.lastAt instanceof Date ? record.lastAt : new Date(record.lastAt),
    label: record.category ? { category: record.category as StakeholderCategory, displayName: record.displayName, note: record.note ?? "" } : null,
  };
}

const directoryColumns = Prisma.sql`"Directory".*, "Stakeholder"."category" AS "category", "Stakeholder"."displayName" AS "displayName", "Stakeholder"."note" AS "note"`;
const labelJoin = Prisma.sql`LEFT JOIN "Stakeholder" ON "Stakeholder"."platform" = "Directory"."platform" AND "Stakeholder"."handle" = "Directory"."handle"`;

function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The accounts outside the ministry that the viewer's missions reply to,
 * quote, mention or repost in the period, with their labels: filtered, sorted
 * by interactions, one page at a time. Aggregated in the database.
 */
export async function getStakeholderDirectory(
  viewer: Viewer,
  period: Period,
  query: StakeholderQuery,
  pageSize: number = STAKEHOLDERS_PAGE_SIZE,
): Promise<StakeholderDirectory> {
  const cte = interactionsCte(missionScope(viewer, query.missionId), period);
  const conditions: Prisma.Sql[] = [];
  if (query.category === "unlabelled") conditions.push(Prisma.sql`"Stakeholder"."id" IS NULL`);
  else if (query.category) conditions.push(Prisma.sql`"Stakeholder"."category" = ${query.category}`);
  if (query.search) {
    const pattern = likePattern(query.search);
    conditions.push(
      Prisma.sql`(lower("Directory"."handle") LIKE ${pattern} ESCAPE '\\' OR lower(COALESCE("Stakeholder"."displayName", '')) LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

  const [counts] = await prisma.$queryRaw<{ total: unknown; labelled: unknown; all: unknown }[]>(Prisma.sql`
    ${cte}
    SELECT SUM(CASE WHEN ${conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`} THEN 1 ELSE 0 END) AS "total",
           SUM(CASE WHEN "Stakeholder"."id" IS NOT NULL THEN 1 ELSE 0 END) AS "labelled",
           COUNT(*) AS "all"
    FROM "Directory" ${labelJoin}`);
  const total = n(counts?.total);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const records = await prisma.$queryRaw<DirectoryRecord[]>(Prisma.sql`
    ${cte}
    SELECT ${directoryColumns}
    FROM "Directory" ${labelJoin}
    ${where}
    ORDER BY "Directory"."interactions" DESC, "Directory"."handle" ASC, "Directory"."platform" ASC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  return { rows: records.map(toRow), total, page, pageCount, labelled: n(counts?.labelled), all: n(counts?.all) };
}

export interface StakeholderInsights {
  /** Engagement interactions with outside accounts (the denominator of the shares). */
  engagementInteractions: number;
  shares: CategoryShare[];
  top: Interlocutor[];
}

const TOP_INTERLOCUTORS = 10;

/** Share of engagement per stakeholder category and the top interlocutors, for one mission or all the viewer sees. */
export async function getStakeholderInsights(viewer: Viewer, period: Period, missionId: string | null): Promise<StakeholderInsights> {
  const cte = interactionsCte(missionScope(viewer, missionId), period);
  const [byCategory, top] = await Promise.all([
    prisma.$queryRaw<{ category: string; engagement: unknown }[]>(Prisma.sql`
      ${cte}
      SELECT COALESCE("Stakeholder"."category", 'unlabelled') AS "category", SUM("Directory"."engagement") AS "engagement"
      FROM "Directory" ${labelJoin}
      GROUP BY COALESCE("Stakeholder"."category", 'unlabelled')`),
    prisma.$queryRaw<DirectoryRecord[]>(Prisma.sql`
      ${cte}
      SELECT ${directoryColumns}
      FROM "Directory" ${labelJoin}
      WHERE "Directory"."engagement" > 0
      ORDER BY "Directory"."engagement" DESC, "Directory"."interactions" DESC, "Directory"."handle" ASC, "Directory"."platform" ASC
      LIMIT ${TOP_INTERLOCUTORS}`),
  ]);
  const rows = byCategory.map((row) => ({ category: row.category as CategoryBucket, engagementInteractions: n(row.engagement) }));
  const totalEngagement = rows.reduce((sum, row) => sum + row.engagementInteractions, 0);
  const interlocutors = top.map(toRow).map((row) => ({ platform: row.platform, handle: row.handle, category: row.label?.category ?? null, counts: row.counts }));
  return { engagementInteractions: totalEngagement, shares: categoryShares(rows), top: topInterlocutors(interlocutors, TOP_INTERLOCUTORS, totalEngagement) };
}

export interface MissionCategoryShares {
  missionId: string;
  missionName: string;
  engagementInteractions: number;
  shares: CategoryShare[];
}

/** Every visible mission's shares of engagement per category, in one grouped query. */
export async function getMissionCategoryShares(viewer: Viewer, period: Period): Promise<MissionCategoryShares[]> {
  const scope = missionScope(viewer, null);
  const cte = interactionsCte(scope, period);
  const [records, missions] = await Promise.all([
    prisma.$queryRaw<{ missionId: string; category: string; engagement: unknown }[]>(Prisma.sql`
      ${cte}
      SELECT "Interaction"."missionId" AS "missionId", COALESCE("Stakeholder"."category", 'unlabelled') AS "category",
             SUM(CASE WHEN "Interaction"."priority" < 4 THEN 1 ELSE 0 END) AS "engagement"
      FROM "Interaction"
      LEFT JOIN "Stakeholder" ON "Stakeholder"."platform" = "Interaction"."platform" AND "Stakeholder"."handle" = "Interaction"."handle"
      GROUP BY "Interaction"."missionId", COALESCE("Stakeholder"."category", 'unlabelled')`),
    prisma.mission.findMany({ where: scope ? { id: { in: [...scope] } } : {}, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return missions.map((mission) => {
    const rows = records
      .filter((record) => record.missionId === mission.id)
      .map((record) => ({ category: record.category as CategoryBucket, engagementInteractions: n(record.engagement) }));
    return {
      missionId: mission.id,
      missionName: mission.name,
      engagementInteractions: rows.reduce((sum, row) => sum + row.engagementInteractions, 0),
      shares: categoryShares(rows),
    };
  });
}

/** The mission a per-mission view is about, if the viewer may see it. */
export async function getStakeholderMission(viewer: Viewer, missionId: string): Promise<{ id: string; name: string } | null> {
  const visible = visibleMissionIds(viewer);
  if (visible !== null && !visible.includes(missionId)) return null;
  return prisma.mission.findUnique({ where: { id: missionId }, select: { id: true, name: true } });
}

// ---- Labelling -------------------------------------------------------------

type LabelSource = "single" | "bulk" | "csv";

async function ministryHandleKeys(tx: Prisma.TransactionClient): Promise<Set<string>> {
  const accounts = await tx.account.findMany({ select: { platform: true, handle: true } });
  return new Set(accounts.map((a) => `${a.platform}:${a.handle.trim().replace(/^@/, "").toLowerCase()}`));
}

/**
 * Writes labels in one transaction with one audit entry: all or nothing. A
 * ministry account is refused: it is part of the ministry's own network, not
 * a stakeholder. Bulk labelling sets the category only and keeps names and
 * notes already written.
 */
async function saveLabels(
  viewer: Viewer,
  labels: readonly (StakeholderLabelInput & { line?: number })[],
  source: LabelSource,
  categoryOnly: boolean,
): Promise<number> {
  if (!can(viewer, "label:stakeholders")) throw new AppError("forbidden");
  return prisma.$transaction(async (tx) => {
    const own = await ministryHandleKeys(tx);
    const refused = labels.filter((label) => own.has(`${label.platform}:${label.handle}`));
    if (refused.length > 0) {
      throw refusedLabels(
        refused.map((label) => ({ index: null, line: label.line ?? null, field: "handle", ...message("importProblems.labels.ownAccount", { handle: label.handle }) })),
      );
    }
    for (const label of labels) {
      const details = categoryOnly
        ? { category: label.category }
        : { category: label.category, displayName: label.displayName ?? null, note: label.note ?? "" };
      await tx.stakeholder.upsert({
        where: { platform_handle: { platform: label.platform, handle: label.handle } },
        create: { platform: label.platform, handle: label.handle, category: label.category, displayName: label.displayName ?? null, note: label.note ?? "", labelledById: viewer.userId },
        update: { ...details, labelledById: viewer.userId },
      });
    }
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: source === "csv" ? "stakeholder_labels_imported" : "stakeholders_labelled",
      targetType: "stakeholder",
      targetId: labels.length === 1 ? `${labels[0]!.platform}:${labels[0]!.handle}` : undefined,
      details: {
        source,
        count: labels.length,
        // Enough to see what changed without copying a whole file into the log.
        labels: labels.slice(0, 50).map((l) => `${l.platform}:${l.handle}=${l.category}`),
      },
    });
    return labels.length;
  });
}

/** One account's label, with its display name and note. */
export function labelStakeholder(viewer: Viewer, input: StakeholderLabelInput): Promise<number> {
  return saveLabels(viewer, [input], "single", false);
}

/** One category for several accounts at once. */
export function labelStakeholders(viewer: Viewer, input: BulkStakeholderLabelInput): Promise<number> {
  const unique = new Map(input.targets.map((t) => [`${t.platform}:${t.handle}`, { ...t, category: input.category, displayName: undefined, note: undefined }]));
  return saveLabels(viewer, [...unique.values()], "bulk", true);
}

/**
 * Labels from a CSV file (platform,handle,category[,displayName,note]): every
 * row is checked first and any problem, named by its line, refuses the whole
 * file, so nothing is written.
 */
export async function importStakeholderLabels(viewer: Viewer, content: string): Promise<number> {
  if (!can(viewer, "label:stakeholders")) throw new AppError("forbidden");
  const parsed = parseCsv(content, STAKEHOLDER_CSV_COLUMNS, { maxBytes: STAKEHOLDER_CSV_MAX_BYTES, maxRows: STAKEHOLDER_CSV_MAX_ROWS });
  if (!parsed.ok) throw refusedLabels(parsed.errors);
  const problems: ImportProblem[] = [];
  const labels: (StakeholderLabelInput & { line: number })[] = [];
  const firstLine = new Map<string, number>();
  for (const row of parsed.rows) {
    const result = stakeholderLabelSchema.safeParse({
      platform: row.values.platform?.toLowerCase(),
      handle: row.values.handle,
      category: row.values.category?.toLowerCase(),
      displayName: row.values.displayname,
      note: row.values.note,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        problems.push({ index: row.index, line: row.line, field, ...csvMessage(field, row.values[field === "displayName" ? "displayname" : field] ?? "") });
      }
      continue;
    }
    const key = `${result.data.platform}:${result.data.handle}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push({ index: row.index, line: row.line, field: "handle", ...message("importProblems.labels.alreadyLabelled", { handle: result.data.handle, platform: result.data.platform, line: earlier }) });
      continue;
    }
    firstLine.set(key, row.line);
    labels.push({ ...result.data, line: row.line });
  }
  if (problems.length > 0) throw refusedLabels(problems);
  return saveLabels(viewer, labels, "csv", false);
}

function csvMessage(field: string, value: string): Message {
  switch (field) {
    case "platform":
      return message("importProblems.labels.unknownPlatform", { value });
    case "category":
      return message("importProblems.labels.unknownCategory", { value });
    case "handle":
      return value === "" ? message("importProblems.labels.handleMissing") : message("importProblems.labels.notAHandle", { value });
    default:
      return message("importProblems.labels.tooLong");
  }
}
