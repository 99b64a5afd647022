import { useTranslations } from "next-intl";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

/** The quarterly summary's shape while its figures are computed: header, key figures, trend. */
export function QuarterSummarySkeleton() {
  const t = useTranslations("loading");
  return (
    <SkeletonRegion label={t("section")} className="space-y-8" data-testid="summary-loading">
      <Skeleton className="h-24 w-full" />
      <div className="space-y-2">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-full max-w-2xl" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
      <Skeleton className="h-64 w-full" />
    </SkeletonRegion>
  );
}
