/**
 * The quarter in a few plain sentences, built only from the summary's own
 * numbers (templates over the data, no text model). Each sentence is a
 * catalog key (summaries.narrative.*) with its values and a link to the page
 * that shows its evidence.
 */
import { formatIsoDay } from "../metrics/dates";
import { rateChange, shownChange } from "../metrics/period-change";
import { quarterCoverage, quarterId, quarterLabel } from "../metrics/quarters";
import { shownScore } from "./score-rounding";
import type { EvidenceScreen, NarrativeEvidence, NarrativeSentence, QuarterSummary } from "./types";

export type NarrativeInput = Omit<
  QuarterSummary,
  "narrative" | "generatedAt" | "staffTime" | "isDemo" | "dormantAccounts" | "engagementShortfalls" | "openActions"
>;

const MAX_NAMES = 3;

/** Shares are worded as whole percentages ({share, number, percent}): compared at that precision. */
const SHARE_DIGITS = 2;

function names(list: readonly string[]): { names: string; more: number } {
  return { names: list.slice(0, MAX_NAMES).join(", "), more: Math.max(0, list.length - MAX_NAMES) };
}

export function buildNarrative(summary: NarrativeInput): NarrativeSentence[] {
  const { current, previous } = summary;
  const period = current.period;
  const range = `asOf=${formatIsoDay(period.asOf)}&period=${period.days}`;
  const missionId = summary.scope.kind === "mission" ? summary.scope.missionId : null;
  const missionFilter = missionId ? `&mission=${encodeURIComponent(missionId)}` : "";
  const home = missionId ? `/missions/${encodeURIComponent(missionId)}?${range}` : `/?${range}`;
  // The same evidence in words, for paper: the screen and whose figures (null: the summary's own scope).
  const on = (screen: EvidenceScreen, subject: string | null = null): NarrativeEvidence => ({ screen, subject });
  const homeEvidence = on(missionId ? "mission" : "overview");
  // Sentences name quarters as the page headings do ("Q2 2017"); links use the URL form ("2017-Q2").
  // A quarter in progress says so wherever it is named ("Q3 2017 (in progress, 46 of 92 days)").
  const quarter = quarterLabel(summary.quarter, quarterCoverage(summary.quarter, period));
  const previousQuarter = quarterLabel(previous.quarter, quarterCoverage(previous.quarter, previous.period));
  const quarterPath = quarterId(summary.quarter);
  const sentences: NarrativeSentence[] = [];

  // Posts are compared per day (a quarter in progress against whole quarters), the change as a whole percentage.
  const posts = rateChange(
    { count: current.posts, days: period.days },
    { count: previous.posts, days: previous.period.days },
  );
  sentences.push({
    key: "posts",
    values: {
      posts: current.posts,
      quarter,
      previousQuarter,
      rate: posts.currentRate ?? 0,
      previousRate: posts.previousRate ?? 0,
      direction: posts.direction ?? "same",
      change: Math.abs(posts.change ?? 0),
      hasChange: posts.change !== null ? "yes" : posts.direction === "up" ? "none" : "no",
    },
    href: `/posts?${range}${missionFilter}`,
    evidence: on("posts"),
  });

  const accounts = current.statusCounts.active + current.statusCounts.dormant + current.statusCounts.silent;
  sentences.push({
    key: "activity",
    values: { active: current.statusCounts.active, dormant: current.statusCounts.dormant, accounts },
    href: home,
    evidence: homeEvidence,
  });

  if (current.engagementShare === null) {
    sentences.push({
      key: "noEngagement",
      values: { quarter },
      href: `/posts?${range}${missionFilter}`,
      evidence: on("posts"),
    });
  } else {
    sentences.push({
      key: "engagement",
      values: {
        share: current.engagementShare,
        direction:
          previous.engagementShare === null
            ? "none"
            : shownChange(current.engagementShare, previous.engagementShare, SHARE_DIGITS).direction,
        previousShare: previous.engagementShare ?? 0,
        previousQuarter,
      },
      href: `/posts?${range}${missionFilter}&category=engagement`,
      evidence: on("engagementPosts"),
    });
  }

  const wentDormant = summary.statusChanges.filter((c) => c.change === "went_dormant");
  const cameBack = summary.statusChanges.filter((c) => c.change === "came_back");
  if (wentDormant.length > 0) {
    sentences.push({
      key: "wentDormant",
      values: { count: wentDormant.length, ...names(wentDormant.map((c) => `@${c.handle}`)) },
      href: `/accounts/${encodeURIComponent(wentDormant[0]!.accountId)}?${range}`,
      evidence: on("account", `@${wentDormant[0]!.handle}`),
    });
  }
  if (cameBack.length > 0) {
    sentences.push({
      key: "cameBack",
      values: { count: cameBack.length, ...names(cameBack.map((c) => `@${c.handle}`)) },
      href: `/accounts/${encodeURIComponent(cameBack[0]!.accountId)}?${range}`,
      evidence: on("account", `@${cameBack[0]!.handle}`),
    });
  }
  if (wentDormant.length === 0 && cameBack.length === 0)
    sentences.push({ key: "noStatusChanges", values: { quarter }, href: home, evidence: homeEvidence });

  const improved = summary.mostImproved[0];
  if (improved && improved.change > 0) {
    sentences.push({
      key: "mostImproved",
      values: {
        mission: improved.missionName,
        from: shownScore(improved.previousScore) ?? 0,
        to: shownScore(improved.score) ?? 0,
      },
      href: `/summaries/${quarterPath}/missions/${encodeURIComponent(improved.missionId)}`,
      evidence: on("missionSummary", improved.missionName),
    });
  }
  const declined = summary.mostDeclined[0];
  if (declined && declined.change < 0) {
    sentences.push({
      key: "mostDeclined",
      values: {
        mission: declined.missionName,
        from: shownScore(declined.previousScore) ?? 0,
        to: shownScore(declined.score) ?? 0,
      },
      href: `/summaries/${quarterPath}/missions/${encodeURIComponent(declined.missionId)}`,
      evidence: on("missionSummary", declined.missionName),
    });
  }

  const priorities = summary.themes.filter((t) => t.isPriority && t.inWindow);
  const gaps = priorities.filter((t) => t.taggedPosts === 0);
  if (priorities.length > 0) {
    sentences.push({
      key: gaps.length === 0 ? "prioritiesCovered" : "priorityGaps",
      values: { covered: priorities.length - gaps.length, total: priorities.length, ...names(gaps.map((t) => t.name)) },
      href: gaps.length > 0 ? `/themes/${encodeURIComponent(gaps[0]!.themeId)}?${range}` : `/themes?${range}`,
      evidence: gaps.length > 0 ? on("theme", gaps[0]!.name) : on("themes"),
    });
  }
  return sentences;
}
