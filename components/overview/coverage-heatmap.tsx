import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardTheme, MissionHealth } from "@/lib/data/dashboard";
import type { Period } from "@/lib/metrics/dates";
import { orderThemesCurrentFirst } from "@/lib/metrics/theme-order";
import { cn } from "@/lib/utils";

/** Background strength for a share of posts: a glance tells thin from strong coverage. */
function shade(share: number | null): string {
  if (share === null || share === 0) return "";
  if (share < 0.05) return "bg-emerald-100 dark:bg-emerald-950";
  if (share < 0.15) return "bg-emerald-200 dark:bg-emerald-900";
  if (share < 0.3) return "bg-emerald-300 dark:bg-emerald-800";
  return "bg-emerald-400 dark:bg-emerald-700";
}

/**
 * Missions × themes (priority themes first): the share of each mission's
 * posts in the period tagged with the theme. Gaps (a priority theme in its
 * window with no post) are marked; themes outside their window are greyed.
 * Each cell opens the tagged posts. Themes whose window ended before the
 * period come last. Every mission row shows (the page scrolls, not a box);
 * only a wide theme list scrolls sideways, with the mission column pinned.
 */
export async function CoverageHeatmap({
  missions,
  themes,
  period,
  cellHref,
}: {
  missions: MissionHealth[];
  themes: DashboardTheme[];
  period: Pick<Period, "start">;
  cellHref: (missionId: string, themeId: string) => string;
}) {
  const t = await getTranslations("heatmap");
  const format = await getFormatter();
  const ordered = orderThemesCurrentFirst(themes, period);
  return (
    <div
      role="region"
      aria-label={t("caption")}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-border bg-card"
      data-testid="coverage-heatmap-scroll"
    >
      <table className="border-collapse text-xs" data-testid="coverage-heatmap">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-card">
          <tr>
            <th scope="col" className="sticky left-0 z-20 bg-card px-2 py-2 text-left font-semibold">
              {t("mission")}
            </th>
            {ordered.map((theme) => (
              <th
                key={theme.id}
                scope="col"
                className="min-w-24 max-w-32 px-2 py-2 text-left align-bottom font-semibold"
              >
                <span className="block">{theme.name}</span>
                {theme.isPriority && (
                  <span className="block font-normal text-amber-700 dark:text-amber-300">{t("priority")}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {missions.map((mission) => (
            <tr key={mission.id} data-mission={mission.slug}>
              <th scope="row" className="sticky left-0 bg-card px-2 py-1 text-left font-medium whitespace-nowrap">
                {mission.name}
              </th>
              {ordered.map((theme) => {
                const cell = mission.coverage.themes.find((entry) => entry.themeId === theme.id);
                if (!cell) return <td key={theme.id} className="border border-border" />;
                const label =
                  cell.share === null
                    ? t("noPosts")
                    : format.number(cell.share, { style: "percent", maximumFractionDigits: 0 });
                return (
                  <td
                    key={cell.themeId}
                    data-theme={cell.themeId}
                    className={cn(
                      "border border-border px-2 py-1 text-center tabular-nums",
                      shade(cell.share),
                      !cell.inWindow && "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300",
                      cell.isGap && "outline outline-2 -outline-offset-2 outline-rose-500",
                    )}
                  >
                    {cell.taggedPosts > 0 ? (
                      <Link
                        href={cellHref(mission.id, cell.themeId)}
                        className="hover:underline"
                        title={t("cellTitle", { posts: cell.taggedPosts })}
                      >
                        {label}
                      </Link>
                    ) : cell.isGap ? (
                      <span className="font-semibold text-rose-700 dark:text-rose-300">{t("gap")}</span>
                    ) : !cell.inWindow ? (
                      <span title={t("outOfWindow")}>{t("outOfWindowShort")}</span>
                    ) : (
                      <span className="text-muted">{label}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
