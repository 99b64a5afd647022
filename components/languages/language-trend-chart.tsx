"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter } from "next-intl";
import {
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  chartColor,
  type ChartConfig,
} from "@/components/ui/chart";
import { CHART_COLORS } from "@/components/charts/chart-colors";

export interface LanguageTrendDatum {
  quarter: string;
  host: number | null;
  english: number | null;
  ministry: number | null;
}

/** The three lines differ by dash too, not by colour alone. */
const SERIES = [
  { key: "host", color: CHART_COLORS.emerald, dash: undefined },
  { key: "english", color: CHART_COLORS.sky, dash: "6 3" },
  { key: "ministry", color: CHART_COLORS.amber, dash: "2 3" },
] as const;

/**
 * Host-vernacular, English and ministry-language shares per quarter. Labels
 * come from the server page (the trend table next to it is the text
 * equivalent); a quarter without known-language posts leaves a gap.
 */
export function LanguageTrendChart({
  data,
  labels,
}: {
  data: LanguageTrendDatum[];
  labels: { host: string; english: string; ministry: string; chart: string; noData: string };
}) {
  const format = useFormatter();
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  if (data.every((d) => d.host === null && d.english === null && d.ministry === null))
    return <p className="text-sm text-muted">{labels.noData}</p>;
  const config = Object.fromEntries(
    SERIES.map((s) => [s.key, { label: labels[s.key], color: s.color }]),
  ) satisfies ChartConfig;
  return (
    <ChartContainer
      config={config}
      className="h-64 w-full"
      role="img"
      aria-label={labels.chart}
      data-testid="language-trend-chart"
    >
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="quarter" />
        <YAxis domain={[0, 1]} tickFormatter={percent} />
        <Tooltip
          content={<ChartTooltipContent formatValue={(value) => (typeof value === "number" ? percent(value) : "–")} />}
        />
        <Legend content={<ChartLegendContent />} />
        {SERIES.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            stroke={chartColor(s.key)}
            strokeDasharray={s.dash}
            strokeWidth={2}
            dot
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
