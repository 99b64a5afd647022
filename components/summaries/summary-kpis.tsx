import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { quarterLabel } from "@/lib/metrics/quarters";
import { getMessageText } from "@/components/i18n/message-text";
import type { QuarterKpis, QuarterSummary } from "@/lib/summaries/types";
import { summaryFormats } from "./summary-format";
import { summaryLinks } from "./summary-links";

type ChangeKind = "count" | "share" | "score";

/** The KPI's change against another quarter: signed counts, shares and scores in points. */
async function Change({
  current,
  other,
  kind,
  against,
}: {
  current: number | null;
  other: number | null;
  kind: ChangeKind;
  against: QuarterKpis;
}) {
  const t = await getTranslations("summaries");
  const words = await getMessageText();
  const format = await getFormatter();
  if (current === null || other === null)
    return (
      <span className="block text-xs text-muted">
        {t("vsPrevious", { change: t("noValue"), quarter: words(quarterLabel(against.quarter)) })}
      </span>
    );
  const delta = kind === "share" ? (current - other) * 100 : current - other;
  const signed = format.number(delta, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const text =
    Math.abs(delta) < 1e-9 ? t("noChange") : kind === "share" ? t("percentagePoints", { change: signed }) : signed;
  return (
    <span className="block text-xs text-muted">
      {t("vsPrevious", { change: text, quarter: words(quarterLabel(against.quarter)) })}
    </span>
  );
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
      kind: "count",
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
            <Change current={card.current} other={card.previous} kind={card.kind} against={previous} />
            <Change current={card.current} other={card.yearBefore} kind={card.kind} against={yearBefore} />
          </Link>
        ))}
      </div>
    </section>
  );
}
