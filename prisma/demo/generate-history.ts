/**
 * Deterministic demo post history for the survey accounts. Every account gets
 * exactly its surveyed total of posts, the last one in its surveyed month (or,
 * for active accounts, in the days before the survey date), with a plausible
 * mix of broadcasts, replies, quotes, mentions, threads and reposts. All text
 * is generated and starts with "[demo]". Some missions write part of their
 * untagged posts in the host vernacular (DEMO_VERNACULAR), drawn from a
 * random stream of their own so that everything else stays as it was.
 */
import { classifyPost, postKind, type PostCategory, type PostKind } from "../../lib/metrics/post-kind";
import { compileThemeMatcher } from "../../lib/themes/keyword-matcher";
import { addDays, parseIsoDay } from "../../lib/metrics/dates";
import { SURVEY_DATE, type SurveyAccount, type SurveyMission } from "./survey";
import { DEMO_THEMES, GENERIC_TEMPLATES, VERNACULAR_TEMPLATES, type DemoTheme } from "./themes";

export const DEMO_RANDOM_SEED = 20170815;

/**
 * The share of a mission's untagged own posts (not reposts) written in a host
 * language. Sweden, Thailand and Italy (set to engage) have none: the
 * languages screen flags them. Belgium's few French posts all fall before the
 * survey's 90 days, so it is flagged in that period too (its trend shows them).
 */
export const DEMO_VERNACULAR: Record<string, { language: string; share: number }> = {
  japan: { language: "ja", share: 0.3 },
  "south-korea": { language: "ko", share: 0.2 },
  russia: { language: "ru", share: 0.35 },
  "czech-republic": { language: "cs", share: 0.15 },
  indonesia: { language: "id", share: 0.1 },
  belgium: { language: "fr", share: 0.1 },
  vietnam: { language: "vi", share: 0.05 },
};

export interface DemoPost {
  id: string;
  accountHandle: string;
  platformId: string;
  postedAt: Date;
  kind: PostKind;
  category: PostCategory;
  replyToHandle: string | null;
  quotedHandle: string | null;
  repostOfHandle: string | null;
  /** "en" or "mn", or the host language of DEMO_VERNACULAR. */
  language: string;
  text: string;
  likeCount: number | null;
  replyCount: number | null;
  repostCount: number | null;
  mentions: string[];
  themeSlugs: string[];
}

export interface DemoAccountHistory {
  handle: string;
  openedAt: Date;
  posts: DemoPost[];
}

/** mulberry32: small, fast and the same on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export type Random = () => number;
export const between = (random: Random, min: number, max: number) => min + random() * (max - min);
export const randomInt = (random: Random, min: number, maxInclusive: number) =>
  Math.floor(between(random, min, maxInclusive + 1));
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function monthStart(month: string): Date {
  const day = parseIsoDay(`${month}-01`);
  if (!day) throw new Error(`Invalid month ${month}`);
  return day;
}

/** A UTC instant for a local wall-clock hour on a given UTC calendar day. */
export function atLocalHour(day: Date, localHour: number, minute: number, utcOffsetHours: number): Date {
  return new Date(day.getTime() + ((localHour - utcOffsetHours) * 60 + minute) * 60_000);
}

export function localWorkingHour(random: Random): number {
  const u = random();
  if (u < 0.84) return randomInt(random, 9, 17);
  if (u < 0.96) return randomInt(random, 18, 22);
  return randomInt(random, 6, 8);
}

interface Profile {
  repost: number;
  reply: number;
  quote: number;
  mention: number;
  thread: number;
  themed: number;
  popularity: number;
}

