import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { canViewMission, visibleMissionIds, type Viewer } from "../auth/permissions";
import type { Period } from "../metrics/dates";
import { addCategoryCounts, EMPTY_CATEGORY_COUNTS } from "../metrics/engagement-share";
import {
  amplification,
  handoverSignal,
  handoverWindows,
  postingEnd,
  sideFigures,
  type Amplification,
  type Handover,
  type PeopleSide,
  type SideFigures,
} from "../metrics/people";
import type { MetricSettings } from "../metrics/settings";
import { getAccountFigures, type AccountFigures } from "./account-figures";
import { INDIVIDUAL_OWNER, institutionalAccountWhere } from "./account-scope";
import { normalizedHandleSql } from "./handle-sql";
import { toNumber } from "./sql-dialect";

export interface PeopleAccount {
  id: string;
  platform: string;
  handle: string;
  displayName: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  lastPostAt: Date | null;
  postsInPeriod: number;
  status: AccountFigures["activity"]["status"];
}

/** Posts of one account in the period that amplify one account of the other side. */
export interface AmplificationPair {
  source: { id: string; handle: string };
  target: { id: string; handle: string };
  posts: number;
}

export interface PeopleSideView {
  side: PeopleSide;
  accounts: PeopleAccount[];
  figures: SideFigures;
  /** This side's posts that amplify the other side: distinct posts, and per account pair. */
  amplifies: Amplification & { pairs: AmplificationPair[] };
}

export interface HandoverView extends Handover {
  account: { id: string; handle: string; displayName: string | null; closedAt: Date | null };
  /** The after window reaches past D: its count stops at D. */
  afterCutAtAsOf: boolean;
}

export interface MissionPeople {
  id: string;
  name: string;
  isDemo: boolean;
  personal: PeopleSideView;
  institutional: PeopleSideView;
  handovers: HandoverView[];
}

const MISSION_SELECT = { id: true, name: true, isDemo: true } satisfies Prisma.MissionSelect;

/**
 * Distinct posts per source account and per (source, target) pair in the
 * period where the source amplifies an account of the same mission and
 * platform on the other side (personal ↔ institutional): a repost of it, or a
 * reply to, quote or mention of it when not a repost — the `with=` rule of
 * the post list. Counted in the database.
 */
async function amplificationCounts(missionIds: readonly string[], period: Period) {
  if (missionIds.length === 0) return { pairs: [], bySource: new Map<string, number>(), bySide: new Map<string, number>() };
  const norm = (table: string, name: string) => normalizedHandleSql(Prisma.raw(`"${table}"."${name}"`));
  const target = norm("Target", "handle");
  const matches = Prisma.sql`
    FROM "Post"
    JOIN "Account" AS "Source" ON "Source"."id" = "Post"."accountId"
    JOIN "Account" AS "Target" ON "Target"."missionId" = "Source"."missionId" AND "Target"."platform" = "Source"."platform"
      AND "Target"."ownerType" <> "Source"."ownerType"
    WHERE "Source"."missionId" IN (${Prisma.join([...missionIds])})
      AND "Post"."postedAt" >= ${period.start} AND "Post"."postedAt" < ${period.endExclusive}
      AND (
        ("Post"."repostOfHandle" IS NOT NULL AND ${norm("Post", "repostOfHandle")} = ${target})
        OR ("Post"."repostOfHandle" IS NULL AND (
          ${norm("Post", "replyToHandle")} = ${target}
          OR ${norm("Post", "quotedHandle")} = ${target}
          OR EXISTS (SELECT 1 FROM "PostMention" WHERE "PostMention"."postId" = "Post"."id" AND ${norm("PostMention", "handle")} = ${target})
        ))
      )`;
  const [pairRows, sideRows] = await Promise.all([
    prisma.$queryRaw<{ sourceId: string; targetId: string; posts: bigint | number }[]>(Prisma.sql`
      SELECT "Source"."id" AS "sourceId", "Target"."id" AS "targetId", COUNT(DISTINCT "Post"."id") AS "posts"
      ${matches}
      GROUP BY "Source"."id", "Target"."id"`),
    prisma.$queryRaw<{ missionId: string; ownerType: string; posts: bigint | number }[]>(Prisma.sql`
      SELECT "Source"."missionId" AS "missionId", "Source"."ownerType" AS "ownerType", COUNT(DISTINCT "Post"."id") AS "posts"
      ${matches}
      GROUP BY "Source"."missionId", "Source"."ownerType"`),
  ]);
  return {
    pairs: pairRows.map((r) => ({ sourceId: r.sourceId, targetId: r.targetId, posts: toNumber(r.posts) })),
    bySide: new Map(sideRows.map((r) => [`${r.missionId}:${r.ownerType === INDIVIDUAL_OWNER ? "personal" : "institutional"}`, toNumber(r.posts)])),
  };
}

/** The mission's institutional posts in [start, endExclusive), counted in the database. */
function institutionalPosts(missionId: string, start: Date, endExclusive: Date): Promise<number> {
  return prisma.post.count({
    where: { account: { missionId, ...institutionalAccountWhere }, postedAt: { gte: start, lt: endExclusive } },
  });
}

