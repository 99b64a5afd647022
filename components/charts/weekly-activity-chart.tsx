"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from "recharts";
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
  /** Days of the week inside the period (1–7). */
  days: number;
  broadcast: number;
  engagement: number;
  amplification: number;
}

const CATEGORIES = ["broadcast", "engagement", "amplification"] as const;

/** At most this many week labels: every week's label overlaps its neighbours' on a phone. */
const MAX_TICKS = 7;

/**
 * Posts per week, stacked by category; weeks the period covers only in part
 * are drawn pale and named so in the tooltip, so that a short first or last
 * week does not read as a fall. The text equivalent is rendered next to it by
 * the caller.
 */
export function WeeklyActivityChart({ data }: { data: WeeklyActivityDatum[] }) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const label = (week: string) => format.dateTime(new Date(`${week}T00:00:00Z`), { month: "short", day: "numeric" });
  const daysOf = new Map(data.map((d) => [d.week, d.days]));
  if (data.every((d) => d.broadcast + d.engagement + d.amplification === 0)) {
    return (
      <p
        className="flex h-32 items-center justify-center rounded-md border border-dashed border-border text-sm text-muted"
        data-testid="weekly-empty"
      >
        {t("noData")}
      </p>
    );
  }
  const config = Object.fromEntries(
    CATEGORIES.map((key) => [key, { label: t(key), color: CATEGORY_COLORS[key] }]),
  ) satisfies ChartConfig;
  // The same gap between every two labels, whatever the number of weeks.
  const tickInterval = Math.max(0, Math.ceil(data.length / MAX_TICKS) - 1);
  return (
    <ChartContainer config={config} className="h-64 w-full" role="img" aria-label={t("weeklyActivityLabel")}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="week" tickFormatter={label} interval={tickInterval} />
        <YAxis
          allowDecimals={false}
          width={44}
          label={{
            value: t("postsAxis"),
            angle: -90,
            position: "insideLeft",
            offset: 10,
            style: { textAnchor: "middle" },
          }}
        />
        <Tooltip
          content={
            <ChartTooltipContent
              formatLabel={(week) => {
                const days = daysOf.get(String(week)) ?? 7;
                return days < 7
                  ? t("partialWeekOf", { date: label(String(week)), days })
                  : t("weekOf", { date: label(String(week)) });
              }}
            />
          }
        />
        <Legend content={<ChartLegendContent />} />
        {CATEGORIES.map((key) => (
          <Bar key={key} dataKey={key} stackId="posts" fill={chartColor(key)} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.week} fillOpacity={d.days < 7 ? 0.35 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ChartContainer>
  );
}
