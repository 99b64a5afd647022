import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrivateBadge, StatusBadge } from "@/components/accounts/status-badge";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { AccountFigures } from "@/lib/data/account-figures";
import { postsPerWeek } from "@/lib/metrics/cadence";

/** A mission's accounts with status, last post, period figures and declared vs observed use. */
export async function AccountTable({
  accounts,
  periodDays,
  accountHref,
  postsHref,
}: {
  accounts: AccountFigures[];
  /** Length of the period, for the cadence (posts per week). */
  periodDays: number;
  /** Link to an account's own page. */
  accountHref: (accountId: string) => string;
  /** Link to an account's posts: in the period, of one category, or all up to D. */
  postsHref: (accountId: string, options?: { category?: "engagement"; allTime?: boolean }) => string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <Table data-testid="account-table">
      <thead>
        <tr>
          <Th>{t("table.account")}</Th>
          <Th>
            <Term term="activityStatus">{t("table.status")}</Term>
          </Th>
          <Th>{t("table.lastPost")}</Th>
          <Th className="text-right">{t("table.posts")}</Th>
          <Th className="text-right">{t("table.cadence")}</Th>
          <Th className="text-right">
            <Term term="engagementShare">{t("table.engagement")}</Term>
          </Th>
          <Th>{t("table.declaredUse")}</Th>
          <Th className="text-right">{t("table.postsToDate")}</Th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} data-testid="account-row" data-handle={account.handle}>
            <Td>
              <Link href={accountHref(account.id)} className="font-medium text-accent hover:underline">
                @{account.handle}
              </Link>
              <div className="text-xs text-muted">
                {t.has(`platform.${account.platform}`) ? t(`platform.${account.platform}`) : account.platform}
                {account.displayName ? ` · ${account.displayName}` : ""}
              </div>
            </Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <StatusBadge status={account.activity.status} />
                {account.isPrivate && <PrivateBadge />}
              </div>
              {account.activity.daysSinceLastPost !== null && (
                <div className="mt-1 text-xs text-muted">
                  {t("status.daysSince", { days: account.activity.daysSinceLastPost })}
                </div>
              )}
            </Td>
            <Td data-testid="last-post">
              {account.lastPostAt ? (
                <Link href={postsHref(account.id, { allTime: true })} className="hover:text-accent hover:underline">
                  <time dateTime={account.lastPostAt.toISOString()}>
                    {format.dateTime(account.lastPostAt, { year: "numeric", month: "long", day: "numeric" })}
                  </time>
                </Link>
              ) : (
                <span className="text-muted">{t("table.never")}</span>
              )}
            </Td>
            <Td className="text-right tabular-nums" title={t("table.kindsHint")}>
              <Link href={postsHref(account.id)} className="hover:text-accent hover:underline">
                {format.number(account.postsInPeriod)}
              </Link>
              <div className="text-xs text-muted">
                {t("table.kinds", {
                  broadcast: format.number(account.counts.broadcast),
                  engagement: format.number(account.counts.engagement),
                  amplification: format.number(account.counts.amplification),
                })}
              </div>
            </Td>
            <Td className="text-right tabular-nums" data-testid="cadence">
              {format.number(postsPerWeek(account.postsInPeriod, periodDays), { maximumFractionDigits: 1 })}
            </Td>
            <Td className="text-right tabular-nums">
              {account.engagementShare === null ? (
                t("table.none")
              ) : (
                <Link
                  href={postsHref(account.id, { category: "engagement" })}
                  className="hover:text-accent hover:underline"
                >
                  {format.number(account.engagementShare, SHARE_FORMAT)}
                </Link>
              )}
              {account.declaredUseMismatch && (
                <div>
                  <Badge tone="warning" data-testid="mismatch">
                    {t("table.mismatch")}
                  </Badge>
                </div>
              )}
            </Td>
            <Td>
              {t.has(`declaredUse.${account.declaredUse}`)
                ? t(`declaredUse.${account.declaredUse}`)
                : account.declaredUse}
            </Td>
            <Td className="text-right tabular-nums">
              <Link
                href={postsHref(account.id, { allTime: true })}
                className="hover:text-accent hover:underline"
                data-testid="posts-to-date"
              >
                {format.number(account.postsToDate)}
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
