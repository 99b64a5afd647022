import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { EngagementPanel, WeeklyActivityPanel } from "@/components/overview/chart-panels";
import { CoverageHeatmap } from "@/components/overview/coverage-heatmap";
import { KpiCards } from "@/components/overview/kpi-cards";
import { MissionFiltersForm } from "@/components/overview/mission-filters";
import { MissionTable } from "@/components/overview/mission-table";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { homePath } from "@/lib/auth/permissions";
import { getDashboard } from "@/lib/data/dashboard";
import { filterMissions, filterOptions, sortMissions } from "@/lib/data/mission-sort";
import { addDays } from "@/lib/metrics/dates";
import { defaultDirection, parseOverviewTableParams } from "@/lib/validations/overview-params";
import { pageSlice } from "@/lib/pagination";
import { DEFAULT_PAGE_SIZE } from "@/lib/validations/page-param";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export default async function OverviewPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/", searchParams });
  // An ambassador's home is their own scorecard.
  if (viewer.role === "ambassador" && viewer.missionId) redirect(hrefWith(homePath(viewer), rangeKeep));

  if (!range.ok) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">{t("overview.title")}</h1>
        <RangeError errors={range.errors} resetHref="/" />
      </>
    );
  }

  const dashboard = await getDashboard(viewer, range.period, range.settings);
  const table = parseOverviewTableParams(params);
  const sortKeep = { sort: params.sort, dir: params.dir, rows: params.rows };
  const filterKeep = {
    status: table.status ?? undefined,
    region: table.region ?? undefined,
    kind: table.kind ?? undefined,
    platform: table.platform ?? undefined,
  };
  const keep = { ...rangeKeep, ...sortKeep, ...filterKeep };
  const shown = sortMissions(filterMissions(dashboard.missions, table), table.sort, table.dir);
  // A page at a time: a large service's 300 missions in one table and heatmap made a page of several megabytes.
  const missionPage = pageSlice(shown, table.page, table.pageSize);
  const pageHref =
    (anchor: string) =>
    ({ page, pageSize = table.pageSize }: { page: number; pageSize?: number }) =>
      `${hrefWith("/", keep, { page: page > 1 ? String(page) : undefined, rows: pageSize === DEFAULT_PAGE_SIZE ? undefined : String(pageSize) })}#${anchor}`;
  const previousLabel = t("overview.previousPeriod", { days: dashboard.previous.days });
  const previousDates = t("overview.previousDates", {
    start: format.dateTime(dashboard.previous.start, { dateStyle: "medium" }),
    end: format.dateTime(addDays(dashboard.previous.endExclusive, -1), { dateStyle: "medium" }),
  });
  const activeFilters = Object.values(filterKeep).some(Boolean);

  return (
    <>
      {dashboard.hasDemoData && <DemoBanner />}
      <h1 className="mb-4 text-2xl font-semibold">{t("overview.title")}</h1>
      <RangeBar period={dashboard.period} thresholdDays={range.settings.dormancyThresholdDays} asOfIsDefault={range.asOfIsDefault} pathname="/" keep={keep} />
      {dashboard.missions.length === 0 ? (
        <Alert tone="info" data-testid="empty-store">
          <h2 className="mb-1 font-semibold">{t("overview.emptyTitle")}</h2>
          <p>{t("overview.emptyBody")}</p>
        </Alert>
      ) : (
        <>
          <KpiCards
            kpis={dashboard.kpis}
            previous={dashboard.previousKpis}
            previousLabel={previousLabel}
            previousDates={previousDates}
            selected={table.status}
            postsHref={(category) => hrefWith("/posts", rangeKeep, { category })}
            themesHref={hrefWith("/themes", rangeKeep)}
            statusHref={(status) => hrefWith("/", keep, { status: table.status === status ? undefined : status }) + "#missions-heading"}
          />
          <div className="mb-6 grid grid-cols-1 gap-4 xl:grid-cols-2">
            <WeeklyActivityPanel weekly={dashboard.weekly} />
            <EngagementPanel missions={dashboard.missions} median={dashboard.medianEngagementShare} />
          </div>
          <section aria-labelledby="heatmap-heading" className="mb-6">
            <h2 id="heatmap-heading" className="mb-1 text-lg font-semibold">
              {t("heatmap.title")}
            </h2>
            <p className="mb-2 text-xs text-muted">
              {t("heatmap.legend")}
              {missionPage.pageCount > 1 && <> {t("heatmap.paged")}</>}
            </p>
            <CoverageHeatmap
              missions={missionPage.items}
              themes={dashboard.themes}
              cellHref={(missionId, themeId) => hrefWith("/posts", rangeKeep, { mission: missionId, theme: themeId })}
            />
            <Pagination page={missionPage.page} pageCount={missionPage.pageCount} href={pageHref("heatmap-heading")} testId="heatmap-pages" />
          </section>
          <section aria-labelledby="missions-heading">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="missions-heading" className="text-lg font-semibold">
                {t("overview.missionsHeading")}
              </h2>
              <p className="text-sm text-muted" data-testid="missions-count">
                {t("overview.missionsCount", { shown: shown.length, total: dashboard.missions.length })}
                {missionPage.pageCount > 1 && (
                  <>
                    {" · "}
                    {t("overview.missionsPage", { first: format.number(missionPage.first), last: format.number(missionPage.last) })}
                  </>
                )}
              </p>
            </div>
            <MissionFiltersForm
              filters={table}
              options={filterOptions(dashboard.missions)}
              keep={{ ...rangeKeep, ...sortKeep }}
              clearHref={hrefWith("/", { ...rangeKeep, ...sortKeep })}
            />
            {shown.length === 0 ? (
              <Alert tone="info">{activeFilters ? t("overview.noMatch") : t("overview.emptyBody")}</Alert>
            ) : (
              <>
                <MissionTable
                  missions={missionPage.items}
                  sort={table.sort}
                  dir={table.dir}
                  sortHref={(key) =>
                    hrefWith("/", keep, {
                      sort: key,
                      dir: key === table.sort ? (table.dir === "asc" ? "desc" : "asc") : defaultDirection(key),
                    })
                  }
                  missionHref={(id) => hrefWith(`/missions/${encodeURIComponent(id)}`, rangeKeep)}
                  postsHref={(id, category) => hrefWith("/posts", rangeKeep, { mission: id, category })}
                />
                <Pagination
                  page={missionPage.page}
                  pageCount={missionPage.pageCount}
                  href={pageHref("missions-heading")}
                  pageSize={table.pageSize}
                  testId="mission-pages"
                />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
