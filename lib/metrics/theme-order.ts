import type { Period } from "./dates";
import type { ThemeForCoverage } from "./theme-coverage";

/**
 * Themes for display: a theme whose active window ended before the period
 * (ASEM 2016 in 2017) goes after every current or coming one, so the
 * columns a reader scans first are the themes missions can still post on.
 * Otherwise the given order (priority first, then name) is kept.
 */
export function orderThemesCurrentFirst<T extends Pick<ThemeForCoverage, "activeTo">>(
  themes: readonly T[],
  period: Pick<Period, "start">,
): T[] {
  const ended = (theme: T) => theme.activeTo !== null && theme.activeTo.getTime() < period.start.getTime();
  return [...themes.filter((theme) => !ended(theme)), ...themes.filter(ended)];
}
