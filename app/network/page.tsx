import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { AccountNetworkTable } from "@/components/network/account-network-table";
import { MissionNetworkTable } from "@/components/network/mission-network-table";
import { NetworkGraphPanel } from "@/components/network/network-graph-panel";
import { NetworkSummary } from "@/components/network/network-summary";
import { Alert } from "@/components/ui/alert";
import { RangeBar } from "@/components/view-range/range-bar";
import { RangeError } from "@/components/view-range/range-error";
import { getAccountNetwork } from "@/lib/data/network";
import { parseNetworkParams, type NetworkFlag } from "@/lib/validations/network";
import { DEFAULT_PAGE_SIZE } from "@/lib/validations/page-param";
import { openRangePage, type PageSearchParams } from "@/lib/page-opening";
import { hrefWith } from "@/lib/view-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network");
  return { title: t("title") };
}

export default async function NetworkPage({ searchParams }: { searchParams: PageSearchParams }) {
  const t = await getTranslations("network");
  const { viewer, params, keep: rangeKeep, range } = await openRangePage({ path: "/network", searchParams });
  if (!range.ok) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
        <RangeError errors={range.errors} resetHref="/network" />
      </>
    );
  }
  const parsed = parseNetworkParams(params);
  if (!parsed.ok) {
    return (
      <Alert data-testid="filter-error">
        <p>{t("invalidParams", { fields: parsed.fields.join(", ") })}</p>
        <Link href={hrefWith("/network", rangeKeep)} className="font-medium underline">
          {t("clearParams")}
        </Link>
      </Alert>
    );
  }

  // Unknown and forbidden missions look alike.
  const view = await getAccountNetwork(viewer, range.period, { missionId: parsed.missionId });
  if (!view) notFound();

  const keep = { ...rangeKeep, mission: parsed.missionId ?? undefined };
  const accountHref = (id: string) => hrefWith(`/accounts/${encodeURIComponent(id)}`, rangeKeep);
  const postsHref = (filter: { account: string; with?: string }) => hrefWith("/posts", rangeKeep, filter);
  const focusHref = (missionId: string) => hrefWith("/network", rangeKeep, { mission: missionId });
  const networkHref = (change: { flag?: NetworkFlag | null; page?: number; pageSize?: number; missionPage?: number }) => {
    const flag = change.flag === undefined ? parsed.flag : change.flag;
    const page = change.page ?? parsed.page;
    const rows = change.pageSize ?? parsed.pageSize;
    const missionPage = change.missionPage ?? parsed.missionPage;
    return hrefWith("/network", keep, {
      flag: flag ?? undefined,
      page: page > 1 ? String(page) : undefined,
      rows: rows === DEFAULT_PAGE_SIZE ? undefined : String(rows),
      mpage: missionPage > 1 ? String(missionPage) : undefined,
    });
  };
  const tableHref = (change: { flag?: NetworkFlag | null; page?: number; pageSize?: number }) => `${networkHref(change)}#network-table`;
  const missionTableHref = ({ page }: { page: number }) => `${networkHref({ missionPage: page })}#network-missions-heading`;

  return (
    <>
      {view.hasDemoData && <DemoBanner />}
      <h1 className="mb-1 text-2xl font-semibold">{view.focusMission ? t("focusTitle", { mission: view.focusMission.name }) : t("title")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-muted">{view.anonymised ? t("ambassadorIntro") : t("intro")}</p>
      <RangeBar
        period={range.period}
        thresholdDays={range.settings.dormancyThresholdDays}
        asOfIsDefault={range.asOfIsDefault}
        pathname="/network"
        keep={keep}
      />
      {view.focusMission && !view.anonymised && (
        <p className="mb-4 text-sm">
          <Link href={hrefWith("/network", rangeKeep)} className="text-accent hover:underline">
            ← {t("wholeMinistry")}
          </Link>
        </p>
      )}
      <NetworkSummary view={view} accountHref={accountHref} flagHref={(flag) => tableHref({ flag, page: 1 })} />
      <NetworkGraphPanel view={view} accountHref={accountHref} postsHref={postsHref} />
      <AccountNetworkTable
        view={view}
        accountHref={accountHref}
        missionHref={view.anonymised ? null : focusHref}
        postsHref={postsHref}
        flag={parsed.flag}
        page={parsed.page}
        pageSize={parsed.pageSize}
        tableHref={tableHref}
      />
      {!view.anonymised && !view.focusMission && <MissionNetworkTable missions={view.missions} focusHref={focusHref} page={parsed.missionPage} pageHref={missionTableHref} />}
    </>
  );
}
