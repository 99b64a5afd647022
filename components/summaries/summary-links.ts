import { formatIsoDay } from "@/lib/metrics/dates";
import { quarterId } from "@/lib/metrics/quarters";
import type { QuarterSummary } from "@/lib/summaries/types";

export interface SummaryLinks {
  /** The quarter's as-of date and period as a query, for links into the other views. */
  range: string;
  /** `&mission=…` for a mission's summary, else empty. */
  missionFilter: string;
  /** The summary's own path, under which its exports live. */
  base: string;
}

/** The query parts every drill-down link of a quarterly summary carries. */
export function summaryLinks(summary: QuarterSummary): SummaryLinks {
  const period = summary.current.period;
  return {
    range: `asOf=${formatIsoDay(period.asOf)}&period=${period.days}`,
    missionFilter: summary.scope.kind === "mission" ? `&mission=${encodeURIComponent(summary.scope.missionId)}` : "",
    base: `/summaries/${quarterId(summary.quarter)}`,
  };
}
