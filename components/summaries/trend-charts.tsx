"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter } from "next-intl";
import {
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  chartColor,
  type ChartConfig,
} from "@/components/ui/chart";
import { CHART_COLORS } from "@/components/charts/chart-colors";

export interface TrendPoint {
  label: string;
  /** Posts per day over the days the quarter's figures cover (a quarter in progress has fewer). */
  posts: number;
  /** Engagement share 0–1, null without posts. */
  engagementShare: number | null;
  /** Median health score 0–100. */
  medianHealth: number | null;
  current: boolean;
}

export interface TrendLabels {
  postsChart: string;
  shareChart: string;
  posts: string;
  share: string;
  health: string;
}

/** Posts per day in each quarter, and engagement share with the median health score, over the last eight quarters. Labels come from the server's catalog. */
export function TrendCharts({ data, labels }: { data: TrendPoint[]; labels: TrendLabels }) {
  const format = useFormatter();
  const rows = data.map((d) => ({ ...d, share: d.engagementShare === null ? null : d.engagementShare * 100 }));
  const postsConfig = { posts: { label: labels.posts, color: CHART_COLORS.blue } } satisfies ChartConfig;
  const shareConfig = {
    share: { label: `${labels.share} (%)`, color: CHART_COLORS.emerald },
    medianHealth: { label: labels.health, color: CHART_COLORS.violet },
  } satisfies ChartConfig;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="rounded-lg border border-border bg-card p-3">
        <figcaption className="mb-2 text-sm font-medium">{labels.postsChart}</figcaption>
        {/* The picture is the image; a figure may not take the img role (axe aria-allowed-role). */}
        <ChartContainer config={postsConfig} className="h-56" role="img" aria-label={labels.postsChart}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={(v: number) => format.number(v)} width={48} />
            <Tooltip
              content={
                <ChartTooltipContent
                  formatValue={(value) => format.number(Number(value), { maximumFractionDigits: 1 })}
                />
              }
            />
            <Bar dataKey="posts" fill={chartColor("posts")} isAnimationActive={false} />
          </BarChart>
        </ChartContainer>
      </figure>
      <figure className="rounded-lg border border-border bg-card p-3">
        <figcaption className="mb-2 text-sm font-medium">{labels.shareChart}</figcaption>
        {/* The picture is the image; a figure may not take the img role (axe aria-allowed-role). */}
        <ChartContainer config={shareConfig} className="h-56" role="img" aria-label={labels.shareChart}>
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid />
            <XAxis dataKey="label" />
            <YAxis domain={[0, 100]} width={36} />
            <Tooltip
              content={
                <ChartTooltipContent
                  formatValue={(value) => format.number(Number(value), { maximumFractionDigits: 1 })}
                />
              }
            />
            <Legend content={<ChartLegendContent />} />
            <Line
              type="monotone"
              dataKey="share"
              stroke={chartColor("share")}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="medianHealth"
              stroke={chartColor("medianHealth")}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ChartContainer>
      </figure>
    </div>
  );
}
