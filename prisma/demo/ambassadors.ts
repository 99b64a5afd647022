/**
 * Ambassadors' personal X accounts (owner type "individual"), kept apart from
 * the survey's institutional accounts: they are not in SURVEY_MISSIONS, whose
 * handles are every generated post's peers, so the survey's history and
 * figures stay exactly as they were. Their posts come from their own seeded
 * random and all fall before the survey date, so the store's newest activity
 * (the default as-of date) stays 2017-08-15.
 *
 * The story: the ambassadors to Japan and the United States post now, often
 * reposting, quoting and mentioning their embassy; the ambassadors to Germany
 * and the United Kingdom closed their accounts when their postings ended
 * (June 2015, June 2016), a few weeks before those embassies' accounts went
 * dormant — the handover signal on the People & institutions screen.
 */
import { classifyPost, postKind } from "../../lib/metrics/post-kind";
import { compileThemeMatcher } from "../../lib/themes/keyword-matcher";
import { addDays, parseIsoDay } from "../../lib/metrics/dates";
import {
  atLocalHour,
  createRandom,
  DEMO_RANDOM_SEED,
  hashString,
  localWorkingHour,
  monthStart,
  pick,
  postDays,
  randomInt,
  themeIsCurrent,
  type DemoPost,
} from "./generate-history";
import { SURVEY_DATE, SURVEY_MISSIONS } from "./survey";
import { DEMO_THEMES } from "./themes";

export interface DemoAmbassadorAccount {
  missionSlug: string;
  handle: string;
  displayName: string;
  totalPosts: number;
  openedMonth: string;
  /** Last post day; for an open account the days before the survey date. */
  lastPostDay: string;
  /** The account closed when the ambassador's posting ended. */
  closedAt: string | null;
  /** How often a post amplifies the embassy's account (repost, quote, mention). */
  embassyAffinity: number;
}

export const DEMO_AMBASSADORS: DemoAmbassadorAccount[] = [
  {
    missionSlug: "japan",
    handle: "demo_amb_japan",
    displayName: "Ambassador of Mongolia to Japan (demo)",
    totalPosts: 420,
    openedMonth: "2015-09",
    lastPostDay: "2017-08-14",
    closedAt: null,
    embassyAffinity: 0.45,
  },
  {
    missionSlug: "united-states",
    handle: "demo_amb_usa",
    displayName: "Ambassador of Mongolia to the United States (demo)",
    totalPosts: 260,
    openedMonth: "2016-04",
    lastPostDay: "2017-08-11",
    closedAt: null,
    embassyAffinity: 0.3,
  },
  {
    missionSlug: "germany",
    handle: "demo_amb_germany",
    displayName: "Ambassador of Mongolia to Germany (demo)",
    totalPosts: 64,
    openedMonth: "2014-09",
    lastPostDay: "2015-06-19",
    closedAt: "2015-06-26",
    embassyAffinity: 0.35,
  },
  {
    missionSlug: "united-kingdom",
    handle: "demo_amb_uk",
    displayName: "Ambassador of Mongolia to the United Kingdom (demo)",
    totalPosts: 118,
    openedMonth: "2014-11",
    lastPostDay: "2016-06-17",
    closedAt: "2016-06-24",
    embassyAffinity: 0.35,
  },
];

const PERSONAL_TEMPLATES = [
  "Honoured to meet students of Mongolian studies today.",
  "A warm welcome to the delegation from Ulaanbaatar.",
  "Thank you to our hosts for a fruitful exchange of views.",
  "Proud of the Mongolian community here: a great Naadam.",
  "Good talks with business leaders on trade and investment.",
  "Visited the national museum's new Mongolia collection.",
];

export interface DemoAmbassadorHistory {
  account: DemoAmbassadorAccount;
  embassyHandle: string;
  openedAt: Date;
  closedAt: Date | null;
  posts: DemoPost[];
}

export function generateAmbassadorHistories(seed = DEMO_RANDOM_SEED): DemoAmbassadorHistory[] {
  const matcher = compileThemeMatcher(
    DEMO_THEMES.flatMap((theme) =>
      [...theme.keywords.en, ...theme.keywords.mn].map((pattern) => ({ themeId: theme.slug, pattern })),
    ),
  );
  const survey = parseIsoDay(SURVEY_DATE)!;
  return DEMO_AMBASSADORS.map((account) => {
    const mission = SURVEY_MISSIONS.find((m) => m.slug === account.missionSlug);
    if (!mission) throw new Error(`No survey mission ${account.missionSlug}`);
    const embassyHandle = mission.accounts[0]!.handle;
    const random = createRandom(seed ^ hashString(account.handle));
    const openedAt = monthStart(account.openedMonth);
    const last = parseIsoDay(account.lastPostDay)!;
    if (last >= survey) throw new Error(`${account.handle}: posts must fall before the survey date`);
    const cc = (mission.countryCode ?? "un").toLowerCase();
    const externals = [`demo_${cc}_foreign_ministry`, `demo_${cc}_news`, `demo_${cc}_university`, "demo_mn_mfa"];
    const days = postDays(random, addDays(openedAt, 2), last, account.totalPosts);

    const posts = days.map((day, index): DemoPost => {
      let postedAt = atLocalHour(day, localWorkingHour(random), randomInt(random, 0, 59), mission.utcOffsetHours);
      // Strictly before the survey day, whatever the local hour did to the UTC day.
      if (postedAt >= survey) postedAt = addDays(survey, -1);
      const themes = DEMO_THEMES.filter((t) => themeIsCurrent(t, postedAt));
      const theme = random() < 0.4 && themes.length > 0 ? pick(random, themes) : null;
      const sentence = theme ? pick(random, theme.templates.en) : pick(random, PERSONAL_TEMPLATES);

      let replyToHandle: string | null = null;
      let quotedHandle: string | null = null;
      let repostOfHandle: string | null = null;
      const mentions: string[] = [];
      const target = () => (random() < account.embassyAffinity ? embassyHandle : pick(random, externals));
      const u = random();
      if (u < 0.3) repostOfHandle = random() < account.embassyAffinity + 0.2 ? embassyHandle : pick(random, externals);
      else if (u < 0.38) quotedHandle = target();
      else if (u < 0.5) {
        replyToHandle = pick(random, externals);
        mentions.push(replyToHandle);
      } else if (u < 0.68) mentions.push(target());

      let text = `[demo] ${sentence}`;
      if (repostOfHandle) text = `[demo] RT @${repostOfHandle}: ${sentence}`;
      else if (replyToHandle) text = `[demo] @${replyToHandle} ${sentence}`;
      else if (mentions.length > 0) text = `${text} @${mentions[0]}`;

      const shape = { authorHandle: account.handle, replyToHandle, quotedHandle, repostOfHandle, mentions };
      const isRepost = repostOfHandle !== null;
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
        language: "en",
        text,
        // People follow people: a personal post draws more reactions than the embassy's.
        likeCount: isRepost ? null : Math.floor(random() ** 2 * 40),
        replyCount: isRepost ? null : Math.floor(random() ** 3 * 8),
        repostCount: isRepost ? null : Math.floor(random() ** 2 * 12),
        mentions: [...new Set(mentions)],
        themeSlugs: matcher.match(text),
      };
    });
    return {
      account,
      embassyHandle,
      openedAt,
      closedAt: account.closedAt ? parseIsoDay(account.closedAt) : null,
      posts,
    };
  });
}
