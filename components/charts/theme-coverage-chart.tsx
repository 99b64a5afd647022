"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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
  return (
    <figure className="rounded-lg border border-border bg-card p-4" data-testid="theme-coverage-chart">
      <figcaption className="mb-2 text-sm font-medium text-muted">{labels.chart}</figcaption>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "var(--muted)" }} tickLine={false} axisLine={false} />
            <Tooltip
              cursor={{ fill: "var(--border)", opacity: 0.4 }}
              contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6, fontSize: 12 }}
              labelStyle={{ color: "var(--foreground)" }}
            />
            <Bar dataKey="posts" name={labels.series} fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
