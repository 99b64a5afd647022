"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltipContent, chartColor, type ChartConfig } from "@/components/ui/chart";
import { CHART_COLORS } from "./chart-colors";

export interface FollowerPoint {
  /** Day of the snapshot, "YYYY-MM-DD" (UTC). */
  date: string;
  followers: number;
}

interface FollowerChartProps {
  series: FollowerPoint[];
  /** Name of the series, for the tooltip. */
  seriesLabel: string;
  /** Accessible description; the figures themselves are in a table next to the chart. */
  description: string;
  /** Shown instead of the chart when there is no point to draw. */
  emptyLabel: string;
}

const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** Followers over time from an account's snapshots. */
export function FollowerChart({ series, seriesLabel, description, emptyLabel }: FollowerChartProps) {
  const format = useFormatter();
  if (series.length === 0) {
    return (
      <p
        role="status"
        className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted"
        data-testid="follower-chart-empty"
      >
        {emptyLabel}
      </p>
    );
  }
  const day = (value: string) => format.dateTime(parseDay(value), { dateStyle: "medium" });
  const config = { followers: { label: seriesLabel, color: CHART_COLORS.accent } } satisfies ChartConfig;
  return (
    <figure className="rounded-lg border border-border bg-card p-4" data-testid="follower-chart">
      <ChartContainer config={config} className="h-64 w-full" aria-hidden="true">
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid />
          <XAxis dataKey="date" tickFormatter={day} minTickGap={24} />
          <YAxis width={56} tickFormatter={(value: number) => format.number(value, { notation: "compact" })} />
          <Tooltip
            content={<ChartTooltipContent formatLabel={day} formatValue={(value) => format.number(Number(value))} />}
          />
          <Line
            type="monotone"
            dataKey="followers"
            stroke={chartColor("followers")}
            strokeWidth={2}
            dot={series.length < 40}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartContainer>
      <figcaption className="mt-2 text-xs text-muted">{description}</figcaption>
    </figure>
  );
}
