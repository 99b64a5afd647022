/**
 * A synthetic foreign service of any size, the same on every machine: missions
 * with accounts on several platforms, a post history over several years with
 * broadcasts, replies, quotes, mentions and reposts of other ministry accounts
 * and of outside stakeholders, theme-tagged text, reactions, and accounts that
 * went dormant or never posted. Written through the product's own bulk insert
 * (the same SQL on SQLite and PostgreSQL), so both stores get identical rows.
 *
 * All text starts with "[bench]"; nothing here is demo or real data.
 */
import type { PrismaClient } from "@prisma/client";
import { addDays, formatIsoDay, parseIsoDay } from "../../lib/metrics/dates";
import { classifyPost, postKind } from "../../lib/metrics/post-kind";
import { compileThemeMatcher } from "../../lib/themes/keyword-matcher";
import { dateTimeParam, dialectOf } from "../../lib/data/sql-dialect";
import { writeWithRollups } from "../../lib/data/rollups/write";
import { createRandom } from "../../prisma/demo/generate-history";
import { DEMO_THEMES, GENERIC_TEMPLATES } from "../../prisma/demo/themes";

export interface SyntheticShape {
  missions: number;
  accountsPerMission: number;
  posts: number;
  /** Years of history ending on `lastDay`. */
  years: number;
  /** The newest activity in the store (the default as-of date), "YYYY-MM-DD". */
  lastDay: string;
  seed: number;
}

/** "About 300 missions with 1,500 accounts and several million posts over the years" (issue 10). */
export const MINISTRY_SCALE: Omit<SyntheticShape, "posts"> = {
  missions: 300,
  accountsPerMission: 5,
  years: 6,
  lastDay: "2017-12-31",
  seed: 20171231,
};

export interface SyntheticStoreReport {
  missions: number;
  accounts: number;
  posts: number;
  mentions: number;
  themeTags: number;
  /** Ids of a busy mission, one of its accounts and a priority theme: the pages the benchmark opens. */
  sample: { missionId: string; accountId: string; themeId: string };
}

const PLATFORMS = ["x", "facebook", "instagram", "youtube", "website", "linkedin", "blog", "mastodon"] as const;
const PLACES = [
  { country: "Germany", code: "DE", zone: "Europe/Berlin", languages: "de", region: "Europe" },
  { country: "Japan", code: "JP", zone: "Asia/Tokyo", languages: "ja", region: "Asia-Pacific" },
  { country: "United States", code: "US", zone: "America/New_York", languages: "en", region: "Americas" },
  { country: "Brazil", code: "BR", zone: "America/Sao_Paulo", languages: "pt", region: "Americas" },
  { country: "India", code: "IN", zone: "Asia/Kolkata", languages: "hi,en", region: "Asia-Pacific" },
  { country: "Kenya", code: "KE", zone: "Africa/Nairobi", languages: "sw,en", region: "Africa" },
  { country: "France", code: "FR", zone: "Europe/Paris", languages: "fr", region: "Europe" },
  { country: "Australia", code: "AU", zone: "Australia/Sydney", languages: "en", region: "Asia-Pacific" },
  { country: "Saudi Arabia", code: "SA", zone: "Asia/Riyadh", languages: "ar", region: "Middle East" },
  { country: "Russia", code: "RU", zone: "Europe/Moscow", languages: "ru", region: "Europe" },
] as const;
const EXTERNAL_HANDLES = 2000;
const BATCH = 5000;
const DAY_MS = 86_400_000;

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

interface SyntheticAccount {
  id: string;
  missionIndex: number;
  handle: string;
  platform: string;
  openedAt: Date;
  /** Posts to write and the last day the account posts (dormant accounts stop early). */
  posts: number;
  lastPostDay: Date;
}

type Row = (string | number | null)[];

