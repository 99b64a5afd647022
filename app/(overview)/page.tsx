import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { MissionTable } from "@/components/overview/mission-table";
import { StatusCards } from "@/components/overview/status-cards";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { filterMissionsByStatus, sortMissions } from "@/lib/data/mission-sort";
import { getMinistryOverview } from "@/lib/data/missions";
import { resolveViewRange } from "@/lib/data/view-range";
import { defaultDirection, parseOverviewTableParams } from "@/lib/validations/overview-params";
import { firstValues, hrefWith } from "@/lib/view-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const params = firstValues(await searchParams);
  const t = await getTranslations("overview");
  const tStatus = await getTranslations("status");
  const viewer = await getCurrentViewer();
  const range = await resolveViewRange(viewer, params);

  if (!range.ok) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
        <RangeError errors={range.errors} resetHref="/" />
      </>
    );
  }

  const overview = await getMinistryOverview(viewer, range.period, range.settings);
  const table = parseOverviewTableParams(params);
  const keep = { asOf: params.asOf, period: params.period, sort: params.sort, dir: params.dir, status: params.status };
  const rangeKeep = { asOf: params.asOf, period: params.period };
  const shown = sortMissions(filterMissionsByStatus(overview.missions, table.status), table.sort, table.dir);

  return (
    <>
      {overview.hasDemoData && <DemoBanner />}
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <RangeBar
        period={overview.period}
        thresholdDays={overview.thresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/"
        keep={keep}
      />
      {overview.missions.length === 0 ? (
        <Alert tone="info" data-testid="empty-store">
          <h2 className="mb-1 font-semibold">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
        </Alert>
      ) : (
        <>
          <StatusCards
            statusCounts={overview.statusCounts}
            counts={overview.counts}
            postsInPeriod={overview.postsInPeriod}
            engagementShare={overview.engagementShare}
            selected={table.status}
            postsHref={(category) => hrefWith("/posts", rangeKeep, { category })}
            statusHref={(status) => hrefWith("/", keep, { status: table.status === status ? undefined : status })}
          />
          <section aria-labelledby="missions-heading">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="missions-heading" className="text-lg font-semibold">
                {t("missionsHeading")}
              </h2>
              <p className="text-sm text-muted" data-testid="missions-count">
                {table.status && (
                  <>
                    {t("filteredBy", { status: tStatus(table.status).toLocaleLowerCase() })}{" "}
                    <Link href={hrefWith("/", keep, { status: undefined })} className="text-accent hover:underline">
                      {t("clearFilter")}
                    </Link>{" "}
                    ·{" "}
                  </>
                )}
                {t("missionsCount", { shown: shown.length, total: overview.missions.length })}
              </p>
            </div>
            {shown.length === 0 ? (
              <Alert tone="info">{t("noMatch")}</Alert>
            ) : (
              <MissionTable
                missions={shown}
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
            )}
          </section>
        </>
      )}
    </>
  );
}
