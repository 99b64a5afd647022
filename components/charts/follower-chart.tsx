"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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
      <p role="status" className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted" data-testid="follower-chart-empty">
        {emptyLabel}
      </p>
    );
  }
  const day = (value: string) => format.dateTime(parseDay(value), { dateStyle: "medium" });
  return (
    <figure className="rounded-lg border border-border bg-card p-4" data-testid="follower-chart">
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="date" tickFormatter={day} stroke="var(--muted)" fontSize={12} minTickGap={24} />
            <YAxis
              stroke="var(--muted)"
              fontSize={12}
              width={56}
              tickFormatter={(value: number) => format.number(value, { notation: "compact" })}
            />
            <Tooltip
              labelFormatter={(label) => day(String(label))}
              formatter={(value) => [format.number(Number(value)), seriesLabel]}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)" }}
            />
            <Line type="monotone" dataKey="followers" name={seriesLabel} stroke="var(--accent)" strokeWidth={2} dot={series.length < 40} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-muted">{description}</figcaption>
    </figure>
  );
}
