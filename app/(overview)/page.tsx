import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import {
  OverviewActions,
  OverviewCharts,
  OverviewDemoBanner,
  OverviewHeatmap,
  OverviewKpis,
  OverviewMissions,
  type OverviewView,
} from "@/components/overview/overview-widgets";
import { ChartPanelsSkeleton, KpiCardsSkeleton, TableSkeleton } from "@/components/overview/skeletons";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { homePath } from "@/lib/auth/permissions";
import { formatIsoDay } from "@/lib/metrics/dates";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parseOverviewTableParams } from "@/lib/validations/overview-params";
import { hrefWith } from "@/lib/view-params";

export default async function OverviewPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("overview");
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/", searchParams });
  // An ambassador's home is their own scorecard.
  if (viewer.role === "ambassador" && viewer.missionId) redirect(hrefWith(homePath(viewer), rangeKeep));
  if (!range.ok) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
        <RangeError errors={range.errors} resetHref="/" />
      </>
    );
  }
  const table = parseOverviewTableParams(params);
  const sortKeep = { sort: params.sort, dir: params.dir, rows: params.rows };
  const filterKeep = {
    status: table.status ?? undefined,
    region: table.region ?? undefined,
    kind: table.kind ?? undefined,
    platform: table.platform ?? undefined,
  };
  const view: OverviewView = {
    viewer,
    period: range.period,
    settings: range.settings,
    table,
    rangeKeep,
    sortKeep,
    filterKeep,
  };
  // Each widget shows its skeleton again when the filters it depends on change.
  const rangeKey = `${formatIsoDay(range.period.asOf)}/${range.period.days}`;
  const filtersKey = hrefWith(rangeKey, { ...sortKeep, ...filterKeep });
  const tableKey = `${filtersKey}#${params.page ?? ""}`;
  return (
    <>
      <Suspense key={`banner:${rangeKey}`}>
        <OverviewDemoBanner view={view} />
      </Suspense>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/"
        keep={{ ...rangeKeep, ...sortKeep, ...filterKeep }}
      />
      <Suspense key={`actions:${rangeKey}`} fallback={<TableSkeleton />}>
        <OverviewActions view={view} />
      </Suspense>
      <Suspense key={`kpis:${filtersKey}`} fallback={<KpiCardsSkeleton />}>
        <OverviewKpis view={view} />
      </Suspense>
      <Suspense key={`charts:${rangeKey}`} fallback={<ChartPanelsSkeleton />}>
        <OverviewCharts view={view} />
      </Suspense>
      <Suspense key={`heatmap:${tableKey}`} fallback={<TableSkeleton />}>
        <OverviewHeatmap view={view} />
      </Suspense>
      <Suspense key={`missions:${tableKey}`} fallback={<TableSkeleton />}>
        <OverviewMissions view={view} />
      </Suspense>
    </>
  );
}
