import { getFormatter, getTranslations } from "next-intl/server";
import { ThemeCoverageChart } from "@/components/charts/lazy-charts";
import type { ThemeDetail } from "@/lib/data/themes";
import { CoverageOverTimeTable } from "./coverage-over-time-table";
import type { ThemeLinks } from "./theme-links";

/** The theme's tagged posts month by month: a chart, and a table by mission when there are any. */
export async function ThemeOverTimeSection({
  theme,
  links,
  page,
}: {
  theme: ThemeDetail;
  links: ThemeLinks;
  page: number;
}) {
  const t = await getTranslations("themes");
  const format = await getFormatter();
  const monthLabels = theme.monthly.months.map((month) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: "short", year: "numeric" }),
  );
  return (
    <section aria-labelledby="over-time-heading">
      <h2 id="over-time-heading" className="mb-1 text-lg font-semibold">
        {t("overTimeHeading")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("overTimeHelp")}</p>
      <div className="space-y-4">
        <ThemeCoverageChart
          series={theme.monthly.months.map((month, i) => ({
            month,
            label: monthLabels[i]!,
            posts: theme.monthly.totals[i]!,
          }))}
          labels={{ chart: t("chartLabel"), series: t("chartSeries"), empty: t("overTimeEmpty") }}
        />
        {theme.monthly.totals.some((n) => n > 0) && (
          <CoverageOverTimeTable
            monthly={theme.monthly}
            monthLabels={monthLabels}
            missionHref={links.missionHref}
            page={page}
            pageHref={links.pageHref("monthsPage", "over-time-heading")}
          />
        )}
      </div>
    </section>
  );
}