/** Engagement habits differ between accounts; a few are set apart to make the demo tell a story. */
function profileFor(account: SurveyAccount, random: Random): Profile {
  let engagementScale = 1;
  if (account.declaredUse === "broadcast") engagementScale = 0.25;
  if (account.handle === "demo_mn_singapore" || account.handle === "demo_mn_canada") engagementScale = 1.9;
  // Declared for engagement but, in the demo, mostly broadcasting: a mismatch to flag.
  if (account.handle === "demo_mn_australia") engagementScale = 0.3;
  return {
    repost: between(random, 0.08, 0.24),
    reply: between(random, 0.04, 0.16) * engagementScale,
    quote: between(random, 0.01, 0.04) * engagementScale,
    mention: between(random, 0.05, 0.14) * engagementScale,
    thread: between(random, 0.02, 0.06),
    themed: between(random, 0.35, 0.6),
    popularity: 1 + account.totalTweets / 900,
  };
}

function externalHandles(mission: SurveyMission): string[] {
  const cc = (mission.countryCode ?? "un").toLowerCase();
  return [
    `demo_${cc}_foreign_ministry`,
    `demo_${cc}_news`,
    `demo_${cc}_mongolian_community`,
    `demo_${cc}_chamber_of_commerce`,
    `demo_${cc}_university`,
    "demo_united_nations",
    "demo_asem_info",
  ];
}

export function themeIsCurrent(theme: DemoTheme, at: Date): boolean {
  const from = theme.activeFrom ? parseIsoDay(theme.activeFrom) : null;
  // Talk about an event goes on a little after its window closes.
  const to = theme.activeTo ? parseIsoDay(theme.activeTo) : null;
  return (!from || at >= from) && (!to || at <= addDays(to, 20));
}

function lastPostDay(account: SurveyAccount, random: Random): Date {
  const survey = parseIsoDay(SURVEY_DATE)!;
  if (account.status === "active") {
    // The newest activity in the store is the survey date itself, on the MFA's account.
    return account.handle === "demo_mn_mfa" ? survey : addDays(survey, -randomInt(random, 1, 12));
  }
  if (!account.lastTweetMonth) throw new Error(`${account.handle}: a dormant account needs its last month`);
  return addDays(monthStart(account.lastTweetMonth), randomInt(random, 1, 26));
}

/** Spread `count` post days between first and last (inclusive), weekdays favoured, sorted. */
export function postDays(random: Random, first: Date, last: Date, count: number): Date[] {
  const spanDays = Math.max(0, Math.round((last.getTime() - first.getTime()) / 86_400_000));
  const days: Date[] = [last];
  for (let i = 1; i < count; i++) {
    let day = addDays(first, Math.floor(random() * (spanDays + 1)));
    const weekday = day.getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.7) day = addDays(day, weekday === 6 ? -1 : -2);
    if (day < first) day = first;
    days.push(day);
  }
  return days.sort((a, b) => a.getTime() - b.getTime());
}

