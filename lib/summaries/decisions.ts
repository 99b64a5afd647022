/**
 * The decisions a quarterly briefing asks of its readers, from the summary's
 * own figures only: accounts dormant for more than a year (close or
 * reactivate), missions below their engagement target (agree a plan),
 * priority themes in their window that nobody covered (assign a mission, or
 * for a mission's own briefing, agree how it will cover the theme). Data, not
 * prose: renderers word each decision from summaryExports.decisions.*.
 */
import { calendarDaysBetween } from "../metrics/dates";
import type { DormantAccount, EngagementShortfall, QuarterSummary, ThemeCoverageRow } from "./types";

/** "More than a year": a last post more than this many days before the quarter's as-of date (or none at all). */
export const LONG_DORMANT_DAYS = 365;

export type DecisionInput = Pick<QuarterSummary, "scope" | "dormantAccounts" | "engagementShortfalls" | "themes"> & {
  current: Pick<QuarterSummary["current"], "period">;
};

export type Decision =
  | { key: "closeOrReactivate"; accounts: DormantAccount[] }
  | { key: "engagementPlan"; missions: EngagementShortfall[] }
  | { key: "assignTheme"; theme: ThemeCoverageRow }
  | { key: "coverTheme"; theme: ThemeCoverageRow; missionName: string };

export function decisionsAsked(input: DecisionInput): Decision[] {
  const decisions: Decision[] = [];
  const asOf = input.current.period.asOf;
  const longDormant = input.dormantAccounts.filter(
    (a) => a.lastPostAt === null || calendarDaysBetween(a.lastPostAt, asOf) > LONG_DORMANT_DAYS,
  );
  if (longDormant.length > 0) decisions.push({ key: "closeOrReactivate", accounts: longDormant });

  if (input.engagementShortfalls.length > 0) {
    const missions = [...input.engagementShortfalls].sort(
      (a, b) => b.minimumShare - b.share - (a.minimumShare - a.share) || a.missionName.localeCompare(b.missionName),
    );
    decisions.push({ key: "engagementPlan", missions });
  }

  for (const theme of input.themes) {
    if (!theme.isPriority || !theme.inWindow || theme.taggedPosts > 0) continue;
    decisions.push(
      input.scope.kind === "mission"
        ? { key: "coverTheme", theme, missionName: input.scope.missionName }
        : { key: "assignTheme", theme },
    );
  }
  return decisions;
}
