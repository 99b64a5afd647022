import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { ACTIVITY_STATUSES, type ActivityStatus, type StatusCounts } from "@/lib/metrics/activity-status";
import type { CategoryCounts } from "@/lib/metrics/engagement-share";
import type { PostCategory } from "@/lib/metrics/post-kind";
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
  /** Link to the posts behind a figure, optionally of one category. */
  postsHref: (category?: PostCategory) => string;
}

/** Accounts by status, posts in the period and the ministry's engagement share. */
export async function StatusCards({ statusCounts, counts, postsInPeriod, engagementShare, statusHref, selected, postsHref }: StatusCardsProps) {
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
          <Link href={postsHref()} className="mt-1 block text-3xl font-semibold hover:text-accent" data-testid="posts-in-period">
            {format.number(postsInPeriod)}
          </Link>
          <p className="text-xs text-muted">
            {t.rich("overview.postsBreakdown", {
              broadcast: format.number(counts.broadcast),
              engagement: format.number(counts.engagement),
              amplification: format.number(counts.amplification),
              b: (chunks) => <Link href={postsHref("broadcast")} className="hover:underline">{chunks}</Link>,
              e: (chunks) => <Link href={postsHref("engagement")} className="hover:underline">{chunks}</Link>,
              a: (chunks) => <Link href={postsHref("amplification")} className="hover:underline">{chunks}</Link>,
            })}
          </p>
        </Card>
        <Card>
          <CardTitle title={t("overview.engagementShareHint")}>{t("overview.engagementShare")}</CardTitle>
          <Link href={postsHref("engagement")} className="mt-1 block text-3xl font-semibold hover:text-accent" data-testid="engagement-share">
            {engagementShare === null ? t("table.none") : format.number(engagementShare, { style: "percent", maximumFractionDigits: 1 })}
          </Link>
          <p className="text-xs text-muted">{t("overview.engagementShareHint")}</p>
        </Card>
      </div>
      {statusCounts.private > 0 && (
        <p className="mt-2 text-xs text-muted">{t("overview.privateNote", { count: statusCounts.private })}</p>
      )}
    </section>
  );
}
