import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageBreakdownSection } from "@/components/languages/language-breakdown-section";
import { languageNamer } from "@/components/languages/language-links";
import { LanguageTrendSection } from "@/components/languages/language-trend-section";
import { MissionLanguageSummarySection } from "@/components/languages/mission-language-summary-section";
import { MissionLanguagesHeader } from "@/components/languages/mission-languages-header";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { canViewAllMissions } from "@/lib/auth/permissions";
import { getMissionLanguages } from "@/lib/data/languages";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ missionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("languages");
  return { title: t("title") };
}

export default async function MissionLanguagesPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const { missionId } = await params;
  const t = await getTranslations("languages");
  const pathname = `/languages/${encodeURIComponent(missionId)}`;
  const { viewer, keep, range } = await openRangePage({ path: pathname, searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const { ministryLanguage } = range.settings;
  const mission = await getMissionLanguages(viewer, missionId, range.period, ministryLanguage);
  if (!mission) notFound();
  const name = languageNamer(await getLocale());
  const hostNames =
    mission.hostLanguages.length > 0 ? mission.hostLanguages.map(name).join(", ") : t("noHostLanguages");

  return (
    <>
      <MissionLanguagesHeader
        mission={mission}
        hostNames={hostNames}
        backHref={canViewAllMissions(viewer) ? hrefWith("/languages", keep) : null}
      />
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
      <MissionLanguageSummarySection
        mission={mission}
        period={range.period}
        ministryLanguage={ministryLanguage}
        pathname={pathname}
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <LanguageBreakdownSection mission={mission} period={range.period} />
        <LanguageTrendSection mission={mission} ministryLanguage={ministryLanguage} languageName={name} />
      </div>
    </>
  );
}
