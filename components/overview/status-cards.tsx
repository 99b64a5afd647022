import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { ACTIVITY_STATUSES, type ActivityStatus, type StatusCounts } from "@/lib/metrics/activity-status";
import type { CategoryCounts } from "@/lib/metrics/engagement-share";
import { cn } from "@/lib/utils";

const ACCENT: Record<ActivityStatus, string> = {
  active: "border-l-emerald-500",
  dormant: "border-l-amber-500",
  silent: "border-l-rose-500",
};

interface StatusCardsProps {
  statusCounts: StatusCounts;
  counts: CategoryCounts;
  postsInPeriod: number;
  engagementShare: number | null;
  /** Link to the mission table filtered by a status. */
  statusHref: (status: ActivityStatus) => string;
  selected: ActivityStatus | null;
}

/** Accounts by status, posts in the period and the ministry's engagement share. */
export async function StatusCards({ statusCounts, counts, postsInPeriod, engagementShare, statusHref, selected }: StatusCardsProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <section aria-labelledby="status-heading" className="mb-6">
      <h2 id="status-heading" className="sr-only">
        {t("overview.accountsHeading")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {ACTIVITY_STATUSES.map((status) => (
          <Link
            key={status}
            href={statusHref(status)}
            aria-current={selected === status ? "true" : undefined}
            data-testid={`status-card-${status}`}
            className={cn(
              "block rounded-lg border border-l-4 border-border bg-card p-4 shadow-sm hover:border-accent",
              ACCENT[status],
              selected === status && "ring-2 ring-accent",
            )}
          >
            <span className="text-sm font-medium text-muted">{t(`status.${status}`)}</span>
            <span className="mt-1 block text-3xl font-semibold" data-testid={`status-count-${status}`}>
              {format.number(statusCounts[status])}
            </span>
            <span className="text-xs text-muted">
              {t("overview.statusCard", { count: statusCounts[status], total: statusCounts.total })}
            </span>
          </Link>
        ))}
        <Card>
          <CardTitle>{t("overview.postsInPeriod")}</CardTitle>
          <p className="mt-1 text-3xl font-semibold" data-testid="posts-in-period">
            {format.number(postsInPeriod)}
          </p>
          <p className="text-xs text-muted">
            {t("overview.postsBreakdown", {
              broadcast: format.number(counts.broadcast),
              engagement: format.number(counts.engagement),
              amplification: format.number(counts.amplification),
            })}
          </p>
        </Card>
        <Card>
          <CardTitle title={t("overview.engagementShareHint")}>{t("overview.engagementShare")}</CardTitle>
          <p className="mt-1 text-3xl font-semibold" data-testid="engagement-share">
            {engagementShare === null ? t("table.none") : format.number(engagementShare, { style: "percent", maximumFractionDigits: 1 })}
          </p>
          <p className="text-xs text-muted">{t("overview.engagementShareHint")}</p>
        </Card>
      </div>
      {statusCounts.private > 0 && (
        <p className="mt-2 text-xs text-muted">{t("overview.privateNote", { count: statusCounts.private })}</p>
      )}
    </section>
  );
}
