import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TrendCharts } from "@/components/charts/lazy-charts";
import { Table, Td, Th } from "@/components/ui/table";
import { dailyRate } from "@/lib/metrics/period-change";
import { quarterCoverage, quarterId, quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import type { QuarterSummary } from "@/lib/summaries/types";
import { summaryFormats } from "./summary-format";

/** The eight quarters up to this one: charts, and the same figures as a table. */
export async function SummaryTrend({ summary, exportQuery }: { summary: QuarterSummary; exportQuery: string }) {
  const t = await getTranslations("summaries");
  const text = await getMessageText();
  const format = await getFormatter();
  const { percent, score } = await summaryFormats();
  const { current } = summary;
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading" className="mb-2 text-lg font-semibold">
        {t("trendHeading")}
      </h2>
      <TrendCharts
        data={summary.trend.map((k) => ({
          label: text(quarterLabel(k.quarter)),
          // Per day, so a quarter in progress stands beside whole quarters.
          posts: dailyRate({ count: k.posts, days: k.period.days }) ?? 0,
          engagementShare: k.engagementShare,
          medianHealth: k.medianHealthScore,
          current: k === current,
        }))}
        labels={{
          postsChart: t("trendPosts"),
          shareChart: t("trendShare"),
          posts: t("kpi.postsPerDay"),
          share: t("kpi.engagementShare"),
          health: t("kpi.medianHealth"),
        }}
      />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-muted">{t("trendTable")}</summary>
        <Table data-testid="trend-table">
          <thead>
            <tr>
              <Th>{t("quarter")}</Th>
              <Th className="text-right">{t("kpi.posts")}</Th>
              <Th className="text-right">{t("trendDays")}</Th>
              <Th className="text-right">{t("kpi.postsPerDay")}</Th>
              <Th className="text-right">{t("kpi.active")}</Th>
              <Th className="text-right">{t("kpi.dormant")}</Th>
              <Th className="text-right">{t("kpi.engagementShare")}</Th>
              <Th className="text-right">{t("kpi.medianHealth")}</Th>
            </tr>
          </thead>
          <tbody>
            {summary.trend.map((k) => (
              <tr key={quarterId(k.quarter)}>
                <Td>
                  <Link
                    href={`/summaries/${quarterId(k.quarter)}${exportQuery}`}
                    className="text-accent hover:underline"
                  >
                    {text(quarterLabel(k.quarter, quarterCoverage(k.quarter, k.period)))}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">{format.number(k.posts)}</Td>
                <Td className="text-right tabular-nums">{format.number(k.period.days)}</Td>
                <Td className="text-right tabular-nums">
                  {format.number(dailyRate({ count: k.posts, days: k.period.days }) ?? 0, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  })}
                </Td>
                <Td className="text-right tabular-nums">{format.number(k.statusCounts.active)}</Td>
                <Td className="text-right tabular-nums">{format.number(k.statusCounts.dormant)}</Td>
                <Td className="text-right tabular-nums">{percent(k.engagementShare)}</Td>
                <Td className="text-right tabular-nums">{score(k.medianHealthScore)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </section>
  );
}
