import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { MissionQuarterNav } from "@/components/summaries/mission-quarter-nav";
import { QuarterSummaryView } from "@/components/summaries/quarter-summary";
import { getMissionQuarterReviews } from "@/lib/data/reviews";
import { getQuarterSummary, getSummarySettings } from "@/lib/data/summaries";
import { formatIsoDay, startOfUtcDay } from "@/lib/metrics/dates";
import { parseQuarter, quarterCoverage, quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import { openPage } from "@/lib/page-opening";

type Params = Promise<{ quarter: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("summaries");
  return { title: t("indexTitle") };
}

/** One mission's quarter: its scorecard figures, and the review with agreed actions. */
export default async function MissionQuarterPage({ params }: { params: Params }) {
  const { quarter: qid, id } = await params;
  const { viewer } = await openPage({
    path: `/summaries/${encodeURIComponent(qid)}/missions/${encodeURIComponent(id)}`,
  });
  const quarter = parseQuarter(qid);
  if (!quarter || id.length > 64) notFound();
  const [t, settings] = await Promise.all([getTranslations("summaries"), getSummarySettings()]);
  const text = await getMessageText();
  const [summary, reviews] = await Promise.all([
    getQuarterSummary(viewer, quarter, settings, { missionId: id }),
    getMissionQuarterReviews(viewer, id, quarter),
  ]);
  // Another mission answers like one that does not exist.
  if (!summary || !reviews || summary.scope.kind !== "mission") notFound();
  return (
    <>
      <MissionQuarterNav quarter={quarter} missionId={id} showMinistry={viewer.role !== "ambassador"} />
      <h1 className="mb-4 text-2xl font-semibold">
        {t("missionTitle", {
          mission: summary.scope.missionName,
          // A quarter in progress says so in its title, with its days so far.
          quarter: text(quarterLabel(quarter, quarterCoverage(quarter, summary.current.period))),
        })}
      </h1>
      <div className="space-y-8">
        <QuarterSummaryView summary={summary} exportQuery={`?mission=${encodeURIComponent(id)}`} />
        <ReviewPanel missionId={id} data={reviews} today={formatIsoDay(startOfUtcDay(new Date()))} />
      </div>
    </>
  );
}
