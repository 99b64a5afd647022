import { useTranslations } from "next-intl";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

const panel = "rounded-lg border border-border bg-card p-4";

/** The key figure cards while the dashboard is computed. */
export function KpiCardsSkeleton() {
  const t = useTranslations("loading");
  return (
    <SkeletonRegion label={t("section")} className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className={panel}>
          <Skeleton className="h-4 w-24" />
          <Skeleton className="mt-2 h-8 w-16" />
          <Skeleton className="mt-2 h-3 w-32" />
        </div>
      ))}
    </SkeletonRegion>
  );
}

/** The two chart panels. */
export function ChartPanelsSkeleton() {
  const t = useTranslations("loading");
  return (
    <SkeletonRegion label={t("section")} className="mb-6 grid grid-cols-1 gap-4 xl:grid-cols-2">
      {Array.from({ length: 2 }, (_, i) => (
        <div key={i} className={panel}>
          <Skeleton className="mb-3 h-5 w-40" />
          <Skeleton className="h-56 w-full" />
        </div>
      ))}
    </SkeletonRegion>
  );
}

/** A table of rows: the heatmap, the mission table. */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  const t = useTranslations("loading");
  return (
    <SkeletonRegion label={t("section")} className="mb-6 space-y-2">
      <Skeleton className="h-6 w-56" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </SkeletonRegion>
  );
}
