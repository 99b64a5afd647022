"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter, useTranslations } from "next-intl";
import { CATEGORY_COLORS } from "./chart-colors";

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
export function EngagementByMissionChart({ data, median }: { data: EngagementByMissionDatum[]; median: number | null }) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  if (data.length === 0) return <p className="text-sm text-muted">{t("noData")}</p>;
  return (
    <div className="max-h-[32rem] overflow-y-auto" role="img" aria-label={t("engagementByMissionLabel")}>
      <div style={{ height: data.length * ROW_HEIGHT + 70 }} className="w-full min-w-[20rem]">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} barCategoryGap={3}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
            <XAxis type="number" domain={[0, 1]} tickFormatter={percent} tick={{ fontSize: 11, fill: "var(--muted)" }} />
            <YAxis type="category" dataKey="mission" width={170} interval={0} tick={{ fontSize: 11, fill: "var(--foreground)" }} />
            <Tooltip
              formatter={(value) => percent(Number(value))}
              contentStyle={{ background: "var(--card)", borderColor: "var(--border)", color: "var(--foreground)" }}
            />
            <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="engagement" name={t("engagement")} stackId="share" fill={CATEGORY_COLORS.engagement} isAnimationActive={false} />
            <Bar dataKey="broadcast" name={t("broadcast")} stackId="share" fill={CATEGORY_COLORS.broadcast} isAnimationActive={false} />
            {median !== null && (
              <ReferenceLine
                x={median}
                stroke="#b91c1c"
                strokeDasharray="4 2"
                label={{ value: t("median", { value: percent(median) }), position: "top", fontSize: 11, fill: "#b91c1c" }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
