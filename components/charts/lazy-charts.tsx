"use client";

/**
 * The charts, loaded after the page: Recharts is about 100 kB compressed,
 * which would put most pages over the first-load JavaScript budget (250 kB,
 * issue 10). Every chart's figures are also rendered on the server as a table
 * or list, so nothing waits for this code but the drawing.
 */
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "./chart-placeholder";

export const WeeklyActivityChart = dynamic(() => import("./weekly-activity-chart").then((m) => m.WeeklyActivityChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export const EngagementByMissionChart = dynamic(
  () => import("./engagement-by-mission-chart").then((m) => m.EngagementByMissionChart),
  {
    ssr: false,
    loading: () => <ChartPlaceholder className="h-[32rem]" />,
  },
);

export const ThemeCoverageChart = dynamic(() => import("./theme-coverage-chart").then((m) => m.ThemeCoverageChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export const FollowerChart = dynamic(() => import("./follower-chart").then((m) => m.FollowerChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

export const TrendCharts = dynamic(() => import("../summaries/trend-charts").then((m) => m.TrendCharts), {
  ssr: false,
  loading: () => <ChartPlaceholder className="h-72" />,
});

export const LanguageTrendChart = dynamic(
  () => import("../languages/language-trend-chart").then((m) => m.LanguageTrendChart),
  {
    ssr: false,
    loading: () => <ChartPlaceholder />,
  },
);
