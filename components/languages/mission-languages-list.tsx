import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { MissionLanguages } from "@/lib/data/languages";
import type { Period } from "@/lib/metrics/dates";
import { hrefWith, type ViewParams } from "@/lib/view-params";
import { LanguagesTable } from "./languages-table";

/** Every visible mission's language shares, the flagged ones first, each a link to its page. */
export async function MissionLanguagesList({
  missions,
  period,
  ministryLanguage,
  keep,
}: {
  missions: MissionLanguages[];
  period: Period;
  ministryLanguage: string;
  keep: ViewParams;
}) {
  const t = await getTranslations("languages");
  // Flagged missions first, then by name (the data comes by name).
  const ordered = [...missions.filter((m) => m.noHostVernacular), ...missions.filter((m) => !m.noHostVernacular)];
  return (
    <>
      {missions.length === 0 ? (
        <Alert tone="info">{t("noMissions")}</Alert>
      ) : (
        <LanguagesTable
          missions={ordered}
          period={period}
          ministryLanguage={ministryLanguage}
          missionHref={(missionId) => hrefWith(`/languages/${encodeURIComponent(missionId)}`, keep)}
        />
      )}
      <p className="mt-2 text-xs text-muted">{t("ministrySetting")}</p>
    </>
  );
}
