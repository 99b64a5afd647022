import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import messages from "../../messages/en";
import { messageText } from "../message-text";
import { wordValues } from "../messages";
import { periodEndingAt } from "../metrics/dates";
import { quarterLabel } from "../metrics/quarters";
import { buildNarrative, type NarrativeInput } from "./narrative";
import type { QuarterKpis } from "./types";

const kpis = (quarter: 1 | 2, posts: number, share: number | null, active: number, dormant: number): QuarterKpis => ({
  quarter: { year: 2017, quarter },
  period: periodEndingAt(
    new Date(quarter === 2 ? "2017-06-30T00:00:00Z" : "2017-03-31T00:00:00Z"),
    quarter === 2 ? 91 : 90,
  ),
  statusCounts: { active, dormant, silent: 1, total: active + dormant + 1, private: 0 },
  posts,
  engagementShare: share,
  priorityInWindow: 3,
  priorityCovered: 2,
  medianHealthScore: 50,
});

function input(overrides: Partial<NarrativeInput> = {}): NarrativeInput {
  const current = kpis(2, 120, 0.25, 10, 3);
  return {
    quarter: { year: 2017, quarter: 2 },
    scope: { kind: "ministry" },
    current,
    previous: kpis(1, 100, 0.2, 11, 2),
    yearBefore: kpis(1, 80, 0.1, 9, 4),
    trend: [current],
    mostImproved: [{ missionId: "m1", missionName: "Berlin", score: 71.6, previousScore: 60.2, change: 11.4 }],
    mostDeclined: [],
    statusChanges: [
      {
        accountId: "a1",
        handle: "old",
        platform: "x",
        missionId: "m2",
        missionName: "Paris",
        change: "went_dormant",
        lastPostAt: null,
      },
    ],
    themes: [
      {
        themeId: "t1",
        name: "Trade",
        isPriority: true,
        inWindow: true,
        taggedPosts: 5,
        missionsCovering: 2,
        missionsInScope: 3,
      },
      {
        themeId: "t2",
        name: "Climate",
        isPriority: true,
        inWindow: true,
        taggedPosts: 0,
        missionsCovering: 0,
        missionsInScope: 3,
      },
      {
        themeId: "t3",
        name: "ASEM",
        isPriority: true,
        inWindow: false,
        taggedPosts: 0,
        missionsCovering: 0,
        missionsInScope: 3,
      },
    ],
    ...overrides,
  };
}

const narrativeText = createTranslator({ locale: "en", messages, namespace: "summaries.narrative" });
const sentenceText = (sentence: { key: string; values: Parameters<typeof wordValues>[0] }) =>
  narrativeText(sentence.key as never, wordValues(sentence.values, messageText) as never);

/** Q3 2017 as of 15 August (46 of its 92 days) against the whole of Q2 2017 (91 days). */
function inProgress(posts: number, share: number, previousPosts: number, previousShare: number): NarrativeInput {
  const q2 = kpis(2, previousPosts, previousShare, 10, 3);
  const current: QuarterKpis = {
    ...kpis(2, posts, share, 10, 3),
    quarter: { year: 2017, quarter: 3 },
    period: periodEndingAt(new Date("2017-08-15T00:00:00Z"), 46),
  };
  return input({ quarter: { year: 2017, quarter: 3 }, current, previous: q2, trend: [q2, current] });
}

describe("buildNarrative for a quarter in progress", () => {
  it("names the quarter as in progress and compares its posts per day with the whole previous quarter", () => {
    // 616 in 46 days = 13.39 a day; 1,500 in 91 days = 16.48 a day: -18.8 %, down 19 % (not 616 / 1,500: down 59 %).
    const posts = buildNarrative(inProgress(616, 0.3, 1500, 0.3)).find((s) => s.key === "posts")!;
    expect(posts.values).toMatchObject({ direction: "down", change: 0.19, hasChange: "yes" });
    expect(sentenceText(posts)).toBe(
      "616 posts were published in Q3 2017 (in progress, 46 of 92 days), 13.4 a day: down 19% on Q2 2017 (16.5 a day).",
    );
    expect(posts.href).toBe("/posts?asOf=2017-08-15&period=46");
  });

  it("words a change that rounds to nothing as unchanged", () => {
    // 35.4 % and 34.6 % both print as 35 %; 754 in 46 days = 16.39 a day against 1,490 in 91 = 16.37 a day (+0.1 %).
    const sentences = buildNarrative(inProgress(754, 0.354, 1490, 0.346));
    expect(sentenceText(sentences.find((s) => s.key === "engagement")!)).toBe(
      "Engagement share was 35%, unchanged from Q2 2017.",
    );
    expect(sentenceText(sentences.find((s) => s.key === "posts")!)).toBe(
      "754 posts were published in Q3 2017 (in progress, 46 of 92 days), 16.4 a day: unchanged from Q2 2017 (16.4 a day).",
    );
  });

  it("says the previous quarter had none rather than a percentage over nothing", () => {
    const posts = buildNarrative(inProgress(92, 0.3, 0, 0.3)).find((s) => s.key === "posts")!;
    expect(sentenceText(posts)).toBe(
      "92 posts were published in Q3 2017 (in progress, 46 of 92 days); none in Q2 2017.",
    );
  });
});

