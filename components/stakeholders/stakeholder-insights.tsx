import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { StakeholderInsights } from "@/lib/data/stakeholders";
import type { CategoryBucket } from "@/lib/metrics/stakeholders";

/** Share of engagement per category (each links to the directory filtered by it) and the top interlocutors (each to its posts). */
export async function StakeholderInsightsPanel({
  insights,
  heading,
  categoryHref,
  postsHref,
}: {
  insights: StakeholderInsights;
  heading: string;
  categoryHref: (category: CategoryBucket) => string;
  postsHref: (handle: string) => string;
}) {
  const t = await getTranslations("stakeholders");
  const format = await getFormatter();
  const percent = (share: number | null) =>
    share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="mb-6 grid gap-4 lg:grid-cols-2">
      <Card data-testid="category-shares">
        <h2 className="mb-1 font-semibold">{heading}</h2>
        <p className="mb-3 text-xs text-muted">{t("shares.explain", { count: insights.engagementInteractions })}</p>
        {insights.engagementInteractions === 0 ? (
          <p className="text-sm text-muted">{t("shares.none")}</p>
        ) : (
          <ul className="space-y-1.5 text-sm">
            {insights.shares.map((share) => (
              <li key={share.category} data-testid="category-share" data-category={share.category}>
                <div className="flex justify-between gap-2">
                  <Link href={categoryHref(share.category)} className="hover:text-accent hover:underline">
                    {t(`category.${share.category}`)}
                  </Link>
                  <span className="tabular-nums" data-testid="share-value">
                    {t("shares.share", { share: percent(share.share), count: share.interactions })}
                  </span>
                </div>
                <div className="h-1.5 rounded bg-slate-100 dark:bg-slate-800" aria-hidden>
                  <div
                    className={
                      share.category === "unlabelled" ? "h-1.5 rounded bg-slate-400" : "h-1.5 rounded bg-accent"
                    }
                    style={{ width: `${(share.share ?? 0) * 100}%` }}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {/* min-w-0: the grid column never grows past half the page; long handles wrap instead of pushing Share out. */}
      <div className="min-w-0">
        <h2 className="mb-2 font-semibold">{t("top.heading")}</h2>
        <Table data-testid="top-interlocutors">
          <thead>
            <tr>
              <Th>{t("top.account")}</Th>
              <Th>{t("top.category")}</Th>
              <Th className="text-right">{t("top.engagement")}</Th>
              <Th className="whitespace-nowrap text-right">{t("top.share")}</Th>
            </tr>
          </thead>
          <tbody>
            {insights.top.map((row) => (
              <tr key={`${row.platform}:${row.handle}`}>
                <Td className="font-medium [overflow-wrap:anywhere]">@{row.handle}</Td>
                <Td>
                  {row.category ? (
                    <Badge tone="info">{t(`category.${row.category}`)}</Badge>
                  ) : (
                    <Badge>{t("category.unlabelled")}</Badge>
                  )}
                </Td>
                <Td className="text-right">
                  <Link
                    href={postsHref(row.handle)}
                    className="underline decoration-dotted underline-offset-4 hover:text-accent"
                  >
                    {format.number(row.engagementInteractions)}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{percent(row.share)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
