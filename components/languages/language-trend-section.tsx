import { getTranslations } from "next-intl/server";
import { LanguageTrendChart } from "@/components/charts/lazy-charts";
import type { MissionLanguageDetail } from "@/lib/data/languages";
import { quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { LanguageTrendTable } from "./language-trend-table";

/** The mission's language shares quarter by quarter: a chart and its table. */
export async function LanguageTrendSection({
  mission,
  ministryLanguage,
  languageName,
}: {
  mission: MissionLanguageDetail;
  ministryLanguage: string;
  languageName: (code: string) => string;
}) {
  const t = await getTranslations("languages");
  const text = await getMessageText();
  return (
    <section aria-labelledby="lang-trend">
      <h2 id="lang-trend" className="mb-1 text-lg font-semibold">
        {t("trendHeading")}
      </h2>
      <p className="mb-2 text-sm text-muted">{t("trendIntro")}</p>
      <LanguageTrendChart
        data={mission.trend.map((q) => ({
          quarter: text(quarterLabel(q.quarter)),
          host: q.shares.hostShare,
          english: q.shares.englishShare,
          ministry: q.shares.ministryShare,
        }))}
        labels={{
          host: t("hostShare"),
          english: t("englishShare"),
          ministry: t("ministryShare", { language: languageName(ministryLanguage) }),
          chart: t("chartLabel"),
          noData: t("chartNoData"),
        }}
      />
      <div className="mt-4">
        <LanguageTrendTable mission={mission} ministryLanguage={ministryLanguage} />
      </div>
    </section>
  );
}
