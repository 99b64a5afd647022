import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountFigureCards } from "@/components/accounts/account-figure-cards";
import { SnapshotTable } from "@/components/accounts/snapshot-table";
import { PrivateBadge } from "@/components/accounts/status-badge";
import { StatusHistoryList } from "@/components/accounts/status-history-list";
import { FollowerChart } from "@/components/charts/lazy-charts";
import type { FollowerPoint } from "@/components/charts/follower-chart";
import { DemoBanner } from "@/components/layout/demo-banner";
import { PostPagination } from "@/components/posts/post-pagination";
import { PostTable } from "@/components/posts/post-table";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getAccountDetail } from "@/lib/data/accounts";
import { getPostList } from "@/lib/data/posts";
import { listTaggableThemes } from "@/lib/data/theme-rules";
import { formatIsoDay } from "@/lib/metrics/dates";
import { POST_CATEGORIES } from "@/lib/metrics/post-kind";
import { cn } from "@/lib/utils";
import { parsePostFilters } from "@/lib/validations/post-filters";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({ params, searchParams }: { params: Params; searchParams: PageSearchParams }) {
  const { id } = await params;
  const t = await getTranslations();
  const pathname = `/accounts/${encodeURIComponent(id)}`;
  const { viewer, params: query, keep: rangeKeep, range } = await openRangePage({ path: pathname, searchParams });
  const keep = { ...rangeKeep, category: query.category };

  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const detail = await getAccountDetail(viewer, id, range.period, range.settings);
  if (!detail) notFound();
  const { account, figures } = detail;

  // Only the category and page come from this screen's URL; the account is the page's own.
  const parsed = parsePostFilters({ category: query.category, page: query.page });
  const list = parsed.ok
    ? await getPostList(viewer, range.period, { ...parsed.filters, missionId: null, themeId: null, allTime: false, accountId: account.id })
    : null;

  const postsHref = (options?: { category?: string; allTime?: boolean }) =>
    hrefWith("/posts", rangeKeep, { account: account.id, category: options?.category, since: options?.allTime ? "all" : undefined });
  const platform = t.has(`platform.${account.platform}`) ? t(`platform.${account.platform}`) : account.platform;
  const declaredUse = t.has(`declaredUse.${account.declaredUse}`) ? t(`declaredUse.${account.declaredUse}`) : account.declaredUse;
  const followerSeries: FollowerPoint[] = detail.snapshots.flatMap((s) =>
    s.followers === null ? [] : [{ date: formatIsoDay(s.takenAt), followers: s.followers }],
  );
  const selectedCategory = parsed.ok ? parsed.filters.category : null;

  return (
    <>
      {account.isDemo && <DemoBanner />}
      <Link href={hrefWith(`/missions/${encodeURIComponent(account.mission.id)}`, rangeKeep)} className="text-sm text-accent hover:underline">
        ← {t("account.back", { mission: account.mission.name })}
      </Link>
      <div className="mb-4 mt-2">
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          <span className="break-all">@{account.handle}</span>
          {account.isPrivate && <PrivateBadge />}
        </h1>
        {account.displayName && <p className="text-base">{account.displayName}</p>}
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>{t("account.missionLabel")}:</dt>
            <dd>{account.mission.name}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("account.platformLabel")}:</dt>
            <dd>{platform}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("account.declaredUseLabel")}:</dt>
            <dd>{declaredUse}</dd>
          </div>
          <div className="flex gap-1" data-testid="account-platform-id">
            <dt>{t("account.platformIdLabel")}:</dt>
            <dd className="break-all">{account.platformUserId ?? t("account.platformIdUnknown")}</dd>
          </div>
          {account.mainLanguage && (
            <div className="flex gap-1">
              <dt>{t("account.languageLabel")}:</dt>
              <dd>{account.mainLanguage}</dd>
            </div>
          )}
        </dl>
        {account.url && (
          <a href={account.url} rel="noopener noreferrer" target="_blank" className="mt-1 inline-block text-sm text-accent hover:underline">
            {t("account.profile", { platform })} ↗
          </a>
        )}
      </div>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={keep}
      />
      <AccountFigureCards figures={figures} cadence={detail.cadence} periodDays={range.period.days} postsHref={postsHref} />

      <div className="mb-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <section aria-labelledby="history-heading" className="min-w-0">
          <h2 id="history-heading" className="mb-1 text-lg font-semibold">
            {t("account.historyHeading")}
          </h2>
          <p className="mb-3 text-sm text-muted">{t("account.historyIntro", { days: range.settings.dormancyThresholdDays })}</p>
          <StatusHistoryList intervals={detail.statusHistory} asOf={range.period.asOf} />
        </section>

        <section aria-labelledby="followers-heading" className="min-w-0">
          <h2 id="followers-heading" className="mb-3 text-lg font-semibold">
            {t("account.followersHeading")}
          </h2>
          <FollowerChart
            series={followerSeries}
            seriesLabel={t("account.followersSeries")}
            description={t("account.followersChart")}
            emptyLabel={t("account.followersEmpty")}
          />
          <h3 id="snapshots-heading" className="mb-2 mt-4 font-semibold">
            {t("account.snapshotsHeading")}
          </h3>
          {detail.snapshots.length === 0 ? (
            <Alert tone="info">{t("account.noSnapshots")}</Alert>
          ) : (
            <SnapshotTable snapshots={detail.snapshots} />
          )}
        </section>
      </div>

      <section aria-labelledby="posts-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="posts-heading" className="text-lg font-semibold">
            {t("account.postsHeading")}
          </h2>
          {list && (
            <span data-testid="post-total" className="text-sm font-medium">
              {t("account.postsTotal", { count: list.total })}
            </span>
          )}
        </div>
        <nav aria-label={t("account.categoryFilter")} className="mb-3 flex flex-wrap gap-2 text-sm">
          {[null, ...POST_CATEGORIES].map((category) => {
            const selected = category === selectedCategory;
            return (
              <Link
                key={category ?? "all"}
                href={hrefWith(pathname, rangeKeep, { category: category ?? undefined })}
                aria-current={selected ? "page" : undefined}
                className={cn(
                  "rounded-full border px-3 py-1",
                  selected ? "border-accent bg-accent font-medium text-white dark:text-slate-900" : "border-border bg-card hover:border-accent",
                )}
              >
                {category ? t(`posts.category.${category}`) : t("account.allCategories")}
              </Link>
            );
          })}
        </nav>
        {!parsed.ok || !list ? (
          <Alert data-testid="filter-error">
            <p>{t("account.invalidFilters", { fields: parsed.ok ? "" : parsed.fields.join(", ") })}</p>
            <Link href={hrefWith(pathname, rangeKeep)} className="font-medium underline">
              {t("account.clearFilters")}
            </Link>
          </Alert>
        ) : list.items.length === 0 ? (
          <Alert tone="info">{t("account.postsEmpty")}</Alert>
        ) : (
          <>
            <PostTable posts={list.items} showAccount={false} taggableThemes={await listTaggableThemes(viewer)} />
            <PostPagination page={list.page} pageCount={list.pageCount} href={(page) => hrefWith(pathname, keep, { page: String(page) })} />
          </>
        )}
      </section>
    </>
  );
}
