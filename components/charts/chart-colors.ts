import type { ChartColor } from "@/components/ui/chart";

/**
 * The chart palette, each colour for the light and the dark scheme (the dark
 * one lighter, to keep its contrast on the dark card). Charts name these in
 * their ChartConfig; components/ui/chart.tsx turns them into CSS variables.
 */
export const CHART_COLORS = {
  slate: { light: "#64748b", dark: "#94a3b8" },
  emerald: { light: "#059669", dark: "#34d399" },
  sky: { light: "#0284c7", dark: "#38bdf8" },
  amber: { light: "#b45309", dark: "#fbbf24" },
  blue: { light: "#2563eb", dark: "#60a5fa" },
  violet: { light: "#7c3aed", dark: "#a78bfa" },
  red: { light: "#b91c1c", dark: "#f87171" },
  /** The app's accent, already light or dark (app/globals.css). */
  accent: "var(--accent)",
} as const satisfies Record<string, ChartColor>;

/** One colour per post category, shared by every chart and legend. */
export const CATEGORY_COLORS = {
  broadcast: CHART_COLORS.slate,
  engagement: CHART_COLORS.emerald,
  amplification: CHART_COLORS.sky,
} as const;
