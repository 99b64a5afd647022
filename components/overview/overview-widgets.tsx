import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { DemoBanner } from "@/components/layout/demo-banner";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import type { Viewer } from "@/lib/auth/permissions";
import type { Dashboard } from "@/lib/data/dashboard";
import { filterMissions, filterOptions, sortMissions } from "@/lib/data/mission-sort";
import { addDays, type Period } from "@/lib/metrics/dates";
import type { MetricSettings } from "@/lib/metrics/settings";
import { pageSlice } from "@/lib/pagination";
import { defaultDirection, type OverviewTableParams } from "@/lib/validations/overview-params";
import { DEFAULT_PAGE_SIZE } from "@/lib/validations/page-param";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { ActionList } from "./action-list";
import { EngagementPanel, WeeklyActivityPanel } from "./chart-panels";
import { CoverageHeatmap } from "./coverage-heatmap";
import { loadDashboard } from "./dashboard-data";
import { KpiCards } from "./kpi-cards";
import { MissionFiltersForm } from "./mission-filters";
import { MissionTable, MissionTableLegend } from "./mission-table";

/** What every overview widget is drawn from: the viewer's dashboard for the view's range, and the table's state from the URL. */
export interface OverviewView {
  viewer: Viewer;
  period: Period;
  settings: MetricSettings;
  table: OverviewTableParams;
  /** The URL's as-of date and period. */
  rangeKeep: ViewParams;
  /** The table's sort, direction and page size. */
  sortKeep: ViewParams;
  /** The table's filters. */
  filterKeep: ViewParams;
}

function dashboardOf(view: OverviewView): Promise<Dashboard> {
  return loadDashboard(view.viewer, view.period, view.settings);
}

function keepOf(view: OverviewView): ViewParams {
  return { ...view.rangeKeep, ...view.sortKeep, ...view.filterKeep };
}

/** The missions the table's filters and sort leave, a page at a time. */
function missionPageOf(dashboard: Dashboard, table: OverviewTableParams) {
  const shown = sortMissions(filterMissions(dashboard.missions, table), table.sort, table.dir);
  // A page at a time: a large service's 300 missions in one table and heatmap made a page of several megabytes.
  return { shown, page: pageSlice(shown, table.page, table.pageSize) };
}

function pageHref(view: OverviewView, anchor: string) {
  return ({ page, pageSize = view.table.pageSize }: { page: number; pageSize?: number }) =>
    `${hrefWith("/", keepOf(view), { page: page > 1 ? String(page) : undefined, rows: pageSize === DEFAULT_PAGE_SIZE ? undefined : String(pageSize) })}#${anchor}`;
}

export async function OverviewDemoBanner({ view }: { view: OverviewView }) {
  const dashboard = await dashboardOf(view);
  return dashboard.hasDemoData ? <DemoBanner /> : null;
}

/** The key figures against the previous period; on an empty store, the word that there is nothing yet. */
export async function OverviewKpis({ view }: { view: OverviewView }) {
  const [t, format, dashboard] = await Promise.all([getTranslations("overview"), getFormatter(), dashboardOf(view)]);
  if (dashboard.missions.length === 0) {
    return (
      <Alert tone="info" data-testid="empty-store">
        <h2 className="mb-1 font-semibold">{t("emptyTitle")}</h2>
        <p>{t("emptyBody")}</p>
      </Alert>
    );
  }
  const { table, rangeKeep } = view;
  return (
    <KpiCards
      kpis={dashboard.kpis}
      privateAccounts={dashboard.actions.filter((a) => a.kind === "private")}
      previous={dashboard.previousKpis}
      previousLabel={t("previousPeriod", { days: dashboard.previous.days })}
      previousDates={t("previousDates", {
        start: format.dateTime(dashboard.previous.start, { dateStyle: "medium" }),
        end: format.dateTime(addDays(dashboard.previous.endExclusive, -1), { dateStyle: "medium" }),
      })}
      selected={table.status}
      postsHref={(category) => hrefWith("/posts", rangeKeep, { category })}
      themesHref={hrefWith("/themes", rangeKeep)}
      statusHref={(status) =>
        hrefWith("/", keepOf(view), { status: table.status === status ? undefined : status }) + "#missions-heading"
      }
    />
  );
}

