import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Viewer } from "@/lib/auth/permissions";
import { getQuarterSummary, getSummarySettings, listSummaryMissions } from "@/lib/data/summaries";
import { quarterId, quarterLabel, type Quarter } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { QuarterSummaryView } from "./quarter-summary";

/**
 * The ministry's quarter, fetched by the widget itself so that the page's
 * heading streams first; a quarter without data says so.
 */
export async function MinistryQuarterSummary({ viewer, quarter }: { viewer: Viewer; quarter: Quarter }) {
  const [t, settings] = await Promise.all([getTranslations("summaries"), getSummarySettings()]);
  const text = await getMessageText();
  const [summary, missions] = await Promise.all([
    getQuarterSummary(viewer, quarter, settings),
    listSummaryMissions(viewer),
  ]);
  // Only a mission the viewer may not see has no summary; the ministry's always has one.
  if (!summary) notFound();
  if (summary.current.posts === 0 && summary.current.statusCounts.active === 0) {
    return (
      <Alert tone="info" data-testid="summary-empty">
        {t("empty", { quarter: text(quarterLabel(quarter)) })}
      </Alert>
    );
  }
  return (
    <>
      <QuarterSummaryView summary={summary} />
      <details className="mt-8">
        <summary className="cursor-pointer text-sm font-medium">{t("missionsLink")}</summary>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {missions.map((mission) => (
            <li key={mission.id}>
              <Link
                href={`/summaries/${quarterId(quarter)}/missions/${encodeURIComponent(mission.id)}`}
                className="text-accent hover:underline"
              >
                {mission.name}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
