import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageBreakdownTable } from "@/components/languages/language-breakdown-table";
import { languageNamer } from "@/components/languages/language-links";
import { LanguageTrendChart } from "@/components/charts/lazy-charts";
import { LanguageTrendTable } from "@/components/languages/language-trend-table";
import { LanguagesTable } from "@/components/languages/languages-table";
import { DemoBanner } from "@/components/layout/demo-banner";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionLanguages } from "@/lib/data/languages";
import { quarterLabel } from "@/lib/metrics/quarters";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("languages");
  return { title: t("title") };
}

export default async function MissionLanguagesPage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { missionId } = await params;
  const t = await getTranslations("languages");
  const pathname = `/languages/${encodeURIComponent(missionId)}`;
  const { viewer, keep, range } = await openRangePage({ path: pathname, searchParams });

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const { ministryLanguage } = range.settings;
  const mission = await getMissionLanguages(viewer, missionId, range.period, ministryLanguage);
  if (!mission) notFound();
  const name = languageNamer(await getLocale());
  const hostNames = mission.hostLanguages.length > 0 ? mission.hostLanguages.map(name).join(", ") : t("noHostLanguages");

  return (
    <>
      {mission.isDemo && <DemoBanner />}
      {canViewAllMissions(viewer) && (
        <p className="mb-2 text-sm">
          <Link href={hrefWith("/languages", keep)} className="text-accent hover:underline">
            ← {t("backToOverview")}
          </Link>
        </p>
      )}
      <h1 className="mb-1 text-2xl font-semibold">{t("missionTitle", { mission: mission.name })}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">
        {t("missionIntro", { languages: hostNames, target: t(`target.${mission.engagementTarget}`) })}
      </p>
      <p className="mb-4 max-w-3xl text-sm text-muted">{t("overlap")}</p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      {mission.noHostVernacular && (
        <Alert tone="info" className="mb-6" data-testid="no-host-vernacular">
          {t("flaggedAlert", { mission: mission.name, languages: hostNames })}
        </Alert>
      )}
      <section aria-labelledby="lang-summary" className="mb-6">
        <h2 id="lang-summary" className="mb-2 text-lg font-semibold">
          {t("summaryHeading")}
        </h2>
        <LanguagesTable missions={[mission]} period={range.period} ministryLanguage={ministryLanguage} missionHref={() => pathname} />
      </section>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <section aria-labelledby="lang-breakdown">
          <h2 id="lang-breakdown" className="mb-2 text-lg font-semibold">
            {t("breakdownHeading")}
          </h2>
          {mission.shares.ownPosts === 0 ? <Alert tone="info">{t("breakdownEmpty")}</Alert> : <LanguageBreakdownTable mission={mission} period={range.period} />}
        </section>
        <section aria-labelledby="lang-trend">
          <h2 id="lang-trend" className="mb-1 text-lg font-semibold">
            {t("trendHeading")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("trendIntro")}</p>
          <LanguageTrendChart
            data={mission.trend.map((q) => ({ quarter: quarterLabel(q.quarter), host: q.shares.hostShare, english: q.shares.englishShare, ministry: q.shares.ministryShare }))}
            labels={{
              host: t("hostShare"),
              english: t("englishShare"),
              ministry: t("ministryShare", { language: name(ministryLanguage) }),
              chart: t("chartLabel"),
              noData: t("chartNoData"),
            }}
          />
          <div className="mt-4">
            <LanguageTrendTable mission={mission} ministryLanguage={ministryLanguage} />
          </div>
        </section>
      </div>
    </>
  );
}
