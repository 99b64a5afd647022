"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltipContent, chartColor, type ChartConfig } from "@/components/ui/chart";
import { CHART_COLORS } from "./chart-colors";

export interface ThemeCoveragePoint {
  /** "YYYY-MM" */
  month: string;
  /** The month as shown on the axis, e.g. "Aug 2017". */
  label: string;
  posts: number;
}

interface ThemeCoverageChartProps {
  series: ThemeCoveragePoint[];
  /** Texts come from the server so the client bundle needs no message catalog. */
  labels: { chart: string; series: string; empty: string };
}

/**
 * Tagged posts per month as bars. The figures are repeated in an HTML table
 * next to it, so the chart itself is hidden from assistive technology.
 */
export function ThemeCoverageChart({ series, labels }: ThemeCoverageChartProps) {
  if (series.every((point) => point.posts === 0)) {
    return (
      <p className="rounded-lg border border-border bg-card p-4 text-sm text-muted" data-testid="chart-empty">
        {labels.empty}
      </p>
    );
  }
  const config = { posts: { label: labels.series, color: CHART_COLORS.accent } } satisfies ChartConfig;
  return (
    <figure className="rounded-lg border border-border bg-card p-4" data-testid="theme-coverage-chart">
      <figcaption className="mb-2 text-sm font-medium text-muted">{labels.chart}</figcaption>
      <ChartContainer config={config} className="h-64 w-full" aria-hidden="true">
        <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} />
          <Tooltip content={<ChartTooltipContent />} />
          <Bar dataKey="posts" fill={chartColor("posts")} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ChartContainer>
    </figure>
  );
}
