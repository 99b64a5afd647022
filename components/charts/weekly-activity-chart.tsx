"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useFormatter, useTranslations } from "next-intl";
import {
  ChartContainer,
  ChartLegendContent,
  ChartTooltipContent,
  chartColor,
  type ChartConfig,
} from "@/components/ui/chart";
import { CATEGORY_COLORS } from "./chart-colors";

export interface WeeklyActivityDatum {
  week: string;
  broadcast: number;
  engagement: number;
  amplification: number;
}

const CATEGORIES = ["broadcast", "engagement", "amplification"] as const;

/** Posts per week, stacked by category. The text equivalent is rendered next to it by the caller. */
export function WeeklyActivityChart({ data }: { data: WeeklyActivityDatum[] }) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const label = (week: string) => format.dateTime(new Date(`${week}T00:00:00Z`), { month: "short", day: "numeric" });
  if (data.length === 0) return <p className="text-sm text-muted">{t("noData")}</p>;
  const config = Object.fromEntries(
    CATEGORIES.map((key) => [key, { label: t(key), color: CATEGORY_COLORS[key] }]),
  ) satisfies ChartConfig;
  return (
    <ChartContainer config={config} className="h-64 w-full" role="img" aria-label={t("weeklyActivityLabel")}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="week" tickFormatter={label} />
        <YAxis allowDecimals={false} />
        <Tooltip content={<ChartTooltipContent formatLabel={(week) => t("weekOf", { date: label(week) })} />} />
        <Legend content={<ChartLegendContent />} />
        {CATEGORIES.map((key) => (
          <Bar key={key} dataKey={key} stackId="posts" fill={chartColor(key)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
