"use client";

/**
 * The one place Recharts is styled (after shadcn/ui's chart). A chart
 * declares each series once in a ChartConfig — its label and its colour for
 * the light and the dark scheme — and ChartContainer turns the colours into
 * CSS variables (`var(--color-<key>)`) scoped to the chart, styles axes, grid
 * and cursor, and lets the tooltip and the legend read labels and colours
 * from the config.
 */
import {
  createContext,
  useContext,
  useId,
  type ComponentProps,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from "react";
import { ResponsiveContainer } from "recharts";
import type { LegendPayload } from "recharts/types/component/DefaultLegendContent";
import type { NameType, Payload, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { cn } from "@/lib/utils";

/** One colour for both schemes (e.g. a CSS variable that already switches), or one per scheme. */
export type ChartColor = string | { readonly light: string; readonly dark: string };

export type ChartConfig = Record<string, { label: ReactNode; color: ChartColor }>;

const ChartContext = createContext<ChartConfig | null>(null);

function useChartConfig(): ChartConfig {
  const config = useContext(ChartContext);
  if (!config) throw new Error("A chart's tooltip or legend must be inside a <ChartContainer>.");
  return config;
}

/** The CSS variable a series' colour is under, for `fill`, `stroke` and the like. */
export function chartColor(key: string): string {
  return `var(--color-${cssIdent(key)})`;
}

const cssIdent = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, "");

const STYLE = [
  "text-xs",
  "[&_.recharts-cartesian-axis-tick-value]:fill-muted [&_.recharts-cartesian-axis-tick-value]:text-[11px] [&_.recharts-label]:text-[11px]",
  "[&_.recharts-cartesian-axis-line]:stroke-muted [&_.recharts-cartesian-axis-tick-line]:stroke-muted",
  "[&_.recharts-cartesian-grid_line]:stroke-border [&_.recharts-cartesian-grid_line]:[stroke-dasharray:3_3]",
  "[&_.recharts-rectangle.recharts-tooltip-cursor]:fill-border/40 [&_.recharts-curve.recharts-tooltip-cursor]:stroke-border",
].join(" ");

/**
 * The chart's box: it sizes the chart to itself (give it a height), scopes
 * the config's colours and styles what Recharts draws.
 */
export function ChartContainer({
  config,
  className,
  children,
  ...props
}: Omit<ComponentProps<"div">, "children"> & { config: ChartConfig; children: ReactElement }) {
  const chartId = `chart-${cssIdent(useId())}`;
  return (
    <ChartContext.Provider value={config}>
      <div data-chart={chartId} className={cn(STYLE, className)} {...props}>
        <ChartStyle id={chartId} config={config} />
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  );
}

/** The config's colours as CSS variables, switched as app/globals.css switches the scheme (html.dark, or the system's choice unless html.light). */
function ChartStyle({ id, config }: { id: string; config: ChartConfig }) {
  const variables = (scheme: "light" | "dark") =>
    Object.entries(config)
      .map(([key, { color }]) => `--color-${cssIdent(key)}: ${typeof color === "string" ? color : color[scheme]};`)
      .join(" ");
  const scope = `[data-chart="${id}"]`;
  const css = [
    `${scope} { ${variables("light")} }`,
    `@media (prefers-color-scheme: dark) { :root:not(.light) ${scope} { ${variables("dark")} } }`,
    `:root.dark ${scope} { ${variables("dark")} }`,
  ].join("\n");
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}

type TooltipItem = Payload<ValueType, NameType>;

/**
 * The tooltip's content: the point's label, then one line per series with
 * its colour, its label from the config and its value. Pass it as
 * `<Tooltip content={<ChartTooltipContent … />} />`; Recharts fills in the rest.
 */
export function ChartTooltipContent({
  active,
  payload,
  label,
  formatLabel,
  formatValue,
}: {
  active?: boolean;
  payload?: ReadonlyArray<TooltipItem>;
  label?: ReactNode;
  /** The point's label (the x value, or the category). */
  formatLabel?: (label: string) => ReactNode;
  /** A series' value at the point. */
  formatValue?: (value: ValueType | null | undefined, key: string) => ReactNode;
}) {
  const config = useChartConfig();
  if (!active || !payload?.length) return null;
  return (
    <div className="grid min-w-32 gap-1 rounded-md border border-border bg-card px-2.5 py-1.5 text-xs text-foreground shadow-md">
      {label !== undefined && label !== null && label !== "" && (
        <div className="font-medium">{formatLabel ? formatLabel(String(label)) : label}</div>
      )}
      {payload
        .filter((item) => item.type !== "none")
        .map((item) => {
          const key = String(item.dataKey ?? item.name ?? "");
          const value = item.value as ValueType | null | undefined;
          return (
            <div key={key} className="flex items-center gap-2">
              <span
                className="h-2.5 w-2.5 shrink-0 rounded-[2px]"
                style={{ background: chartColor(key) } as CSSProperties}
              />
              <span className="flex-1 text-muted">{config[key]?.label ?? item.name}</span>
              <span className="font-medium tabular-nums">
                {formatValue ? formatValue(value, key) : value === null || value === undefined ? "" : String(value)}
              </span>
            </div>
          );
        })}
    </div>
  );
}

/** The legend's content: each series' colour and label from the config. Pass it as `<Legend content={<ChartLegendContent />} />`. */
export function ChartLegendContent({ payload }: { payload?: ReadonlyArray<LegendPayload> }) {
  const config = useChartConfig();
  if (!payload?.length) return null;
  return (
    <ul className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 pt-2 text-xs">
      {payload
        .filter((item) => item.type !== "none")
        .map((item) => {
          const key = String(item.dataKey ?? item.value ?? "");
          return (
            <li key={key} className="flex items-center gap-1.5">
              <span className="h-2.5 w-2.5 shrink-0 rounded-[2px]" style={{ background: chartColor(key) }} />
              {config[key]?.label ?? item.value}
            </li>
          );
        })}
    </ul>
  );
}
