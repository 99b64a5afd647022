"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter, useTranslations } from "next-intl";
import {
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  chartColor,
  type ChartConfig,
} from "@/components/ui/chart";
import { CATEGORY_COLORS, CHART_COLORS } from "./chart-colors";

export interface EngagementByMissionDatum {
  mission: string;
  /** Shares of engagement and broadcast posts, adding up to 1. */
  engagement: number;
  broadcast: number;
}

const ROW_HEIGHT = 22;

/**
 * Engagement against broadcast share per mission, sorted, with the ministry
 * median marked. One row per mission keeps 300 missions legible: the chart
 * grows and its container scrolls.
 */
export function EngagementByMissionChart({
  data,
  median,
}: {
  data: EngagementByMissionDatum[];
  median: number | null;
}) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  if (data.length === 0) return <p className="text-sm text-muted">{t("noData")}</p>;
  const config = {
    engagement: { label: t("engagement"), color: CATEGORY_COLORS.engagement },
    broadcast: { label: t("broadcast"), color: CATEGORY_COLORS.broadcast },
    median: { label: t("median", { value: median === null ? "" : percent(median) }), color: CHART_COLORS.red },
  } satisfies ChartConfig;
  return (
    // Focusable: the keyboard must be able to scroll a long list of missions too.
    <div className="max-h-[32rem] overflow-y-auto" role="img" aria-label={t("engagementByMissionLabel")} tabIndex={0}>
      <ChartContainer
        config={config}
        style={{ height: data.length * ROW_HEIGHT + 86 }}
        // The mission names are what the reader scans for: in the text colour, not muted.
        className="w-full min-w-[20rem] [&_.recharts-yAxis-tick-labels_.recharts-cartesian-axis-tick-value]:fill-foreground"
      >
        <BarChart
          data={data}
          layout="vertical" // Room above the bars for the median's label, which sits on top of its line.
          margin={{ top: 24, right: 16, bottom: 0, left: 8 }}
          barCategoryGap={3}
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={percent} />
          <YAxis type="category" dataKey="mission" width={170} interval={0} />
          <Tooltip content={<ChartTooltipContent formatValue={(value) => percent(Number(value))} />} />
          <Legend verticalAlign="bottom" content={<ChartLegendContent />} />
          <Bar dataKey="engagement" stackId="share" fill={chartColor("engagement")} isAnimationActive={false} />
          <Bar dataKey="broadcast" stackId="share" fill={chartColor("broadcast")} isAnimationActive={false} />
          {median !== null && (
            <ReferenceLine
              x={median}
              stroke={chartColor("median")}
              strokeDasharray="4 2"
              label={{ value: t("median", { value: percent(median) }), position: "top", fill: chartColor("median") }}
            />
          )}
        </BarChart>
      </ChartContainer>
    </div>
  );
}
