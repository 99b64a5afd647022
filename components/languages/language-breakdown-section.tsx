import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { MissionLanguageDetail } from "@/lib/data/languages";
import type { Period } from "@/lib/metrics/dates";
import { LanguageBreakdownTable } from "./language-breakdown-table";

/** The mission's own posts in the period by language. */
export async function LanguageBreakdownSection({
  mission,
  period,
}: {
  mission: MissionLanguageDetail;
  period: Period;
}) {
  const t = await getTranslations("languages");
  return (
    <section aria-labelledby="lang-breakdown">
      <h2 id="lang-breakdown" className="mb-2 text-lg font-semibold">
        {t("breakdownHeading")}
      </h2>
      {mission.shares.ownPosts === 0 ? (
        <Alert tone="info">{t("breakdownEmpty")}</Alert>
      ) : (
        <LanguageBreakdownTable mission={mission} period={period} />
      )}
    </section>
  );
}