async function loadPeople(missions: readonly { id: string; name: string; isDemo: boolean }[], period: Period, settings: MetricSettings): Promise<MissionPeople[]> {
  if (missions.length === 0) return [];
  const missionIds = missions.map((m) => m.id);
  const accounts = await prisma.account.findMany({
    where: { missionId: { in: missionIds } },
    select: { id: true, missionId: true, ownerType: true, openedAt: true, closedAt: true },
  });
  const accountIds = accounts.map((a) => a.id);
  const [figures, amplified] = await Promise.all([
    getAccountFigures(prisma, accountIds, period, settings),
    amplificationCounts(missionIds, period),
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const figuresById = new Map(figures.map((f) => [f.id, f]));

  return Promise.all(
    missions.map(async (mission): Promise<MissionPeople> => {
      const own = figures.filter((f) => f.missionId === mission.id);
      const sideOf = (f: AccountFigures): PeopleSide => (accountById.get(f.id)?.ownerType === INDIVIDUAL_OWNER ? "personal" : "institutional");
      const view = (side: PeopleSide): PeopleSideView => {
        const members = own.filter((f) => sideOf(f) === side);
        const counts = members.reduce((sum, f) => addCategoryCounts(sum, f.counts), { ...EMPTY_CATEGORY_COUNTS });
        const known = members.reduce((sum, f) => ({ reactions: sum.reactions + f.reactions.reactions, posts: sum.posts + f.reactions.posts }), {
          reactions: 0,
          posts: 0,
        });
        const figures = sideFigures({ counts, reactions: known });
        const pairs = amplified.pairs
          .filter((p) => members.some((m) => m.id === p.sourceId))
          .map((p) => ({
            source: { id: p.sourceId, handle: figuresById.get(p.sourceId)!.handle },
            target: { id: p.targetId, handle: figuresById.get(p.targetId)!.handle },
            posts: p.posts,
          }))
          .sort((a, b) => b.posts - a.posts || a.source.handle.localeCompare(b.source.handle, "en") || a.target.handle.localeCompare(b.target.handle, "en"));
        return {
          side,
          accounts: members.map((f) => ({
            id: f.id,
            platform: f.platform,
            handle: f.handle,
            displayName: f.displayName,
            openedAt: accountById.get(f.id)?.openedAt ?? null,
            closedAt: accountById.get(f.id)?.closedAt ?? null,
            lastPostAt: f.lastPostAt,
            postsInPeriod: f.postsInPeriod,
            status: f.activity.status,
          })),
          figures,
          amplifies: { ...amplification(amplified.bySide.get(`${mission.id}:${side}`) ?? 0, figures.postsInPeriod), pairs },
        };
      };
      const personal = view("personal");
      const institutional = view("institutional");

      const handovers = await Promise.all(
        personal.accounts.flatMap((account) => {
          const end = postingEnd(account, period.asOf);
          if (!end) return [];
          return [
            (async (): Promise<HandoverView> => {
              const windows = handoverWindows(end);
              // A window still open at D counts up to D only (the signal then reads "too recent").
              const afterEnd = windows.after.endExclusive < period.endExclusive ? windows.after.endExclusive : period.endExclusive;
              const [before, after] = await Promise.all([
                institutionalPosts(mission.id, windows.before.start, windows.before.endExclusive),
                institutionalPosts(mission.id, windows.after.start, afterEnd),
              ]);
              return {
                ...handoverSignal({ end, asOf: period.asOf, postsBefore: before, postsAfter: after }),
                account: { id: account.id, handle: account.handle, displayName: account.displayName, closedAt: account.closedAt },
                afterCutAtAsOf: afterEnd < windows.after.endExclusive,
              };
            })(),
          ];
        }),
      );
      return { ...mission, personal, institutional, handovers };
    }),
  );
}

/**
 * The missions the viewer may see (an ambassador: their own) that have an
 * ambassador's personal account, by name, each with both sides' figures,
 * amplification both ways and the handover signals.
 */
export async function getPeopleOverview(viewer: Viewer, period: Period, settings: MetricSettings): Promise<MissionPeople[]> {
  const visible = visibleMissionIds(viewer);
  const missions = await prisma.mission.findMany({
    where: { ...(visible ? { id: { in: visible } } : {}), accounts: { some: { ownerType: INDIVIDUAL_OWNER } } },
    select: MISSION_SELECT,
  });
  // By name, the same on both stores (their collations differ).
  missions.sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  return loadPeople(missions, period, settings);
}

/** One mission's people and institutions; null when it does not exist or the viewer may not see it. */
export async function getMissionPeople(viewer: Viewer, missionId: string, period: Period, settings: MetricSettings): Promise<MissionPeople | null> {
  if (!canViewMission(viewer, missionId)) return null;
  const mission = await prisma.mission.findUnique({ where: { id: missionId }, select: MISSION_SELECT });
  if (!mission) return null;
  return (await loadPeople([mission], period, settings))[0] ?? null;
}

/** Whether the mission has an ambassador's personal account (for the scorecard's pointer); false when the viewer may not see it. */
export async function missionHasPersonalAccounts(viewer: Viewer, missionId: string): Promise<boolean> {
  if (!canViewMission(viewer, missionId)) return false;
  return (await prisma.account.count({ where: { missionId, ownerType: INDIVIDUAL_OWNER } })) > 0;
}
