import type { NetworkFlag, ParsedNetworkParams } from "@/lib/validations/network";
import { DEFAULT_PAGE_SIZE } from "@/lib/validations/page-param";
import { hrefWith, type ViewParams } from "@/lib/view-params";

type NetworkParams = Extract<ParsedNetworkParams, { ok: true }>;

/** Where the network screen's accounts, pairs, missions and tables link to; every link keeps the view's as-of date and period. */
export function networkLinks(rangeKeep: ViewParams, parsed: NetworkParams) {
  const keep = { ...rangeKeep, mission: parsed.missionId ?? undefined };
  const networkHref = (change: {
    flag?: NetworkFlag | null;
    page?: number;
    pageSize?: number;
    missionPage?: number;
  }) => {
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
  return {
    /** The view's range and focus mission. */
    keep,
    accountHref: (id: string) => hrefWith(`/accounts/${encodeURIComponent(id)}`, rangeKeep),
    postsHref: (filter: { account: string; with?: string }) => hrefWith("/posts", rangeKeep, filter),
    focusHref: (missionId: string) => hrefWith("/network", rangeKeep, { mission: missionId }),
    wholeMinistryHref: hrefWith("/network", rangeKeep),
    tableHref: (change: { flag?: NetworkFlag | null; page?: number; pageSize?: number }) =>
      `${networkHref(change)}#network-table`,
    missionTableHref: ({ page }: { page: number }) => `${networkHref({ missionPage: page })}#network-missions-heading`,
  };
}
