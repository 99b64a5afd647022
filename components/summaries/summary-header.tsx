import { getFormatter, getTranslations } from "next-intl/server";
import { addDays, formatIsoDay } from "@/lib/metrics/dates";
import { quarterCoverage } from "@/lib/metrics/quarters";
import type { QuarterSummary } from "@/lib/summaries/types";
import { SummaryExports } from "./summary-exports";
import { summaryLinks } from "./summary-links";

/** The summary's as-of date, period and time of computation, beside its exports. */
export async function SummaryHeader({ summary, exportQuery }: { summary: QuarterSummary; exportQuery: string }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const period = summary.current.period;
  const coverage = quarterCoverage(summary.quarter, period);
  return (
    <div className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-border bg-card p-4">
      <div>
        <p className="text-base font-semibold" data-testid="as-of">
          <time dateTime={formatIsoDay(period.asOf)}>
            {t("asOf", { date: format.dateTime(period.asOf, { dateStyle: "medium", timeZone: "UTC" }) })}
          </time>
        </p>
        <p className="text-sm text-muted" data-testid="period">
          {t("period", {
            from: format.dateTime(period.start, { dateStyle: "medium", timeZone: "UTC" }),
            to: format.dateTime(addDays(period.endExclusive, -1), { dateStyle: "medium", timeZone: "UTC" }),
            days: period.days,
          })}
        </p>
        {coverage.inProgress && (
          <p className="mt-1 text-sm font-medium" data-testid="in-progress">
            {t("inProgress", { days: coverage.days, quarterDays: coverage.quarterDays })}
          </p>
        )}
        <p className="text-xs text-muted">
          {t("generated", { date: format.dateTime(summary.generatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </div>
      <SummaryExports base={summaryLinks(summary).base} exportQuery={exportQuery} />
    </div>
  );
}