describe("buildNarrative", () => {
  it("states the quarter from its own numbers, each sentence with its evidence", () => {
    const sentences = buildNarrative(input());
    expect(sentences.map((s) => s.key)).toEqual([
      "posts",
      "activity",
      "engagement",
      "wentDormant",
      "mostImproved",
      "priorityGaps",
    ]);
    const [posts, activity, engagement, dormant, improved, gaps] = sentences;
    // Per day: 120 in 91 days (1.319) against 100 in 90 days (1.111): 1.319 / 1.111 - 1 = +18.7 %, up 19 %.
    expect(posts!.values).toMatchObject({
      posts: 120,
      direction: "up",
      change: 0.19,
      hasChange: "yes",
      previousQuarter: quarterLabel({ year: 2017, quarter: 1 }),
    });
    // Quarters are named by the catalog: in English as the page headings say them.
    expect(wordValues(posts!.values, messageText)).toMatchObject({ quarter: "Q2 2017", previousQuarter: "Q1 2017" });
    expect(posts!.href).toBe("/posts?asOf=2017-06-30&period=91");
    expect(activity!.values).toEqual({ active: 10, dormant: 3, accounts: 14 });
    expect(engagement!.values).toMatchObject({ share: 0.25, direction: "up", previousShare: 0.2 });
    expect(engagement!.href).toBe("/posts?asOf=2017-06-30&period=91&category=engagement");
    expect(dormant).toMatchObject({
      values: { count: 1, names: "@old", more: 0 },
      href: "/accounts/a1?asOf=2017-06-30&period=91",
    });
    // Scores with the one decimal the movers table shows (60.2 → 71.6), not rounded apart from it (60 → 72).
    expect(improved).toMatchObject({
      values: { mission: "Berlin", from: 60.2, to: 71.6 },
      href: "/summaries/2017-Q2/missions/m1",
      evidence: { screen: "missionSummary", subject: "Berlin" },
    });
    expect(sentenceText(improved!)).toBe("Berlin improved most: health score 60.2 → 71.6.");
    // The theme outside its window is no gap: 1 of 2 priority themes in window covered.
    expect(gaps).toMatchObject({
      key: "priorityGaps",
      values: { covered: 1, total: 2, names: "Climate" },
      href: "/themes/t2?asOf=2017-06-30&period=91",
    });
  });

  it("says so when nothing changed, nothing was posted, or all priorities were covered", () => {
    const quiet = input({
      current: kpis(2, 0, null, 0, 13),
      previous: kpis(1, 0, null, 0, 13),
      statusChanges: [],
      mostImproved: [],
      themes: [
        {
          themeId: "t1",
          name: "Trade",
          isPriority: true,
          inWindow: true,
          taggedPosts: 1,
          missionsCovering: 1,
          missionsInScope: 1,
        },
      ],
    });
    const sentences = buildNarrative(quiet);
    expect(sentences.map((s) => s.key)).toEqual([
      "posts",
      "activity",
      "noEngagement",
      "noStatusChanges",
      "prioritiesCovered",
    ]);
    expect(sentences[0]!.values).toMatchObject({ hasChange: "no", direction: "same" });
  });

  it("says in words what each sentence's evidence shows: the screen and whose figures", () => {
    const sentences = buildNarrative(input());
    expect(sentences.map((s) => s.evidence)).toEqual([
      { screen: "posts", subject: null },
      { screen: "overview", subject: null },
      { screen: "engagementPosts", subject: null },
      { screen: "account", subject: "@old" },
      { screen: "missionSummary", subject: "Berlin" },
      { screen: "theme", subject: "Climate" },
    ]);
    const mission = buildNarrative(input({ scope: { kind: "mission", missionId: "m9", missionName: "Tokyo" } }));
    expect(mission.find((s) => s.key === "activity")!.evidence).toEqual({ screen: "mission", subject: null });
  });

  it("points a mission's sentences at that mission", () => {
    const sentences = buildNarrative(
      input({ scope: { kind: "mission", missionId: "m9", missionName: "Tokyo" }, mostImproved: [] }),
    );
    expect(sentences.find((s) => s.key === "posts")!.href).toBe("/posts?asOf=2017-06-30&period=91&mission=m9");
    expect(sentences.find((s) => s.key === "activity")!.href).toBe("/missions/m9?asOf=2017-06-30&period=91");
  });
});
