import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { rateChange, shownChange } from "@/lib/metrics/period-change";
import { quarterCoverage, quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import type { QuarterKpis, QuarterSummary } from "@/lib/summaries/types";
import { summaryFormats } from "./summary-format";
import { summaryLinks } from "./summary-links";

type ChangeKind = "count" | "share" | "score" | "volume";

/** Decimals each kind is shown with on the cards (shares as fractions: 0.1 % is three decimals). */
const SHOWN_DIGITS: Record<Exclude<ChangeKind, "volume">, number> = { count: 0, share: 3, score: 1 };

/**
 * The KPI's change against another quarter: signed counts, shares in points,
 * scores; a volume (posts) by daily rate, as a percentage, so a quarter in
 * progress is not set against a whole quarter's total. A change that rounds
 * to nothing as shown is "no change".
 */
async function Change({
  current,
  other,
  kind,
  of,
  against,
}: {
  current: number | null;
  other: number | null;
  kind: ChangeKind;
  of: QuarterKpis;
  against: QuarterKpis;
}) {
  const t = await getTranslations("summaries");
  const words = await getMessageText();
  const format = await getFormatter();
  const quarter = words(quarterLabel(against.quarter, quarterCoverage(against.quarter, against.period)));
  const line = (change: string, key: "vsPrevious" | "vsPreviousRate" = "vsPrevious") => (
    <span className="block text-xs text-muted">{t(key, { change, quarter })}</span>
  );
  if (current === null || other === null) return line(t("noValue"));
  if (kind === "volume") {
    const rate = rateChange({ count: current, days: of.period.days }, { count: other, days: against.period.days });
    if (rate.change === null) return line(t("noValue"));
    const text =
      rate.direction === "same"
        ? t("noChange")
        : format.number(rate.change, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" });
    return line(text, "vsPreviousRate");
  }
  const shown = shownChange(current, other, SHOWN_DIGITS[kind]);
  if (shown.direction === "same") return line(t("noChange"));
  const delta = kind === "share" ? shown.change * 100 : shown.change;
  const signed = format.number(delta, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return line(kind === "share" ? t("percentagePoints", { change: signed }) : signed);
}

/** Key figures of the quarter against the previous quarter and the same quarter a year before, each a link to its evidence. */
export async function SummaryKpis({ summary }: { summary: QuarterSummary }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  const { percent, score } = await summaryFormats();
  const { current, previous, yearBefore } = summary;
  const { range, missionFilter } = summaryLinks(summary);
  const cards: {
    key: string;
    value: string;
    current: number | null;
    previous: number | null;
    yearBefore: number | null;
    kind: ChangeKind;
    href: string;
  }[] = [
    {
      key: "active",
      value: format.number(current.statusCounts.active),
      current: current.statusCounts.active,
      previous: previous.statusCounts.active,
      yearBefore: yearBefore.statusCounts.active,
      kind: "count",
      href:
        summary.scope.kind === "mission" ? `/missions/${summary.scope.missionId}?${range}` : `/?${range}&status=active`,
    },
    {
      key: "dormant",
      value: format.number(current.statusCounts.dormant),
      current: current.statusCounts.dormant,
      previous: previous.statusCounts.dormant,
      yearBefore: yearBefore.statusCounts.dormant,
      kind: "count",
      href:
        summary.scope.kind === "mission"
          ? `/missions/${summary.scope.missionId}?${range}`
          : `/?${range}&status=dormant`,
    },
    {
      key: "posts",
      value: format.number(current.posts),
      current: current.posts,
      previous: previous.posts,
      yearBefore: yearBefore.posts,
      kind: "volume",
      href: `/posts?${range}${missionFilter}`,
    },
    {
      key: "engagementShare",
      value: percent(current.engagementShare),
      current: current.engagementShare,
      previous: previous.engagementShare,
      yearBefore: yearBefore.engagementShare,
      kind: "share",
      href: `/posts?${range}${missionFilter}&category=engagement`,
    },
    {
      key: "priorityCoverage",
      value: t("coverageValue", { covered: current.priorityCovered, total: current.priorityInWindow }),
      current: current.priorityCovered,
      previous: previous.priorityCovered,
      yearBefore: yearBefore.priorityCovered,
      kind: "count",
      href: `/themes?${range}`,
    },
    {
      key: summary.scope.kind === "mission" ? "healthScore" : "medianHealth",
      value: score(current.medianHealthScore),
      current: current.medianHealthScore,
      previous: previous.medianHealthScore,
      yearBefore: yearBefore.medianHealthScore,
      kind: "score",
      href: summary.scope.kind === "mission" ? `/missions/${summary.scope.missionId}?${range}` : `/?${range}`,
    },
  ];
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="mb-2 text-lg font-semibold">
        {t("kpiHeading")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {cards.map((card) => (
          <Link
            key={card.key}
            href={card.href}
            className="block rounded-lg border border-border bg-card p-4 shadow-sm hover:border-accent"
            data-testid={`summary-kpi-${card.key}`}
          >
            <span className="text-sm font-medium text-muted">{t(`kpi.${card.key}`)}</span>
            <span className="mt-1 block text-2xl font-semibold" data-testid="kpi-value">
              {card.value}
            </span>
            {card.kind === "volume" && (
              <span className="block text-xs text-muted" data-testid="kpi-rate">
                {t("postsPerDay", { rate: current.period.days > 0 ? card.current! / current.period.days : 0 })}
              </span>
            )}
            <Change current={card.current} other={card.previous} kind={card.kind} of={current} against={previous} />
            <Change current={card.current} other={card.yearBefore} kind={card.kind} of={current} against={yearBefore} />
          </Link>
        ))}
      </div>
    </section>
  );
}
