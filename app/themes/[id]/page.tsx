import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ThemeCoverageChart } from "@/components/charts/lazy-charts";
import { DemoBanner } from "@/components/layout/demo-banner";
import { CoverageOverTimeTable } from "@/components/themes/coverage-over-time-table";
import { KeywordRules } from "@/components/themes/keyword-rules";
import { MissionCoverageTable } from "@/components/themes/mission-coverage-table";
import { ThemeWindow } from "@/components/themes/theme-window";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { can } from "@/lib/auth/permissions";
import { getThemeDetail } from "@/lib/data/themes";
import { parsePageParam } from "@/lib/validations/page-param";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pageTitle");
  return { title: t("theme") };
}

export default async function ThemePage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { id } = await params;
  const t = await getTranslations("themes");
  const format = await getFormatter();
  const pathname = `/themes/${encodeURIComponent(id)}`;
  const { viewer, params: query, keep, range } = await openRangePage({ path: pathname, searchParams });

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const theme = await getThemeDetail(viewer, id, range.period);
  if (!theme) notFound();

  const monthLabels = theme.monthly.months.map((month) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: "short", year: "numeric" }),
  );
  const postsHref = (changes: Record<string, string | undefined> = {}) => hrefWith("/posts", keep, { theme: theme.id, ...changes });
  const missionHref = (missionId: string) => hrefWith(`/missions/${encodeURIComponent(missionId)}`, keep);
  const pages = { page: parsePageParam(query.page), monthsPage: parsePageParam(query.monthsPage) };
  const pageHref = (key: keyof typeof pages, anchor: string) => (page: number) =>
    `${hrefWith(pathname, { ...keep, page: query.page, monthsPage: query.monthsPage }, { [key]: page > 1 ? String(page) : undefined })}#${anchor}`;

  return (
    <>
      {theme.hasDemoData && <DemoBanner />}
      <Link href={hrefWith("/themes", keep)} className="text-sm text-accent hover:underline">
        ← {t("back")}
      </Link>
      <div className="mb-1 mt-2 flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold">{theme.name}</h1>
        {theme.isPriority ? <Badge tone="info">{t("priority")}</Badge> : <Badge>{t("notPriority")}</Badge>}
      </div>
      {theme.description && <p className="mb-2 max-w-3xl">{theme.description}</p>}
      <p className="mb-2 text-sm">
        <span className="text-muted">{t("column.window")}:</span> <ThemeWindow theme={theme} />
      </p>
      {!theme.inWindow && (
        <Alert tone="info" className="mb-4" data-testid="outside-window">
          {t("window.outsideNote")}
        </Alert>
      )}
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <p className="mb-6 text-sm" data-testid="theme-summary">
        {t("summary", { tagged: theme.taggedPosts, covering: theme.missionsCovering, total: theme.missionsVisible })}{" "}
        <Link href={postsHref()} className="font-medium text-accent hover:underline" data-testid="all-tagged">
          {t("allTagged")} →
        </Link>
      </p>

      <KeywordRules keywords={theme.keywords} editableThemeId={can(viewer, "edit:themes") ? theme.id : null} />

      <section aria-labelledby="missions-heading" className="mb-8">
        <h2 id="missions-heading" className="mb-1 text-lg font-semibold">
          {t("missionsHeading")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("missionsHelp")}</p>
        {theme.missions.length === 0 ? (
          <Alert tone="info">{t("noMissions")}</Alert>
        ) : (
          <MissionCoverageTable
            missions={theme.missions}
            inWindow={theme.inWindow}
            missionHref={missionHref}
            taggedHref={(missionId) => postsHref({ mission: missionId })}
            postsHref={(missionId) => hrefWith("/posts", keep, { mission: missionId })}
            page={pages.page}
            pageHref={pageHref("page", "missions-heading")}
          />
        )}
      </section>

      <section aria-labelledby="over-time-heading">
        <h2 id="over-time-heading" className="mb-1 text-lg font-semibold">
          {t("overTimeHeading")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("overTimeHelp")}</p>
        <div className="space-y-4">
          <ThemeCoverageChart
            series={theme.monthly.months.map((month, i) => ({ month, label: monthLabels[i]!, posts: theme.monthly.totals[i]! }))}
            labels={{ chart: t("chartLabel"), series: t("chartSeries"), empty: t("overTimeEmpty") }}
          />
          {theme.monthly.totals.some((n) => n > 0) && (
            <CoverageOverTimeTable
              monthly={theme.monthly}
              monthLabels={monthLabels}
              missionHref={missionHref}
              page={pages.monthsPage}
              pageHref={pageHref("monthsPage", "over-time-heading")}
            />
          )}
        </div>
      </section>
    </>
  );
}
