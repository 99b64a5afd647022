import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountFigureCards } from "@/components/accounts/account-figure-cards";
import { AccountFollowersSection } from "@/components/accounts/account-followers-section";
import { AccountHeader } from "@/components/accounts/account-header";
import { AccountHistorySection } from "@/components/accounts/account-history-section";
import { AccountPostsSection } from "@/components/accounts/account-posts-section";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getAccountDetail } from "@/lib/data/accounts";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: PageSearchParams;
}) {
  const { id } = await params;
  const pathname = `/accounts/${encodeURIComponent(id)}`;
  const { viewer, params: query, keep: rangeKeep, range } = await openRangePage({ path: pathname, searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref={pathname} />;

  const detail = await getAccountDetail(viewer, id, range.period, range.settings);
  if (!detail) notFound();
  const { account } = detail;
  const postsHref = (options?: { category?: string; allTime?: boolean }) =>
    hrefWith("/posts", rangeKeep, {
      account: account.id,
      category: options?.category,
      since: options?.allTime ? "all" : undefined,
    });

  return (
    <>
      <AccountHeader account={account} keep={rangeKeep} />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname={pathname}
        keep={{ ...rangeKeep, category: query.category }}
      />
      <AccountFigureCards
        figures={detail.figures}
        cadence={detail.cadence}
        periodDays={range.period.days}
        postsHref={postsHref}
      />
      <div className="mb-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <AccountHistorySection
          intervals={detail.statusHistory}
          asOf={range.period.asOf}
          thresholdDays={range.settings.dormancyThresholdDays}
        />
        <AccountFollowersSection snapshots={detail.snapshots} />
      </div>
      <AccountPostsSection
        viewer={viewer}
        accountId={account.id}
        period={range.period}
        pathname={pathname}
        query={query}
        rangeKeep={rangeKeep}
      />
    </>
  );
}
