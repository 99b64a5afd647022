import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { previousQuarter, quarterId, quarterLabel, shiftQuarter, type Quarter } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";

/** The way to the ministry's quarter (for all but the mission's ambassador) and to the mission's previous and next quarters. */
export async function MissionQuarterNav({
  quarter,
  missionId,
  showMinistry,
}: {
  quarter: Quarter;
  missionId: string;
  showMinistry: boolean;
}) {
  const t = await getTranslations("summaries");
  const text = await getMessageText();
  return (
    <nav className="mb-2 flex flex-wrap gap-4 text-sm" aria-label={t("allQuarters")}>
      {showMinistry && (
        <Link href={`/summaries/${quarterId(quarter)}`} className="text-accent hover:underline">
          ← {t("title", { quarter: text(quarterLabel(quarter)) })}
        </Link>
      )}
      <Link
        href={`/summaries/${quarterId(previousQuarter(quarter))}/missions/${encodeURIComponent(missionId)}`}
        className="text-accent hover:underline"
      >
        {t("previousQuarter")}
      </Link>
      <Link
        href={`/summaries/${quarterId(shiftQuarter(quarter, 1))}/missions/${encodeURIComponent(missionId)}`}
        className="text-accent hover:underline"
      >
        {t("nextQuarter")}
      </Link>
    </nav>
  );
}
