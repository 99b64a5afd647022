import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountNetworkTable } from "@/components/network/account-network-table";
import { MissionNetworkTable } from "@/components/network/mission-network-table";
import { NetworkGraphPanel } from "@/components/network/network-graph-panel";
import { NetworkHeader } from "@/components/network/network-header";
import { networkLinks } from "@/components/network/network-links";
import { NetworkSummary } from "@/components/network/network-summary";
import { FilterError } from "@/components/view-range/filter-error";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getAccountNetwork } from "@/lib/data/network";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { parseNetworkParams } from "@/lib/validations/network";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network");
  return { title: t("title") };
}

export default async function NetworkPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("network");
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/network", searchParams });
  if (!range.ok) return <RangeError errors={range.errors} resetHref="/network" title={t("title")} />;
  const parsed = parseNetworkParams(params);
  if (!parsed.ok) {
    return (
      <FilterError
        message={t("invalidParams", { fields: parsed.fields.join(", ") })}
        clearLabel={t("clearParams")}
        clearHref={hrefWith("/network", rangeKeep)}
      />
    );
  }
  // Unknown and forbidden missions look alike.
  const view = await getAccountNetwork(viewer, range.period, { missionId: parsed.missionId });
  if (!view) notFound();
  const links = networkLinks(rangeKeep, parsed);

  return (
    <>
      <NetworkHeader view={view} />
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/network"
        keep={links.keep}
      />
      {view.focusMission && !view.anonymised && (
        <p className="mb-4 text-sm">
          <Link href={links.wholeMinistryHref} className="text-accent hover:underline">
            ← {t("wholeMinistry")}
          </Link>
        </p>
      )}
      <NetworkSummary
        view={view}
        accountHref={links.accountHref}
        flagHref={(flag) => links.tableHref({ flag, page: 1 })}
      />
      <NetworkGraphPanel view={view} accountHref={links.accountHref} postsHref={links.postsHref} />
      <AccountNetworkTable
        view={view}
        accountHref={links.accountHref}
        missionHref={view.anonymised ? null : links.focusHref}
        postsHref={links.postsHref}
        flag={parsed.flag}
        page={parsed.page}
        pageSize={parsed.pageSize}
        tableHref={links.tableHref}
      />
      {!view.anonymised && !view.focusMission && (
        <MissionNetworkTable
          missions={view.missions}
          focusHref={links.focusHref}
          page={parsed.missionPage}
          pageHref={links.missionTableHref}
        />
      )}
    </>
  );
}