export function generateDemoHistory(missions: readonly SurveyMission[], seed = DEMO_RANDOM_SEED): DemoAccountHistory[] {
  const ministryHandles = missions.flatMap((m) => m.accounts.map((a) => a.handle));
  const themeBySlugMatcher = compileThemeMatcher(
    DEMO_THEMES.flatMap((theme) =>
      [...theme.keywords.en, ...theme.keywords.mn].map((pattern) => ({ themeId: theme.slug, pattern })),
    ),
  );

  return missions.flatMap((mission) =>
    mission.accounts.map((account): DemoAccountHistory => {
      const random = createRandom(seed ^ hashString(account.handle));
      // Drawn exactly twice per post, whether used or not: the main stream above never sees it.
      const languageRandom = createRandom(seed ^ hashString(`${account.handle}#language`));
      const vernacular = DEMO_VERNACULAR[mission.slug];
      const profile = profileFor(account, random);
      const openedAt = monthStart(account.openedMonth);
      const last = lastPostDay(account, random);
      const first = account.totalTweets === 1 ? last : addDays(openedAt, 3);
      const days = postDays(random, first, last, account.totalTweets);
      const externals = externalHandles(mission);
      const peers = ministryHandles.filter((h) => h !== account.handle);

      const otherHandle = () => (random() < 0.7 ? pick(random, externals) : pick(random, peers));

      const posts = days.map((day, index): DemoPost => {
        const isNewest = index === days.length - 1;
        const postedAt =
          isNewest && account.handle === "demo_mn_mfa"
            ? atLocalHour(day, 10, 5, mission.utcOffsetHours)
            : atLocalHour(day, localWorkingHour(random), randomInt(random, 0, 59), mission.utcOffsetHours);
        const language: "en" | "mn" =
          random() < 0.72 ? account.mainLanguage : account.mainLanguage === "en" ? "mn" : "en";

        const themes = DEMO_THEMES.filter((t) => themeIsCurrent(t, postedAt));
        const theme = random() < profile.themed && themes.length > 0 ? pick(random, themes) : null;
        const sentence = pick(random, theme ? theme.templates[language] : GENERIC_TEMPLATES[language]);

        let replyToHandle: string | null = null;
        let quotedHandle: string | null = null;
        let repostOfHandle: string | null = null;
        const mentions: string[] = [];
        const u = random();
        let cut = profile.repost;
        if (u < cut) {
          // Mostly HQ's and other missions' posts; now and then its own.
          const r = random();
          repostOfHandle = r < 0.08 ? account.handle : r < 0.55 ? pick(random, peers) : pick(random, externals);
        } else if (u < (cut += profile.reply)) {
          replyToHandle = otherHandle();
          mentions.push(replyToHandle);
        } else if (u < (cut += profile.quote)) {
          quotedHandle = otherHandle();
        } else if (u < (cut += profile.mention)) {
          mentions.push(otherHandle());
        } else if (u < (cut += profile.thread)) {
          replyToHandle = account.handle;
          if (random() < 0.2) mentions.push(otherHandle());
        }

        const textWith = (words: string) => {
          if (repostOfHandle) return `[demo] RT @${repostOfHandle}: ${words}`;
          if (replyToHandle && replyToHandle !== account.handle) return `[demo] @${replyToHandle} ${words}`;
          return mentions.length > 0 ? `[demo] ${words} @${mentions[0]}` : `[demo] ${words}`;
        };
        let text = textWith(sentence);
        let postLanguage: string = language;
        const themeSlugs = themeBySlugMatcher.match(text);
        const vernacularDraw = languageRandom();
        const templateDraw = languageRandom();
        if (vernacular && repostOfHandle === null && themeSlugs.length === 0 && vernacularDraw < vernacular.share) {
          const templates = VERNACULAR_TEMPLATES[vernacular.language] ?? [];
          text = textWith(pick(() => templateDraw, templates));
          postLanguage = vernacular.language;
          const tagged = themeBySlugMatcher.match(text);
          if (tagged.length > 0)
            throw new Error(
              `A ${vernacular.language} demo sentence matches theme keywords (${tagged.join(", ")}): ${text}`,
            );
        }

        const shape = { authorHandle: account.handle, replyToHandle, quotedHandle, repostOfHandle, mentions };
        const isRepost = repostOfHandle !== null;
        const reach = profile.popularity;
        return {
          id: `demo-${account.handle}-${String(index + 1).padStart(5, "0")}`,
          accountHandle: account.handle,
          platformId: `demo-${String(index + 1).padStart(5, "0")}`,
          postedAt,
          kind: postKind(shape),
          category: classifyPost(shape),
          replyToHandle,
          quotedHandle,
          repostOfHandle,
          language: postLanguage,
          text,
          // A repost's counts belong to the original post.
          likeCount: isRepost ? null : Math.floor(random() ** 2 * 14 * reach),
          replyCount: isRepost ? null : Math.floor(random() ** 3 * 3 * reach),
          repostCount: isRepost ? null : Math.floor(random() ** 2 * 6 * reach),
          mentions: [...new Set(mentions)],
          themeSlugs,
        };
      });

      return { handle: account.handle, openedAt, posts };
    }),
  );
}
