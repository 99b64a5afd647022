import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import { SHARE_FORMAT } from "@/lib/number-formats";
import { ACTIVITY_STATUSES, type ActivityStatus } from "@/lib/metrics/activity-status";
import type { Kpis } from "@/lib/data/dashboard";
import type { PostCategory } from "@/lib/metrics/post-kind";
import { cn } from "@/lib/utils";

const ACCENT: Record<ActivityStatus, string> = {
  active: "border-l-emerald-500",
  dormant: "border-l-amber-500",
  silent: "border-l-rose-500",
};

interface KpiCardsProps {
  kpis: Kpis;
  /** The private accounts, by name: a count alone does not say which to look at. */
  privateAccounts: readonly { handle: string; missionName: string }[];
  previous: Kpis;
  previousLabel: string;
  /** The previous period's dates, shown on hover. */
  previousDates: string;
  statusHref: (status: ActivityStatus) => string;
  selected: ActivityStatus | null;
  postsHref: (category?: PostCategory) => string;
  themesHref: string;
}

/** Change against the previous period: counts as a signed number, shares in percentage points. */
async function Delta({
  current,
  previous,
  kind,
  label,
  dates,
}: {
  current: number | null;
  previous: number | null;
  kind: "count" | "share";
  label: string;
  dates: string;
}) {
  const t = await getTranslations("overview");
  const format = await getFormatter();
  if (current === null || previous === null) {
    return (
      <span className="mt-1 block text-xs text-muted" title={dates}>
        {t("deltaUnknown", { previous: label })}
      </span>
    );
  }
  const change = kind === "share" ? (current - previous) * 100 : current - previous;
  return (
    <span className="mt-1 block text-xs text-muted" data-testid="kpi-delta" title={dates}>
      {kind === "share"
        ? t.rich("deltaPoints", {
            value: format.number(change, { maximumFractionDigits: 1, signDisplay: "exceptZero" }),
            previous: label,
            term: (chunks) => <Term term="percentagePoints">{chunks}</Term>,
          })
        : t("delta", { change: format.number(change, { signDisplay: "exceptZero" }), previous: label })}
    </span>
  );
}

/** The ministry's key figures for the period, each with its change against the previous period. */
export async function KpiCards({
  kpis,
  previous,
  previousLabel,
  previousDates,
  statusHref,
  selected,
  postsHref,
  themesHref,
  privateAccounts,
}: KpiCardsProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  const percent = (v: number | null) => (v === null ? t("table.none") : format.number(v, SHARE_FORMAT));
  const card = "block rounded-lg border border-border bg-card p-4 shadow-sm";
  return (
    <section aria-labelledby="kpi-heading" className="mb-6">
      <h2 id="kpi-heading" className="sr-only">
        {t("overview.kpiHeading")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {ACTIVITY_STATUSES.map((status) => (
          <div
            key={status}
            className={cn(card, "border-l-4", ACCENT[status], selected === status && "ring-2 ring-accent")}
          >
            {/* The term sits beside the card's link, not in it: a control may not nest inside a link. */}
            <Term term={status} className="text-sm font-medium text-muted">
              {t(`status.${status}`)}
            </Term>
            <Link
              href={statusHref(status)}
              aria-current={selected === status ? "true" : undefined}
              data-testid={`status-card-${status}`}
              className="block hover:text-accent"
            >
              <span className="sr-only">{t(`status.${status}`)}</span>
              <span className="mt-1 block text-3xl font-semibold" data-testid={`status-count-${status}`}>
                {format.number(kpis.statusCounts[status])}
              </span>
              <span className="block text-xs text-muted">
                {t("overview.statusCard", { count: kpis.statusCounts[status], total: kpis.statusCounts.total })}
              </span>
            </Link>
            <Delta
              current={kpis.statusCounts[status]}
              previous={previous.statusCounts[status]}
              kind="count"
              label={previousLabel}
              dates={previousDates}
            />
          </div>
        ))}
        <div className={card}>
          <span className="text-sm font-medium text-muted">{t("overview.postsInPeriod")}</span>
          <Link
            href={postsHref()}
            className="mt-1 block text-3xl font-semibold hover:text-accent"
            data-testid="posts-in-period"
          >
            {format.number(kpis.postsInPeriod)}
          </Link>
          <span className="block text-xs text-muted">
            {t.rich("overview.postsBreakdown", {
              broadcast: format.number(kpis.counts.broadcast),
              engagement: format.number(kpis.counts.engagement),
              amplification: format.number(kpis.counts.amplification),
              b: (chunks) => (
                <Link href={postsHref("broadcast")} className="hover:underline">
                  {chunks}
                </Link>
              ),
              e: (chunks) => (
                <Link href={postsHref("engagement")} className="hover:underline">
                  {chunks}
                </Link>
              ),
              a: (chunks) => (
                <Link href={postsHref("amplification")} className="hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
          <Delta
            current={kpis.postsInPeriod}
            previous={previous.postsInPeriod}
            kind="count"
            label={previousLabel}
            dates={previousDates}
          />
        </div>
        <div className={card}>
          <Term term="engagementShare" className="text-sm font-medium text-muted">
            {t("overview.engagementShare")}
          </Term>
          <Link
            href={postsHref("engagement")}
            className="mt-1 block text-3xl font-semibold hover:text-accent"
            data-testid="engagement-share"
          >
            {percent(kpis.engagementShare)}
          </Link>
          <Delta
            current={kpis.engagementShare}
            previous={previous.engagementShare}
            kind="share"
            label={previousLabel}
            dates={previousDates}
          />
        </div>
        <div className={card}>
          <Term term="priorityTheme" className="text-sm font-medium text-muted">
            {t("overview.priorityThemes")}
          </Term>
          <Link
            href={themesHref}
            className="mt-1 block text-3xl font-semibold hover:text-accent"
            data-testid="priority-covered"
          >
            {t("overview.priorityCovered", { covered: kpis.priorityCovered, total: kpis.priorityInWindow })}
          </Link>
          <Delta
            current={kpis.priorityCovered}
            previous={previous.priorityCovered}
            kind="count"
            label={previousLabel}
            dates={previousDates}
          />
        </div>
      </div>
      {kpis.statusCounts.private > 0 && (
        <p className="mt-2 text-xs text-muted" data-testid="private-note">
          {t("overview.privateNote", {
            count: kpis.statusCounts.private,
            accounts: format.list(
              privateAccounts.map((a) => t("overview.privateAccount", { handle: a.handle, mission: a.missionName })),
              { type: "conjunction" },
            ),
          })}{" "}
          <Link href="#actions-heading" className="text-accent underline">
            {t("overview.privateNoteLink")}
          </Link>
        </p>
      )}
    </section>
  );
}
