import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { AccountNetworkView, NetworkAccountNode, NetworkLink } from "@/lib/data/network";
import { pageSlice } from "@/lib/pagination";
import type { NetworkFlag } from "@/lib/validations/network";
import { isInFocus, linkTypesText, nodeName, nodesByKey } from "./network-labels";

interface AccountNetworkTableProps {
  view: AccountNetworkView;
  accountHref: (accountId: string) => string;
  /** Where a mission name leads; null for plain text. */
  missionHref: ((missionId: string) => string) | null;
  /** The posts of an account, or of an account naming another (`with`). */
  postsHref: (filter: { account: string; with?: string }) => string;
  /** Only the accounts with this flag; null for all. */
  flag: NetworkFlag | null;
  page: number;
  /** Rows per page: a ministry's 1,500 accounts with their links in one table made a page of megabytes. */
  pageSize: number;
  /** The network screen with another flag, page or page size, keeping the rest of the view. */
  tableHref: (change: { flag?: NetworkFlag | null; page?: number; pageSize?: number }) => string;
}

const FLAG_FILTERS: (NetworkFlag | null)[] = [null, "isolated", "receiveOnly"];

/**
 * Links listed per account, heaviest first: at 2,000,000 posts a page of 50 accounts listed 750
 * links, most of a single post; the rest are counted and lead to the account's posts.
 */
export const LINKS_PER_ROW = 10;

/**
 * The graph as a table, one row per account of the view: its links in and
 * out, partners and flags (dormancy among them, as the graph marks it), and
 * each link with the posts behind it.
 */
