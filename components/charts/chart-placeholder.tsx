/** The space a chart takes while its code loads (charts load after the page; see lazy-charts.tsx). */
export function ChartPlaceholder({ className = "h-64" }: { className?: string }) {
  return (
    <div
      className={`${className} w-full animate-pulse rounded-md bg-border/30`}
      aria-hidden="true"
      data-testid="chart-loading"
    />
  );
}
