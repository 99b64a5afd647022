import "server-only";
import type { Prisma } from "@prisma/client";
import { prisma } from "../db";
import { visibleMissionIds, type Viewer } from "../auth/permissions";
import type { Period } from "../metrics/dates";
import { normalizeLanguageCode } from "../metrics/languages";
import { institutionalAccountWhere } from "./account-scope";
import { interactsWithWhere, storedHandleSpellings } from "./handles";
import { POSTS_PAGE_SIZE, type PostFilters } from "../validations/post-filters";

export interface PostListItem {
  id: string;
  postedAt: Date;
  kind: string;
  category: string;
  language: string | null;
  text: string | null;
  url: string | null;
  likeCount: number | null;
  replyCount: number | null;
  repostCount: number | null;
  replyToHandle: string | null;
  quotedHandle: string | null;
  repostOfHandle: string | null;
  isDemo: boolean;
  account: { id: string; handle: string; platform: string; mission: { id: string; name: string } };
  themes: { source: string; theme: { id: string; name: string } }[];
  mentions: { handle: string }[];
}

/** The columns of a post list row (also used by lists of posts behind other figures). */
export const POST_LIST_SELECT = {
  id: true,
  postedAt: true,
  kind: true,
  category: true,
  language: true,
  text: true,
  url: true,
  likeCount: true,
  replyCount: true,
  repostCount: true,
  replyToHandle: true,
  quotedHandle: true,
  repostOfHandle: true,
  isDemo: true,
  account: { select: { id: true, handle: true, platform: true, mission: { select: { id: true, name: true } } } },
  themes: { select: { source: true, theme: { select: { id: true, name: true } } } },
  mentions: { select: { handle: true } },
} satisfies Prisma.PostSelect;

export interface PostList {
  items: PostListItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Names of the filtered mission, account and theme, for the filter chips. */
  labels: { mission: string | null; account: string | null; theme: string | null };
}

/**
 * Posts in any of these languages, each given by its primary subtag whatever
 * spelling the import kept ("ja", "ja-JP", "JA"): the store's few distinct
 * spellings are grouped in the database and read with the languages screen's
 * own rule, so the list and the figure count the same posts. "unknown": no
 * language, or a code that names none. `scope` (period, missions) keeps the
 * grouping to the posts the list could show.
 */
export async function languageWhere(codes: readonly string[], scope: Prisma.PostWhereInput = {}): Promise<Prisma.PostWhereInput> {
  const groups = await prisma.post.groupBy({ by: ["language"], where: { AND: [scope, { language: { not: null } }] } });
  const wanted = new Set(codes);
  const spellings = groups
    .map((g) => g.language)
    .filter((l): l is string => l !== null && wanted.has(normalizeLanguageCode(l) ?? "unknown"));
  return wanted.has("unknown") ? { OR: [{ language: null }, { language: { in: spellings } }] } : { language: { in: spellings } };
}

/** The posts behind a figure: filtered, newest first, one page at a time, within what the viewer may see. */
export async function getPostList(
  viewer: Viewer,
  period: Period,
  filters: PostFilters,
  pageSize: number = POSTS_PAGE_SIZE,
): Promise<PostList> {
  const visible = visibleMissionIds(viewer);
  const missionIds =
    visible === null
      ? filters.missionId
        ? [filters.missionId]
        : null
      : filters.missionId
        ? visible.filter((id) => id === filters.missionId)
        : visible;

  // A mission's or the ministry's list is its institutional accounts' posts (as its figures are); one account's list is that account's, whoever owns it.
  const accountScope: Prisma.AccountWhereInput = {
    ...(missionIds ? { missionId: { in: missionIds } } : {}),
    ...(filters.accountId ? {} : institutionalAccountWhere),
  };
  const scope: Prisma.PostWhereInput = {
    postedAt: filters.allTime ? { lt: period.endExclusive } : { gte: period.start, lt: period.endExclusive },
    ...(Object.keys(accountScope).length > 0 ? { account: accountScope } : {}),
  };
  const withSpellings = filters.withHandle ? await storedHandleSpellings(filters.withHandle) : null;
  const language = filters.language ? await languageWhere(filters.language.split(","), scope) : null;
  const and: Prisma.PostWhereInput[] = [
    ...(withSpellings ? [interactsWithWhere(withSpellings)] : []),
    ...(language ? [language] : []),
    // Own posts: what the languages figures count (a repost is in someone else's words).
    ...(filters.ownOnly ? [{ category: { in: ["engagement", "broadcast"] } }] : []),
  ];
  const where: Prisma.PostWhereInput = {
    ...scope,
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.themeId ? { themes: { some: { themeId: filters.themeId } } } : {}),
    ...(and.length > 0 ? { AND: and } : {}),
  };

  const [total, mission, account, theme] = await Promise.all([
    prisma.post.count({ where }),
    filters.missionId && (visible === null || visible.includes(filters.missionId))
      ? prisma.mission.findUnique({ where: { id: filters.missionId }, select: { name: true } })
      : null,
    filters.accountId
      ? prisma.account.findFirst({
          where: { id: filters.accountId, ...(visible ? { missionId: { in: visible } } : {}) },
          select: { handle: true },
        })
      : null,
    filters.themeId ? prisma.theme.findUnique({ where: { id: filters.themeId }, select: { name: true } }) : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pageCount);
  const items = await prisma.post.findMany({
    where,
    orderBy: [{ postedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: POST_LIST_SELECT,
  });
  return {
    items,
    total,
    page,
    pageCount,
    labels: { mission: mission?.name ?? null, account: account ? `@${account.handle}` : null, theme: theme?.name ?? null },
  };
}

export interface PostFilterOptions {
  missions: { id: string; name: string }[];
  themes: { id: string; name: string }[];
}

/** What the post list can be filtered by: the missions the viewer may see, and the themes. */
export async function getPostFilterOptions(viewer: Viewer): Promise<PostFilterOptions> {
  const visible = visibleMissionIds(viewer);
  const [missions, themes] = await Promise.all([
    prisma.mission.findMany({
      where: visible === null ? {} : { id: { in: visible } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    prisma.theme.findMany({ select: { id: true, name: true }, orderBy: [{ isPriority: "desc" }, { name: "asc" }] }),
  ]);
  return { missions, themes };
}