async function insertRows(prisma: PrismaClient, table: string, columns: readonly string[], rows: Row[]): Promise<void> {
  const { jsonBulkInsertSql, jsonBulkRows } = dialectOf(prisma);
  for (let i = 0; i < rows.length; i += BATCH) {
    await prisma.$executeRawUnsafe(jsonBulkInsertSql(table, columns), jsonBulkRows(columns, rows.slice(i, i + BATCH)));
  }
}

/** Splits `total` into whole shares proportional to `weights` that add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    if (weights[index]! > 0) {
      shares[index]! += 1;
      left -= 1;
    }
  }
  return shares;
}

/** Writes the synthetic ministry into an empty, migrated store. */
export async function buildSyntheticStore(
  prisma: PrismaClient,
  shape: SyntheticShape,
  onProgress: (postsWritten: number) => void = () => {},
): Promise<SyntheticStoreReport> {
  const random = createRandom(shape.seed);
  const lastDay = parseIsoDay(shape.lastDay);
  if (!lastDay) throw new Error(`lastDay must be YYYY-MM-DD, not ${shape.lastDay}`);
  const firstDay = addDays(lastDay, -Math.round(shape.years * 365.25) + 1);
  const createdAt = dateTimeParam(new Date(Date.UTC(2018, 0, 1)));

  // Themes and their keyword rules: the demo's, so that tagging means the same.
  const themeRows: Row[] = [];
  const keywordRows: Row[] = [];
  for (const theme of DEMO_THEMES) {
    const id = `bench-theme-${theme.slug}`;
    themeRows.push([
      id,
      theme.slug,
      theme.name,
      theme.description,
      theme.isPriority ? 1 : 0,
      theme.activeFrom ? dateTimeParam(parseIsoDay(theme.activeFrom)!) : null,
      theme.activeTo ? dateTimeParam(parseIsoDay(theme.activeTo)!) : null,
      createdAt,
      createdAt,
    ]);
    for (const language of ["en", "mn"] as const) {
      theme.keywords[language].forEach((pattern, k) =>
        keywordRows.push([`${id}-${language}-${k}`, id, language, pattern]),
      );
    }
  }
  await insertRows(
    prisma,
    "Theme",
    ["id", "slug", "name", "description", "isPriority", "activeFrom", "activeTo", "createdAt", "updatedAt"],
    themeRows,
  );
  await insertRows(prisma, "ThemeKeyword", ["id", "themeId", "language", "pattern"], keywordRows);
  const matcher = compileThemeMatcher(
    DEMO_THEMES.flatMap((theme) =>
      [...theme.keywords.en, ...theme.keywords.mn].map((pattern) => ({
        themeId: `bench-theme-${theme.slug}`,
        pattern,
      })),
    ),
  );

  const missionRows: Row[] = [];
  const accounts: SyntheticAccount[] = [];
  for (let m = 0; m < shape.missions; m++) {
    const place = PLACES[m % PLACES.length]!;
    const kind = m === 0 ? "hq" : m % 11 === 0 ? "permanent_mission" : m % 4 === 0 ? "consulate" : "embassy";
    missionRows.push([
      `bench-mission-${m}`,
      `bench-${m}`,
      m === 0 ? "Ministry HQ" : `Mission ${String(m).padStart(3, "0")} (${place.country})`,
      kind,
      place.code,
      place.country,
      `City ${m}`,
      place.region,
      place.zone,
      place.languages,
      1,
      createdAt,
      createdAt,
    ]);
    for (let a = 0; a < shape.accountsPerMission; a++) {
      const platform = PLATFORMS[(m + a) % PLATFORMS.length]!;
      const openedAt = addDays(firstDay, Math.floor(random() * 365 * 2));
      accounts.push({
        id: `bench-account-${m}-${a}`,
        missionIndex: m,
        handle: `bench_m${m}_${a}`,
        platform,
        openedAt,
        posts: 0,
        lastPostDay: lastDay,
      });
    }
  }
  await insertRows(
    prisma,
    "Mission",
    [
      "id",
      "slug",
      "name",
      "kind",
      "countryCode",
      "country",
      "city",
      "region",
      "timeZone",
      "hostLanguages",
      "isDemo",
      "createdAt",
      "updatedAt",
    ],
    missionRows,
  );

  // Heavy-tailed activity: a few accounts post most; about one in ten went
  // dormant some time before the end, one in twenty-five never posted.
  const weights = accounts.map((account) => {
    const u = random();
    if (u < 0.04) return 0;
    if (u < 0.14) account.lastPostDay = addDays(lastDay, -120 - Math.floor(random() * 900));
    return 0.05 + random() ** 2;
  });
  apportion(shape.posts, weights).forEach((n, i) => (accounts[i]!.posts = n));
  await insertRows(
    prisma,
    "Account",
    [
      "id",
      "missionId",
      "platform",
      "handle",
      "displayName",
      "ownerType",
      "declaredUse",
      "mainLanguage",
      "isPrivate",
      "openedAt",
      "isDemo",
      "createdAt",
      "updatedAt",
    ],
    accounts.map((a, i) => [
      a.id,
      `bench-mission-${a.missionIndex}`,
      a.platform,
      a.handle,
      `Account ${a.handle}`,
      "institutional",
      i % 7 === 0 ? "engagement" : i % 5 === 0 ? "broadcast" : "mixed",
      "en",
      0,
      dateTimeParam(a.openedAt),
      1,
      createdAt,
      createdAt,
    ]),
  );

  const handlesByPlatform = new Map<string, string[]>();
  for (const a of accounts) handlesByPlatform.set(a.platform, [...(handlesByPlatform.get(a.platform) ?? []), a.handle]);
  const themes = DEMO_THEMES;
  let written = 0;
  let mentionCount = 0;
  let tagCount = 0;
  let posts: Row[] = [];
  let mentions: Row[] = [];
  let tags: Row[] = [];
  const flush = async () => {
    if (posts.length === 0) return;
    await prisma.$transaction(async (tx) => {
      const { jsonBulkInsertSql, jsonBulkRows } = dialectOf(tx);
      await tx.$executeRawUnsafe(jsonBulkInsertSql("Post", POST_COLUMNS), jsonBulkRows(POST_COLUMNS, posts));
      if (mentions.length > 0)
        await tx.$executeRawUnsafe(
          jsonBulkInsertSql("PostMention", MENTION_COLUMNS),
          jsonBulkRows(MENTION_COLUMNS, mentions),
        );
      if (tags.length > 0)
        await tx.$executeRawUnsafe(jsonBulkInsertSql("PostTheme", TAG_COLUMNS), jsonBulkRows(TAG_COLUMNS, tags));
    });
    written += posts.length;
    mentionCount += mentions.length;
    tagCount += tags.length;
    posts = [];
    mentions = [];
    tags = [];
    onProgress(written);
  };

  let newest = { accountIndex: -1, at: 0 };
  for (const [accountIndex, account] of accounts.entries()) {
    const r = createRandom(shape.seed ^ (accountIndex * 2654435761));
    const peers = handlesByPlatform.get(account.platform)!.filter((h) => h !== account.handle);
    const from = account.openedAt.getTime();
    const span = Math.max(DAY_MS, account.lastPostDay.getTime() + DAY_MS - from);
    for (let p = 0; p < account.posts; p++) {
      // The last post of an account that stays active lands on its last day, so the store's newest day is `lastDay`.
      const at =
        p === 0 ? account.lastPostDay.getTime() + (9 + Math.floor(r() * 9)) * 3_600_000 : from + Math.floor(r() * span);
      const postedAt = new Date(Math.min(at, lastDay.getTime() + DAY_MS - 1));
      if (postedAt.getTime() > newest.at) newest = { accountIndex, at: postedAt.getTime() };
      const other = () =>
        r() < 0.65 || peers.length === 0
          ? `bench_ext_${Math.floor(r() ** 2 * EXTERNAL_HANDLES)}`
          : peers[Math.floor(r() * peers.length)]!;
      let replyToHandle: string | null = null;
      let quotedHandle: string | null = null;
      let repostOfHandle: string | null = null;
      const mentioned: string[] = [];
      const u = r();
      if (u < 0.15) repostOfHandle = other();
      else if (u < 0.25) {
        replyToHandle = other();
        mentioned.push(replyToHandle);
      } else if (u < 0.28) quotedHandle = other();
      else if (u < 0.38) mentioned.push(other());
      else if (u < 0.41) replyToHandle = account.handle;
      const language = r() < 0.7 ? "en" : "mn";
      const currentThemes = themes.filter(
        (t) =>
          (!t.activeFrom || postedAt >= parseIsoDay(t.activeFrom)!) &&
          (!t.activeTo || postedAt <= addDays(parseIsoDay(t.activeTo)!, 20)),
      );
      const theme =
        r() < 0.45 && currentThemes.length > 0 ? currentThemes[Math.floor(r() * currentThemes.length)]! : null;
      const templates = theme ? theme.templates[language] : GENERIC_TEMPLATES[language];
      const sentence = templates[Math.floor(r() * templates.length)]!;
      let text = `[bench] ${sentence}`;
      if (repostOfHandle) text = `[bench] RT @${repostOfHandle}: ${sentence}`;
      else if (replyToHandle && replyToHandle !== account.handle) text = `[bench] @${replyToHandle} ${sentence}`;
      else if (mentioned.length > 0) text = `${text} @${mentioned[0]}`;
      const shape_ = { authorHandle: account.handle, replyToHandle, quotedHandle, repostOfHandle, mentions: mentioned };
      const id = `bench-post-${accountIndex}-${p}`;
      const isRepost = repostOfHandle !== null;
      posts.push([
        id,
        account.id,
        String(1_000_000 + p),
        dateTimeParam(postedAt),
        postKind(shape_),
        classifyPost(shape_),
        replyToHandle,
        quotedHandle,
        repostOfHandle,
        language,
        text,
        null,
        isRepost ? null : Math.floor(r() ** 2 * 40),
        isRepost ? null : Math.floor(r() ** 3 * 8),
        isRepost ? null : Math.floor(r() ** 2 * 15),
        1,
        createdAt,
      ]);
      for (const handle of new Set(mentioned)) mentions.push([id, handle.toLowerCase()]);
      for (const themeId of matcher.match(text)) tags.push([id, themeId, "rule", createdAt]);
      if (posts.length >= BATCH) await flush();
    }
  }
  await flush();
  // The rollups the product keeps current on import, written once for the whole store (the posts went in batch by batch above).
  await writeWithRollups(prisma, async (_tx, written) => written.posts(), { timeout: 30 * 60_000 });

  const busiest = accounts.reduce(
    (best, a) => (a.posts > best.posts && a.lastPostDay.getTime() === lastDay.getTime() ? a : best),
    accounts[0]!,
  );
  const priority = DEMO_THEMES.find((t) => t.isPriority && !t.activeTo) ?? DEMO_THEMES[0]!;
  if (newest.accountIndex >= 0 && formatIsoDay(new Date(newest.at)) !== shape.lastDay && shape.posts > 0) {
    throw new Error(`newest post is on ${formatIsoDay(new Date(newest.at))}, expected ${shape.lastDay}`);
  }
  return {
    missions: missionRows.length,
    accounts: accounts.length,
    posts: written,
    mentions: mentionCount,
    themeTags: tagCount,
    sample: {
      missionId: `bench-mission-${busiest.missionIndex}`,
      accountId: busiest.id,
      themeId: `bench-theme-${priority.slug}`,
    },
  };
}