export async function AccountNetworkTable({
  view,
  accountHref,
  missionHref,
  postsHref,
  flag,
  page,
  pageSize,
  tableHref,
}: AccountNetworkTableProps) {
  const t = await getTranslations("network");
  const format = await getFormatter();
  const byKey = nodesByKey(view);
  const inView = view.nodes.filter((n): n is NetworkAccountNode => isInFocus(view, n));
  const flagged = flag === null ? inView : inView.filter((n) => n.figures[flag]);
  const shown = pageSlice(flagged, page, pageSize);
  const onPage = new Set(shown.items.map((n) => n.key));
  const linksByKey = new Map<string, NetworkLink[]>();
  for (const link of view.links) {
    for (const key of new Set([link.sourceKey, link.targetKey])) {
      if (!onPage.has(key)) continue;
      const list = linksByKey.get(key);
      if (list) list.push(link);
      else linksByKey.set(key, [link]);
    }
  }
  const linksOf = (key: string) => linksByKey.get(key) ?? [];

  const linkItem = (own: string, link: NetworkLink) => {
    const outgoing = link.sourceKey === own;
    const partner = byKey.get(outgoing ? link.targetKey : link.sourceKey)!;
    const source = nodeName(byKey.get(link.sourceKey)!, t);
    const target = nodeName(byKey.get(link.targetKey)!, t);
    const count = format.number(link.posts);
    return (
      <li
        key={`${link.sourceKey}>${link.targetKey}`}
        className="flex flex-wrap items-baseline gap-x-2"
        data-testid="network-link"
        data-source={link.sourceKey}
        data-target={link.targetKey}
      >
        <span>{outgoing ? "→" : "←"}</span>
        <span>
          {t.rich(outgoing ? "outTo" : "inFrom", {
            name: nodeName(partner, t),
            partner: (chunks) =>
              partner.anonymous ? (
                <span>{chunks}</span>
              ) : (
                <Link href={accountHref(partner.account.id)} className="text-accent hover:underline">
                  {chunks}
                </Link>
              ),
          })}
        </span>
        {link.postsFilter ? (
          <Link
            href={postsHref(link.postsFilter)}
            className="font-medium tabular-nums text-accent hover:underline"
            aria-label={t("linkPostsLabel", { count: link.posts, source, target })}
            data-testid="link-posts"
          >
            {count}
          </Link>
        ) : (
          <span className="font-medium tabular-nums" data-testid="link-posts">
            {count}
          </span>
        )}
        <span className="text-xs text-muted">
          {linkTypesText(link.byType, t)}
          {link.reciprocated && <> · {t("returned")}</>}
        </span>
      </li>
    );
  };

  return (
    <section aria-labelledby="network-table-heading" className="mb-6" id="network-table">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="network-table-heading" className="text-lg font-semibold">
          {t("tableHeading")}
        </h2>
        <p className="text-sm text-muted" data-testid="network-table-count">
          {shown.total === 0
            ? t("tableNone")
            : t("tableCount", {
                first: format.number(shown.first),
                last: format.number(shown.last),
                total: format.number(shown.total),
              })}
        </p>
      </div>
      <nav
        aria-label={t("tableFilter")}
        className="mb-2 flex flex-wrap gap-2 text-sm"
        data-testid="network-flag-filter"
      >
        {FLAG_FILTERS.map((option) => {
          const count = option === null ? inView.length : inView.filter((n) => n.figures[option]).length;
          const label = `${option === null ? t("allAccounts") : t(`flag.${option}`)} (${format.number(count)})`;
          return option === flag ? (
            <span
              key={option ?? "all"}
              aria-current="true"
              className="rounded-full border border-accent px-3 py-0.5 font-medium text-accent"
            >
              {label}
            </span>
          ) : (
            <Link
              key={option ?? "all"}
              href={tableHref({ flag: option, page: 1 })}
              className="rounded-full border border-border px-3 py-0.5 hover:border-accent hover:text-accent"
            >
              {label}
            </Link>
          );
        })}
      </nav>
      <Table data-testid="network-table">
        <thead>
          <tr>
            <Th>{t("column.account")}</Th>
            <Th>{t("column.mission")}</Th>
            <Th className="text-right">{t("column.in")}</Th>
            <Th className="text-right">{t("column.out")}</Th>
            <Th className="text-right">{t("column.partners")}</Th>
            <Th className="text-right">{t("column.reciprocalPartners")}</Th>
            <Th>{t("column.flags")}</Th>
            <Th>{t("column.links")}</Th>
          </tr>
        </thead>
        <tbody>
          {shown.items.map((node) => {
            const links = linksOf(node.key);
            const f = node.figures;
            return (
              <tr
                key={node.key}
                data-testid="network-row"
                data-handle={node.account.handle}
                data-account={node.account.id}
              >
                <Td>
                  <Link
                    href={accountHref(node.account.id)}
                    className="break-all font-medium text-accent hover:underline"
                  >
                    @{node.account.handle}
                  </Link>
                  {node.account.displayName && <div className="text-xs text-muted">{node.account.displayName}</div>}
                </Td>
                <Td>
                  {missionHref ? (
                    <Link href={missionHref(node.mission.id)} className="hover:text-accent hover:underline">
                      {node.mission.name}
                    </Link>
                  ) : (
                    node.mission.name
                  )}
                </Td>
                <Td className="text-right tabular-nums" data-testid="links-in">
                  {format.number(f.linksIn)}
                </Td>
                <Td className="text-right tabular-nums" data-testid="links-out">
                  {format.number(f.linksOut)}
                </Td>
                <Td className="text-right tabular-nums" data-testid="partners">
                  {format.number(f.partners)}
                </Td>
                <Td className="text-right tabular-nums" data-testid="reciprocal-partners">
                  {format.number(f.reciprocalPartners)}
                </Td>
                <Td>
                  {node.status !== "active" && (
                    <Badge tone="neutral" data-testid="flag-dormant">
                      {t(`flag.${node.status}`)}
                    </Badge>
                  )}
                  {f.isolated && (
                    <Badge tone="danger" data-testid="flag-isolated">
                      {t("flag.isolated")}
                    </Badge>
                  )}
                  {f.receiveOnly && (
                    <Badge tone="warning" data-testid="flag-receive-only">
                      {t("flag.receiveOnly")}
                    </Badge>
                  )}
                </Td>
                <Td className="min-w-64">
                  {links.length === 0 ? (
                    <span className="text-muted">{t("noLinks")}</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-accent">
                        {t("showLinks", { count: links.length })}
                      </summary>
                      <ul className="mt-1 space-y-1">
                        {links.slice(0, LINKS_PER_ROW).map((link) => linkItem(node.key, link))}
                        {links.length > LINKS_PER_ROW && (
                          <li className="text-xs text-muted" data-testid="more-links">
                            {t.rich("moreLinks", {
                              count: links.length - LINKS_PER_ROW,
                              posts: (chunks) => (
                                <Link
                                  href={postsHref({ account: node.account.id })}
                                  className="text-accent hover:underline"
                                >
                                  {chunks}
                                </Link>
                              ),
                            })}
                          </li>
                        )}
                      </ul>
                    </details>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Pagination
        page={shown.page}
        pageCount={shown.pageCount}
        href={tableHref}
        pageSize={pageSize}
        testId="network-pages"
      />
    </section>
  );
}
