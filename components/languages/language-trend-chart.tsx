"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter } from "next-intl";

export interface LanguageTrendDatum {
  quarter: string;
  host: number | null;
  english: number | null;
  ministry: number | null;
}

const SERIES = [
  { key: "host", color: "#059669", dash: undefined },
  { key: "english", color: "#0284c7", dash: "6 3" },
  { key: "ministry", color: "#b45309", dash: "2 3" },
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
  if (data.every((d) => d.host === null && d.english === null && d.ministry === null)) return <p className="text-sm text-muted">{labels.noData}</p>;
  return (
    <div className="h-64 w-full" role="img" aria-label={labels.chart} data-testid="language-trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="quarter" tick={{ fontSize: 11, fill: "var(--muted)" }} />
          <YAxis domain={[0, 1]} tickFormatter={percent} tick={{ fontSize: 11, fill: "var(--muted)" }} />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? percent(value) : "–")}
            contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {SERIES.map((s) => (
            <Line key={s.key} dataKey={s.key} name={labels[s.key]} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2} dot isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
