import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { languageNamer } from "@/components/languages/language-links";
import { MissionLanguagesList } from "@/components/languages/mission-languages-list";
import { DemoBanner } from "@/components/layout/demo-banner";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getLanguagesOverview } from "@/lib/data/languages";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("languages");
  return { title: t("title") };
}

export default async function LanguagesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("languages");
  const { viewer, keep, range } = await openRangePage({ path: "/languages", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/languages" title={t("title")} />;

  const { ministryLanguage } = range.settings;
  const missions = await getLanguagesOverview(viewer, range.period, ministryLanguage);
  const name = languageNamer(await getLocale());
  return (
    <>
      {missions.some((m) => m.isDemo) && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("intro", { ministryLanguage: name(ministryLanguage) })}</p>
      <p className="mb-2 max-w-3xl text-sm text-muted">{t("overlap")}</p>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {t("flagRule")} {t("order")}
      </p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/languages"
        keep={keep}
      />
      <MissionLanguagesList missions={missions} period={range.period} ministryLanguage={ministryLanguage} keep={keep} />
    </>
  );
}
