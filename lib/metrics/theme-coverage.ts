import type { Period } from "./dates";
import { orderThemesCurrentFirst } from "./theme-order";

export interface ThemeForCoverage {
  id: string;
  isPriority: boolean;
  /** Inclusive first day of the active window, or null for "always". */
  activeFrom: Date | null;
  /** Inclusive last day of the active window, or null for "open-ended". */
  activeTo: Date | null;
}

export interface ThemeCoverageEntry {
  themeId: string;
  isPriority: boolean;
  taggedPosts: number;
  /** taggedPosts / all posts in the period; null when there were no posts. */
  share: number | null;
  covered: boolean;
  /** Whether the theme's active window overlaps the period at all. */
  inWindow: boolean;
  /** A priority theme, in its window, with no tagged post: the gap HQ acts on. */
  isGap: boolean;
}

export interface ThemeCoverage {
  themes: ThemeCoverageEntry[];
  /** Priority themes whose window overlaps the period. */
  priorityInWindow: number;
  priorityCovered: number;
  /** priorityCovered / priorityInWindow; null when no priority theme is in its window. */
  priorityCoverage: number | null;
}

const DAY_MS = 86_400_000;

/** A theme counts in a period when its active window overlaps it (both ends inclusive days). */
export function themeInWindow(theme: Pick<ThemeForCoverage, "activeFrom" | "activeTo">, period: Period): boolean {
  const windowStart = theme.activeFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
  const windowEndExclusive = theme.activeTo ? theme.activeTo.getTime() + DAY_MS : Number.POSITIVE_INFINITY;
  return windowStart < period.endExclusive.getTime() && windowEndExclusive > period.start.getTime();
}

/**
 * Theme coverage of one mission (or account) over a period: the share of its
 * posts tagged with each theme and whether each priority theme is covered.
 * A theme outside its active window is never a gap; one that ended before the
 * period is listed after the current ones, in every view built from this.
 */
export function themeCoverage(
  themes: readonly ThemeForCoverage[],
  taggedPostsByTheme: ReadonlyMap<string, number>,
  postsInPeriod: number,
  period: Period,
): ThemeCoverage {
  const entries = orderThemesCurrentFirst(themes, period).map((theme): ThemeCoverageEntry => {
    const taggedPosts = taggedPostsByTheme.get(theme.id) ?? 0;
    const inWindow = themeInWindow(theme, period);
    const covered = taggedPosts > 0;
    return {
      themeId: theme.id,
      isPriority: theme.isPriority,
      taggedPosts,
      share: postsInPeriod > 0 ? taggedPosts / postsInPeriod : null,
      covered,
      inWindow,
      isGap: theme.isPriority && inWindow && !covered,
    };
  });
  const priority = entries.filter((e) => e.isPriority && e.inWindow);
  const priorityCovered = priority.filter((e) => e.covered).length;
  return {
    themes: entries,
    priorityInWindow: priority.length,
    priorityCovered,
    priorityCoverage: priority.length === 0 ? null : priorityCovered / priority.length,
  };
}
