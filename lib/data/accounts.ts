import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { canViewMission, type Viewer } from "../auth/permissions";
import { postsPerWeek } from "../metrics/cadence";
import type { Period } from "../metrics/dates";
import type { MetricSettings } from "../metrics/settings";
import { statusHistory, type PostingRecord, type StatusInterval } from "../metrics/status-history";
import { getAccountFigures, type AccountFigures } from "./account-figures";
import { getRollupReader, rollupKeys } from "./rollups";
import { column, dialectOf } from "./sql-dialect";

export interface AccountSnapshotRow {
  takenAt: Date;
  followers: number | null;
  following: number | null;
  totalPosts: number | null;
  source: string;
}

export interface AccountDetail {
  account: {
    id: string;
    handle: string;
    /** The platform's own id (X user id, Mastodon actor URI, Bluesky DID), once an import has learnt it. */
    platformUserId: string | null;
    displayName: string | null;
    platform: string;
    url: string | null;
    declaredUse: string;
    ownerType: string;
    mainLanguage: string | null;
    isPrivate: boolean;
    isDemo: boolean;
    openedAt: Date | null;
    mission: { id: string; name: string };
  };
  /** The same figures as the mission's account table. */
  figures: AccountFigures;
  /** Posts per week in the period. */
  cadence: number;
  statusHistory: StatusInterval[];
  /** Snapshots taken up to the end of D, oldest first. */
  snapshots: AccountSnapshotRow[];
}

/**
 * One account with its figures, posting cadence, status history and
 * snapshots as of D; null when it does not exist or the viewer may not see
 * its mission.
 */
export async function getAccountDetail(
  viewer: Viewer,
  accountId: string,
  period: Period,
  settings: MetricSettings,
): Promise<AccountDetail | null> {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      handle: true,
      platformUserId: true,
      displayName: true,
      platform: true,
      url: true,
      declaredUse: true,
      ownerType: true,
      mainLanguage: true,
      isPrivate: true,
      isDemo: true,
      openedAt: true,
      createdAt: true,
      missionId: true,
      mission: { select: { id: true, name: true } },
    },
  });
  if (!account || !canViewMission(viewer, account.missionId)) return null;

  const [figures, record, snapshots] = await Promise.all([
    getAccountFigures(prisma, [account.id], period, settings),
    getPostingRecord(account.id, period, settings.dormancyThresholdDays),
    prisma.accountSnapshot.findMany({
      where: { accountId: account.id, takenAt: { lt: period.endExclusive } },
      select: { takenAt: true, followers: true, following: true, totalPosts: true, source: true },
      orderBy: { takenAt: "asc" },
    }),
  ]);
  const accountFigures = figures[0]!;
  const { createdAt, missionId: _missionId, ...rest } = account;
  const since = account.openedAt ?? record.firstPostAt ?? createdAt;
  return {
    account: rest,
    figures: accountFigures,
    cadence: postsPerWeek(accountFigures.postsInPeriod, period.days),
    statusHistory: statusHistory(record, period.asOf, settings.dormancyThresholdDays, since),
    snapshots,
  };
}

type GapRow = { kind: "gap" | "bounds"; fromAt: string | Date | null; toAt: string | Date | null };

const toDate = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

/**
 * The account's first and newest post up to D and the gaps in its posting
 * longer than T days, found in the database with LAG over its posts: one
 * row per gap, never one per post.
 */
async function getPostingRecord(accountId: string, period: Period, thresholdDays: number): Promise<PostingRecord> {
  // It reads every post of the account up to D, so it is remembered until posts are next written.
  return getRollupReader(prisma).remember(rollupKeys.postingRecord({ accountId, endExclusive: period.endExclusive, thresholdDays }), () =>
    readPostingRecord(accountId, period, thresholdDays),
  );
}

async function readPostingRecord(accountId: string, period: Period, thresholdDays: number): Promise<PostingRecord> {
  const postedAt = column("Post", "postedAt");
  // More than T empty days between two posting days: a day difference above T + 1 (see isDormancyGap).
  const gapDays = dialectOf(prisma).dayDifferenceSql(Prisma.raw(`"ordered"."previousAt"`), Prisma.raw(`"ordered"."postedAt"`));
  const rows = await prisma.$queryRaw<GapRow[]>(Prisma.sql`
    SELECT 'gap' AS kind, "ordered"."previousAt" AS "fromAt", "ordered"."postedAt" AS "toAt"
    FROM (
      SELECT ${postedAt} AS "postedAt",
             LAG(${postedAt}) OVER (PARTITION BY "Post"."accountId" ORDER BY ${postedAt}) AS "previousAt"
      FROM "Post"
      WHERE "Post"."accountId" = ${accountId} AND ${postedAt} < ${period.endExclusive}
    ) AS "ordered"
    WHERE "ordered"."previousAt" IS NOT NULL AND ${gapDays} > ${thresholdDays + 1}
    UNION ALL
    SELECT 'bounds' AS kind, MIN(${postedAt}) AS "fromAt", MAX(${postedAt}) AS "toAt"
    FROM "Post"
    WHERE "Post"."accountId" = ${accountId} AND ${postedAt} < ${period.endExclusive}`);
  const bounds = rows.find((row) => row.kind === "bounds");
  return {
    firstPostAt: toDate(bounds?.fromAt ?? null),
    lastPostAt: toDate(bounds?.toAt ?? null),
    gaps: rows
      .filter((row) => row.kind === "gap" && row.fromAt !== null && row.toAt !== null)
      .map((row) => ({ previousPostAt: toDate(row.fromAt)!, nextPostAt: toDate(row.toAt)! })),
  };
}
