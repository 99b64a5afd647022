import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/accounts/status-badge";
import { Term } from "@/components/glossary/term";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { SHARE_FORMAT } from "@/lib/number-formats";
import type { AccountFigures } from "@/lib/data/account-figures";
import type { PostCategory } from "@/lib/metrics/post-kind";

interface AccountFigureCardsProps {
  figures: AccountFigures;
  cadence: number;
  periodDays: number;
  /** Link to the posts behind a figure: in the period (optionally of one category), or all up to D. */
  postsHref: (options?: { category?: PostCategory; allTime?: boolean }) => string;
}

const figureLink = "mt-1 block text-3xl font-semibold tabular-nums hover:text-accent hover:underline";

/** Status, posts in the period, engagement share, cadence and posts to date, each linked to its posts. */
export async function AccountFigureCards({ figures, cadence, periodDays, postsHref }: AccountFigureCardsProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { activity, counts } = figures;
  const declaredUse = t.has(`declaredUse.${figures.declaredUse}`)
    ? t(`declaredUse.${figures.declaredUse}`)
    : figures.declaredUse;
  return (
    <section aria-labelledby="figures-heading" className="mb-8">
      <h2 id="figures-heading" className="sr-only">
        {t("account.figuresHeading")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Card data-testid="figure-status">
          <CardTitle>{t("account.status")}</CardTitle>
          <div className="mt-2 flex flex-wrap items-center gap-1 text-base">
            <StatusBadge status={activity.status} />
          </div>
          {activity.daysSinceLastPost !== null && figures.lastPostAt ? (
            <>
              <Link
                href={postsHref({ allTime: true })}
                className="mt-2 block font-medium underline decoration-dotted underline-offset-4 hover:text-accent"
                data-testid="days-since"
              >
                {t("account.daysSince", { days: activity.daysSinceLastPost })}
              </Link>
              <p className="text-xs text-muted">
                {t("account.lastPost", {
                  date: format.dateTime(figures.lastPostAt, { year: "numeric", month: "long", day: "numeric" }),
                })}
              </p>
            </>
          ) : (
            <p className="mt-2 text-sm text-muted">{t("account.neverPosted")}</p>
          )}
        </Card>
        <Card>
          <CardTitle>{t("account.postsInPeriod")}</CardTitle>
          <Link href={postsHref()} className={figureLink} data-testid="posts-in-period">
            {format.number(figures.postsInPeriod)}
          </Link>
          <p className="text-xs text-muted" title={t("table.kindsHint")}>
            {t.rich("account.breakdown", {
              broadcast: format.number(counts.broadcast),
              engagement: format.number(counts.engagement),
              amplification: format.number(counts.amplification),
              b: (chunks) => (
                <Link href={postsHref({ category: "broadcast" })} className="hover:underline">
                  {chunks}
                </Link>
              ),
              e: (chunks) => (
                <Link href={postsHref({ category: "engagement" })} className="hover:underline">
                  {chunks}
                </Link>
              ),
              a: (chunks) => (
                <Link href={postsHref({ category: "amplification" })} className="hover:underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
        <Card>
          <CardTitle>
            <Term term="engagementShare">{t("account.engagementShare")}</Term>
          </CardTitle>
          {figures.engagementShare === null ? (
            <p className="mt-1 text-3xl font-semibold" title={t("account.noShareHint")} data-testid="engagement-share">
              {t("account.noShare")}
            </p>
          ) : (
            <Link href={postsHref({ category: "engagement" })} className={figureLink} data-testid="engagement-share">
              {format.number(figures.engagementShare, SHARE_FORMAT)}
            </Link>
          )}
          <p className="text-xs text-muted">{t("account.declaredAs", { use: declaredUse })}</p>
          {figures.declaredUseMismatch && (
            <Badge tone="warning" className="mt-1 whitespace-normal" data-testid="mismatch">
              {t("account.mismatch")}
            </Badge>
          )}
        </Card>
        <Card>
          <CardTitle>{t("account.cadence")}</CardTitle>
          <Link href={postsHref()} className={figureLink} data-testid="cadence">
            {t("account.cadenceValue", { value: format.number(cadence, { maximumFractionDigits: 1 }) })}
          </Link>
          <p className="text-xs text-muted">
            {t("account.cadenceHint", { count: figures.postsInPeriod, days: periodDays })}
          </p>
        </Card>
        <Card>
          <CardTitle>{t("account.postsToDate")}</CardTitle>
          <Link href={postsHref({ allTime: true })} className={figureLink} data-testid="posts-to-date">
            {format.number(figures.postsToDate)}
          </Link>
          <p className="text-xs text-muted">{t("account.postsToDateHint")}</p>
        </Card>
      </div>
    </section>
  );
}
