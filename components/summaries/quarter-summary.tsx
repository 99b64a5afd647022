import type { QuarterSummary } from "@/lib/summaries/types";
import { StaffTimeSummary } from "./staff-time-summary";
import { SummaryHeader } from "./summary-header";
import { SummaryKpis } from "./summary-kpis";
import { summaryLinks } from "./summary-links";
import { SummaryMovers } from "./summary-movers";
import { SummaryNarrative } from "./summary-narrative";
import { SummaryStatusChanges } from "./summary-status-changes";
import { SummaryThemes } from "./summary-themes";
import { SummaryTrend } from "./summary-trend";

/** One quarter on one page: narrative, key figures against the previous quarter and the year before, trend, movers, status changes, themes. */
export function QuarterSummaryView({ summary, exportQuery = "" }: { summary: QuarterSummary; exportQuery?: string }) {
  return (
    <div className="space-y-8">
      <SummaryHeader summary={summary} exportQuery={exportQuery} />
      <SummaryNarrative narrative={summary.narrative} />
      <SummaryKpis summary={summary} />
      <SummaryTrend summary={summary} exportQuery={exportQuery} />
      {summary.scope.kind === "ministry" && <SummaryMovers summary={summary} />}
      <SummaryStatusChanges summary={summary} exportQuery={exportQuery} />
      <SummaryThemes summary={summary} />
      <StaffTimeSummary staffTime={summary.staffTime} postsQuery={summaryLinks(summary).range} />
    </div>
  );
}
