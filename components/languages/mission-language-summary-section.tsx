import { getTranslations } from "next-intl/server";
import type { MissionLanguageDetail } from "@/lib/data/languages";
import type { Period } from "@/lib/metrics/dates";
import { LanguagesTable } from "./languages-table";

/** The mission's row of the languages table: its host-language, English and ministry-language shares. */
export async function MissionLanguageSummarySection({
  mission,
  period,
  ministryLanguage,
  pathname,
}: {
  mission: MissionLanguageDetail;
  period: Period;
  ministryLanguage: string;
  /** This page, where the mission's name links. */
  pathname: string;
}) {
  const t = await getTranslations("languages");
  return (
    <section aria-labelledby="lang-summary" className="mb-6">
      <h2 id="lang-summary" className="mb-2 text-lg font-semibold">
        {t("summaryHeading")}
      </h2>
      <LanguagesTable
        missions={[mission]}
        period={period}
        ministryLanguage={ministryLanguage}
        missionHref={() => pathname}
      />
    </section>
  );
}
