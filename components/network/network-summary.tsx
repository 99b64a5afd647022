import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Term } from "@/components/glossary/term";
import type { AccountNetworkView, NetworkAccountNode } from "@/lib/data/network";
import type { NetworkFlag } from "@/lib/validations/network";
import { isInFocus } from "./network-labels";

interface NetworkSummaryProps {
  view: AccountNetworkView;
  accountHref: (accountId: string) => string;
  /** The table narrowed to the accounts with a flag. */
  flagHref: (flag: NetworkFlag) => string;
}

/** Named in a card; the rest are in the table, narrowed to the flag. */
const NAMED_ACCOUNTS = 12;

const card = "rounded-lg border border-border bg-card p-4 shadow-sm";

/**
 * The network's headline figures: reciprocity, links, isolated and
 * receive-only accounts by name for the accounts in view; for one mission,
 * its links with the others, beside the ministry's anonymous totals.
 */
export async function NetworkSummary({ view, accountHref, flagHref }: NetworkSummaryProps) {
  const t = await getTranslations("network");
  const format = await getFormatter();
  const percent = (v: number | null) =>
    v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const accounts = view.nodes.filter((n): n is NetworkAccountNode => isInFocus(view, n));
  const isolated = accounts.filter((n) => n.figures.isolated);
  const receiveOnly = accounts.filter((n) => n.figures.receiveOnly);
  const mission = view.focusMission ? view.missions[0] : null;
  const { ministry } = view;

  const accountList = (nodes: NetworkAccountNode[], flag: NetworkFlag, testId: string) =>
    nodes.length === 0 ? (
      <span className="block text-xs text-muted">{t("none")}</span>
    ) : (
      <ul className="mt-1 flex flex-wrap gap-x-2 text-xs" data-testid={testId}>
        {nodes.slice(0, NAMED_ACCOUNTS).map((n) => (
          <li key={n.key}>
            <Link href={accountHref(n.account.id)} className="text-accent hover:underline">
              @{n.account.handle}
            </Link>
          </li>
        ))}
        {nodes.length > NAMED_ACCOUNTS && (
          <li>
            <Link
              href={flagHref(flag)}
              className="font-medium text-accent hover:underline"
              data-testid={`${testId}-more`}
            >
              {t("more", { count: format.number(nodes.length - NAMED_ACCOUNTS) })}
            </Link>
          </li>
        )}
      </ul>
    );

  return (
    <section aria-labelledby="network-summary-heading" className="mb-6">
      <h2 id="network-summary-heading" className="sr-only">
        {t("summaryHeading")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {mission ? (
          <>
            <div className={card}>
              <span className="text-sm font-medium text-muted" title={t("missionLinksHint")}>
                {t("missionLinks")}
              </span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums" data-testid="mission-links">
                {t("missionLinksValue", {
                  in: format.number(mission.linksIn),
                  out: format.number(mission.linksOut),
                  within: format.number(mission.linksWithin),
                })}
              </span>
              <span className="block text-xs text-muted">{t("missionLinksHint")}</span>
            </div>
            <div className={card}>
              <span className="text-sm font-medium text-muted">{t("partnerMissions")}</span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums" data-testid="partner-missions">
                {t("partnerMissionsValue", {
                  partners: format.number(mission.partnerMissions),
                  reciprocal: format.number(mission.reciprocalPartnerMissions),
                })}
              </span>
            </div>
          </>
        ) : (
          <>
            <div className={card}>
              <span className="text-sm font-medium text-muted" title={t("reciprocityHint")}>
                {t("reciprocity")}
              </span>
              <a
                href="#network-table"
                className="mt-1 block text-3xl font-semibold hover:text-accent"
                data-testid="reciprocity"
              >
                {percent(ministry.reciprocity)}
              </a>
              <span className="block text-xs text-muted" data-testid="reciprocity-pairs">
                {t("reciprocityValue", { reciprocal: ministry.reciprocalPairs, pairs: ministry.linkedPairs })}
              </span>
              <span className="block text-xs text-muted">{t("reciprocityHint")}</span>
            </div>
            <div className={card}>
              <span className="text-sm font-medium text-muted">{t("links")}</span>
              <a
                href="#network-table"
                className="mt-1 block text-3xl font-semibold hover:text-accent"
                data-testid="links-total"
              >
                {format.number(ministry.links)}
              </a>
              <span className="block text-xs text-muted">{t("linksValue", { count: ministry.links })}</span>
            </div>
          </>
        )}
        <div className={card}>
          <span className="text-sm font-medium text-muted" title={t("isolatedHint")}>
            {t("isolated")}
          </span>
          <span className="mt-1 block text-3xl font-semibold tabular-nums" data-testid="isolated-count">
            {format.number(isolated.length)}
          </span>
          <span className="block text-xs text-muted">{t("isolatedHint")}</span>
          {accountList(isolated, "isolated", "isolated-accounts")}
        </div>
        <div className={card}>
          <span className="text-sm font-medium text-muted">
            <Term term="receiveOnly">{t("receiveOnly")}</Term>
          </span>
          <span className="mt-1 block text-3xl font-semibold tabular-nums" data-testid="receive-only-count">
            {format.number(receiveOnly.length)}
          </span>
          {accountList(receiveOnly, "receiveOnly", "receive-only-accounts")}
        </div>
      </div>
      {mission && (
        <p className="mt-2 text-sm text-muted" data-testid="ministry-comparison">
          {t("ministryReciprocity")}: {percent(ministry.reciprocity)} (
          {t("reciprocityValue", { reciprocal: ministry.reciprocalPairs, pairs: ministry.linkedPairs })}).{" "}
          {t("ministryCounts", {
            isolated: ministry.isolatedAccounts,
            receiveOnly: ministry.receiveOnlyAccounts,
            accounts: ministry.accounts,
          })}
        </p>
      )}
    </section>
  );
}
