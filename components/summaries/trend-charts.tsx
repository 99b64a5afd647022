"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter } from "next-intl";

export interface TrendPoint {
  label: string;
  posts: number;
  /** Engagement share 0–1, null without posts. */
  engagementShare: number | null;
  /** Median health score 0–100. */
  medianHealth: number | null;
  current: boolean;
}

const tooltipStyle = { background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" };

export interface TrendLabels {
  postsChart: string;
  shareChart: string;
  posts: string;
  share: string;
  health: string;
}

/** Posts per quarter, and engagement share with the median health score, over the last eight quarters. Labels come from the server's catalog. */
export function TrendCharts({ data, labels }: { data: TrendPoint[]; labels: TrendLabels }) {
  const format = useFormatter();
  const rows = data.map((d) => ({ ...d, share: d.engagementShare === null ? null : d.engagementShare * 100 }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="rounded-lg border border-border bg-card p-3" role="img" aria-label={labels.postsChart}>
        <figcaption className="mb-2 text-sm font-medium">{labels.postsChart}</figcaption>
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} />
              <YAxis tickFormatter={(v: number) => format.number(v)} tick={{ fontSize: 11, fill: "var(--muted)" }} width={48} />
              <Tooltip formatter={(value) => format.number(Number(value))} contentStyle={tooltipStyle} />
              <Bar dataKey="posts" name={labels.posts} fill="#2563eb" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="rounded-lg border border-border bg-card p-3" role="img" aria-label={labels.shareChart}>
        <figcaption className="mb-2 text-sm font-medium">{labels.shareChart}</figcaption>
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} />
              <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: "var(--muted)" }} width={36} />
              <Tooltip formatter={(value) => format.number(Number(value), { maximumFractionDigits: 1 })} contentStyle={tooltipStyle} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line type="monotone" dataKey="share" name={`${labels.share} (%)`} stroke="#059669" connectNulls={false} isAnimationActive={false} />
              <Line type="monotone" dataKey="medianHealth" name={labels.health} stroke="#7c3aed" connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
