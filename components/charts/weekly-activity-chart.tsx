"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter, useTranslations } from "next-intl";
import { CATEGORY_COLORS } from "./chart-colors";

export interface WeeklyActivityDatum {
  week: string;
  broadcast: number;
  engagement: number;
  amplification: number;
}

/** Posts per week, stacked by category. The text equivalent is rendered next to it by the caller. */
export function WeeklyActivityChart({ data }: { data: WeeklyActivityDatum[] }) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const label = (week: string) => format.dateTime(new Date(`${week}T00:00:00Z`), { month: "short", day: "numeric" });
  if (data.length === 0) return <p className="text-sm text-muted">{t("noData")}</p>;
  return (
    <div className="h-64 w-full" role="img" aria-label={t("weeklyActivityLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="week" tickFormatter={label} tick={{ fontSize: 11, fill: "var(--muted)" }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "var(--muted)" }} />
          <Tooltip
            labelFormatter={(week) => t("weekOf", { date: label(String(week)) })}
            contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {(["broadcast", "engagement", "amplification"] as const).map((key) => (
            <Bar key={key} dataKey={key} name={t(key)} stackId="posts" fill={CATEGORY_COLORS[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