/** The accounts that need HQ now, before any figure. */
export async function OverviewActions({ view }: { view: OverviewView }) {
  const dashboard = await dashboardOf(view);
  if (dashboard.missions.length === 0) return null;
  return (
    <ActionList
      actions={dashboard.actions}
      asOf={view.period.asOf}
      thresholdDays={view.settings.dormancyThresholdDays}
      missionHref={(id) => hrefWith(`/missions/${encodeURIComponent(id)}`, view.rangeKeep)}
      accountHref={(id) => hrefWith(`/accounts/${encodeURIComponent(id)}`, view.rangeKeep)}
    />
  );
}

export async function OverviewCharts({ view }: { view: OverviewView }) {
  const dashboard = await dashboardOf(view);
  if (dashboard.missions.length === 0) return null;
  return (
    <div className="mb-6 grid grid-cols-1 gap-4 xl:grid-cols-2">
      <WeeklyActivityPanel weekly={dashboard.weekly} />
      <EngagementPanel missions={dashboard.missions} median={dashboard.medianEngagementShare} />
    </div>
  );
}

/** Which missions post on which themes, for the table's page of missions. */
export async function OverviewHeatmap({ view }: { view: OverviewView }) {
  const [t, dashboard] = await Promise.all([getTranslations("heatmap"), dashboardOf(view)]);
  if (dashboard.missions.length === 0) return null;
  const { page } = missionPageOf(dashboard, view.table);
  return (
    <section aria-labelledby="heatmap-heading" className="mb-6">
      <h2 id="heatmap-heading" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-2 text-xs text-muted">
        {t.rich("legend", { gap: (chunks) => <Term term="themeGap">{chunks}</Term> })}
        {page.pageCount > 1 && <> {t("paged")}</>}
      </p>
      <CoverageHeatmap
        missions={page.items}
        themes={dashboard.themes}
        period={view.period}
        cellHref={(missionId, themeId) => hrefWith("/posts", view.rangeKeep, { mission: missionId, theme: themeId })}
      />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        href={pageHref(view, "heatmap-heading")}
        testId="heatmap-pages"
      />
    </section>
  );
}

/** The missions, filtered, sorted and paged as the URL says. */
export async function OverviewMissions({ view }: { view: OverviewView }) {
  const [t, format, dashboard] = await Promise.all([getTranslations("overview"), getFormatter(), dashboardOf(view)]);
  if (dashboard.missions.length === 0) return null;
  const { table, rangeKeep, sortKeep, filterKeep } = view;
  const { shown, page } = missionPageOf(dashboard, table);
  const activeFilters = Object.values(filterKeep).some(Boolean);
  return (
    <section aria-labelledby="missions-heading">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="missions-heading" className="text-lg font-semibold">
          {t("missionsHeading")}
        </h2>
        <p className="text-sm text-muted" data-testid="missions-count">
          {t("missionsCount", { shown: shown.length, total: dashboard.missions.length })}
          {page.pageCount > 1 && (
            <>
              {" · "}
              {t("missionsPage", { first: format.number(page.first), last: format.number(page.last) })}
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
        <Alert tone="info">{activeFilters ? t("noMatch") : t("emptyBody")}</Alert>
      ) : (
        <>
          <MissionTable
            missions={page.items}
            sort={table.sort}
            dir={table.dir}
            sortHref={(key) =>
              hrefWith("/", keepOf(view), {
                sort: key,
                dir: key === table.sort ? (table.dir === "asc" ? "desc" : "asc") : defaultDirection(key),
              })
            }
            missionHref={(id) => hrefWith(`/missions/${encodeURIComponent(id)}`, rangeKeep)}
            postsHref={(id, category) => hrefWith("/posts", rangeKeep, { mission: id, category })}
          />
          <MissionTableLegend />
          <Pagination
            page={page.page}
            pageCount={page.pageCount}
            href={pageHref(view, "missions-heading")}
            pageSize={table.pageSize}
            testId="mission-pages"
          />
        </>
      )}
    </section>
  );
}
