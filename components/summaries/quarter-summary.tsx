import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { addDays, formatIsoDay } from "@/lib/metrics/dates";
import { quarterId, quarterLabel, type Quarter } from "@/lib/metrics/quarters";
import { SUMMARY_TABLE_NAMES } from "@/lib/summaries/export-names";
import type { MissionMovement, QuarterKpis, QuarterSummary } from "@/lib/summaries/types";
import { TrendCharts } from "@/components/charts/lazy-charts";

/** The KPI's change against another quarter: signed counts, shares and scores in points. */
async function Change({ current, other, kind, against }: { current: number | null; other: number | null; kind: "count" | "share" | "score"; against: QuarterKpis }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  if (current === null || other === null) return <span className="block text-xs text-muted">{t("vsPrevious", { change: t("noValue"), quarter: quarterLabel(against.quarter) })}</span>;
  const delta = kind === "share" ? (current - other) * 100 : current - other;
  const text = Math.abs(delta) < 1e-9 ? t("noChange") : `${format.number(delta, { maximumFractionDigits: 1, signDisplay: "exceptZero" })}${kind === "share" ? " pp" : ""}`;
  return <span className="block text-xs text-muted">{t("vsPrevious", { change: text, quarter: quarterLabel(against.quarter) })}</span>;
}

async function MoversTable({ movers, quarter, testId }: { movers: MissionMovement[]; quarter: Quarter; testId: string }) {
  const t = await getTranslations("summaries");
  const format = await getFormatter();
  if (movers.length === 0) return <p className="text-sm text-muted">{t("noMovers")}</p>;
  return (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th>{t("mission")}</Th>
          <Th className="text-right">{t("previousScore")}</Th>
          <Th className="text-right">{t("score")}</Th>
          <Th className="text-right">{t("change")}</Th>
        </tr>
      </thead>
      <tbody>
        {movers.map((m) => (
          <tr key={m.missionId} data-testid="mover-row" data-mission={m.missionId}>
            <Td>
              <Link href={`/summaries/${quarterId(quarter)}/missions/${encodeURIComponent(m.missionId)}`} className="text-accent hover:underline">
                {m.missionName}
              </Link>
            </Td>
            {/* One decimal, as the change: 48.7 → 60.4 is +11.7, which 49 → 60 would not show. */}
            <Td className="text-right tabular-nums">{format.number(m.previousScore ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</Td>
            <Td className="text-right tabular-nums">{format.number(m.score ?? 0, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</Td>
            <Td className="text-right tabular-nums" data-testid="mover-change">
              {format.number(m.change, { maximumFractionDigits: 1, signDisplay: "exceptZero" })}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One quarter on one page: narrative, key figures against the previous quarter and the year before, trend, movers, status changes, themes. */
/** Status changes listed on screen; a ministry's quarter can hold hundreds, all of them in the CSV. */
const STATUS_CHANGES_SHOWN = 25;

export async function QuarterSummaryView({ summary, exportQuery = "" }: { summary: QuarterSummary; exportQuery?: string }) {
  const t = await getTranslations("summaries");
  const tx = await getTranslations("summaryExports");
  const format = await getFormatter();
  const { current, previous, yearBefore } = summary;
  const period = current.period;
  const range = `asOf=${formatIsoDay(period.asOf)}&period=${period.days}`;
  const missionFilter = summary.scope.kind === "mission" ? `&mission=${encodeURIComponent(summary.scope.missionId)}` : "";
  const percent = (v: number | null) => (v === null ? t("noValue") : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const score = (v: number | null) => (v === null ? t("noValue") : format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const base = `/summaries/${quarterId(summary.quarter)}`;
  const cards: { key: string; value: string; current: number | null; previous: number | null; yearBefore: number | null; kind: "count" | "share" | "score"; href: string }[] = [
    { key: "active", value: format.number(current.statusCounts.active), current: current.statusCounts.active, previous: previous.statusCounts.active, yearBefore: yearBefore.statusCounts.active, kind: "count", href: summary.scope.kind === "mission" ? `/missions/${summary.scope.missionId}?${range}` : `/?${range}&status=active` },
    { key: "dormant", value: format.number(current.statusCounts.dormant), current: current.statusCounts.dormant, previous: previous.statusCounts.dormant, yearBefore: yearBefore.statusCounts.dormant, kind: "count", href: summary.scope.kind === "mission" ? `/missions/${summary.scope.missionId}?${range}` : `/?${range}&status=dormant` },
    { key: "posts", value: format.number(current.posts), current: current.posts, previous: previous.posts, yearBefore: yearBefore.posts, kind: "count", href: `/posts?${range}${missionFilter}` },
    { key: "engagementShare", value: percent(current.engagementShare), current: current.engagementShare, previous: previous.engagementShare, yearBefore: yearBefore.engagementShare, kind: "share", href: `/posts?${range}${missionFilter}&category=engagement` },
    { key: "priorityCoverage", value: t("coverageValue", { covered: current.priorityCovered, total: current.priorityInWindow }), current: current.priorityCovered, previous: previous.priorityCovered, yearBefore: yearBefore.priorityCovered, kind: "count", href: `/themes?${range}` },
    { key: summary.scope.kind === "mission" ? "healthScore" : "medianHealth", value: score(current.medianHealthScore), current: current.medianHealthScore, previous: previous.medianHealthScore, yearBefore: yearBefore.medianHealthScore, kind: "score", href: summary.scope.kind === "mission" ? `/missions/${summary.scope.missionId}?${range}` : `/?${range}` },
  ];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-border bg-card p-4">
        <div>
          <p className="text-base font-semibold" data-testid="as-of">
            <time dateTime={formatIsoDay(period.asOf)}>{t("asOf", { date: format.dateTime(period.asOf, { dateStyle: "medium", timeZone: "UTC" }) })}</time>
          </p>
          <p className="text-sm text-muted" data-testid="period">
            {t("period", { from: format.dateTime(period.start, { dateStyle: "medium", timeZone: "UTC" }), to: format.dateTime(addDays(period.endExclusive, -1), { dateStyle: "medium", timeZone: "UTC" }), days: period.days })}
          </p>
          <p className="text-xs text-muted">{t("generated", { date: format.dateTime(summary.generatedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
        </div>
        <nav aria-label={t("exports")} className="text-sm" data-testid="summary-exports">
          <p className="mb-1 font-medium">{t("exports")}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a className="text-accent underline" href={`${base}/export.pdf${exportQuery}`} data-testid="export-pdf">
                {t("exportPdf")}
              </a>
            </li>
            <li>
              <a className="text-accent underline" href={`${base}/export.xlsx${exportQuery}`} data-testid="export-xlsx">
                {t("exportXlsx")}
              </a>
            </li>
          </ul>
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-muted">CSV</summary>
            <ul className="mt-1 space-y-1 text-xs">
              {SUMMARY_TABLE_NAMES.map((table) => (
                <li key={table}>
                  <a className="text-accent underline" href={`${base}/export.csv?table=${table}${exportQuery.replace(/^\?/, "&")}`}>
                    {t("exportCsv", { table: tx.has(`tables.${table}`) ? tx(`tables.${table}`) : table })}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      </div>

      <section aria-labelledby="narrative-heading">
        <h2 id="narrative-heading" className="mb-2 text-lg font-semibold">
          {t("narrativeHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5" data-testid="narrative">
          {summary.narrative.map((sentence) => (
            <li key={sentence.key} data-key={sentence.key}>
              {t(`narrative.${sentence.key}`, sentence.values)}{" "}
              <Link href={sentence.href} className="text-sm text-accent hover:underline" data-testid="narrative-evidence">
                {t("evidence")} →
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kpi-heading">
        <h2 id="kpi-heading" className="mb-2 text-lg font-semibold">
          {t("kpiHeading")}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
          {cards.map((card) => (
            <Link key={card.key} href={card.href} className="block rounded-lg border border-border bg-card p-4 shadow-sm hover:border-accent" data-testid={`summary-kpi-${card.key}`}>
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

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="mb-2 text-lg font-semibold">
          {t("trendHeading")}
        </h2>
        <TrendCharts
          data={summary.trend.map((k) => ({ label: quarterLabel(k.quarter), posts: k.posts, engagementShare: k.engagementShare, medianHealth: k.medianHealthScore, current: k === current }))}
          labels={{ postsChart: t("trendPosts"), shareChart: t("trendShare"), posts: t("kpi.posts"), share: t("kpi.engagementShare"), health: t("kpi.medianHealth") }}
        />
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-muted">{t("trendTable")}</summary>
          <Table data-testid="trend-table">
            <thead>
              <tr>
                <Th>{t("quarter")}</Th>
                <Th className="text-right">{t("kpi.posts")}</Th>
                <Th className="text-right">{t("kpi.active")}</Th>
                <Th className="text-right">{t("kpi.dormant")}</Th>
                <Th className="text-right">{t("kpi.engagementShare")}</Th>
                <Th className="text-right">{t("kpi.medianHealth")}</Th>
              </tr>
            </thead>
            <tbody>
              {summary.trend.map((k) => (
                <tr key={quarterId(k.quarter)}>
                  <Td>
                    <Link href={`/summaries/${quarterId(k.quarter)}${exportQuery}`} className="text-accent hover:underline">
                      {quarterLabel(k.quarter)}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(k.posts)}</Td>
                  <Td className="text-right tabular-nums">{format.number(k.statusCounts.active)}</Td>
                  <Td className="text-right tabular-nums">{format.number(k.statusCounts.dormant)}</Td>
                  <Td className="text-right tabular-nums">{percent(k.engagementShare)}</Td>
                  <Td className="text-right tabular-nums">{score(k.medianHealthScore)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </details>
      </section>

      {summary.scope.kind === "ministry" && (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="improved-heading">
            <h2 id="improved-heading" className="mb-2 text-lg font-semibold">
              {t("improvedHeading")}
            </h2>
            <MoversTable movers={summary.mostImproved} quarter={summary.quarter} testId="most-improved" />
          </section>
          <section aria-labelledby="declined-heading">
            <h2 id="declined-heading" className="mb-2 text-lg font-semibold">
              {t("declinedHeading")}
            </h2>
            <MoversTable movers={summary.mostDeclined} quarter={summary.quarter} testId="most-declined" />
          </section>
        </div>
      )}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-2 text-lg font-semibold">
          {t("statusHeading")}
        </h2>
        {summary.statusChanges.length === 0 ? (
          <Alert tone="info">{t("noStatusChanges")}</Alert>
        ) : (
          <Table data-testid="status-changes">
            <thead>
              <tr>
                <Th>{t("account")}</Th>
                <Th>{t("mission")}</Th>
                <Th>{t("statusChange")}</Th>
                <Th>{t("lastPost")}</Th>
              </tr>
            </thead>
            <tbody>
              {summary.statusChanges.slice(0, STATUS_CHANGES_SHOWN).map((c) => (
                <tr key={c.accountId} data-testid="status-change-row" data-change={c.change}>
                  <Td>
                    <Link href={`/accounts/${encodeURIComponent(c.accountId)}?${range}`} className="text-accent hover:underline">
                      {c.platform} · @{c.handle}
                    </Link>
                  </Td>
                  <Td>{c.missionName}</Td>
                  <Td>
                    <Badge tone={c.change === "went_dormant" ? "warning" : "success"}>{t(`change_${c.change}`)}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{c.lastPostAt ? format.dateTime(c.lastPostAt, { dateStyle: "medium", timeZone: "UTC" }) : t("noValue")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {summary.statusChanges.length > STATUS_CHANGES_SHOWN && (
          <p className="mt-2 text-sm text-muted" data-testid="status-changes-capped">
            {t.rich("statusChangesCapped", {
              shown: format.number(STATUS_CHANGES_SHOWN),
              total: format.number(summary.statusChanges.length),
              dormant: format.number(summary.statusChanges.filter((c) => c.change === "went_dormant").length),
              back: format.number(summary.statusChanges.filter((c) => c.change === "came_back").length),
              csv: (chunks) => (
                <a className="text-accent underline" href={`${base}/export.csv?table=status-changes${exportQuery.replace(/^\?/, "&")}`}>
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading" className="mb-2 text-lg font-semibold">
          {t("themesHeading")}
        </h2>
        <Table data-testid="summary-themes">
          <thead>
            <tr>
              <Th>{t("theme")}</Th>
              <Th className="text-right">{t("taggedPosts")}</Th>
              <Th className="text-right">{t("missionsCovering")}</Th>
            </tr>
          </thead>
          <tbody>
            {summary.themes.map((theme) => (
              <tr key={theme.themeId} data-testid="summary-theme-row">
                <Td>
                  <Link href={`/themes/${encodeURIComponent(theme.themeId)}?${range}`} className="text-accent underline">
                    {theme.name}
                  </Link>{" "}
                  {theme.isPriority && <Badge tone="info">{t("priority")}</Badge>}{" "}
                  {!theme.inWindow && <span className="text-xs text-muted">({t("outOfWindow")})</span>}
                  {theme.isPriority && theme.inWindow && theme.taggedPosts === 0 && <Badge tone="danger">{t("gap")}</Badge>}
                </Td>
                <Td className="text-right tabular-nums">
                  <Link href={`/posts?${range}${missionFilter}&theme=${encodeURIComponent(theme.themeId)}`} className="text-accent hover:underline">
                    {format.number(theme.taggedPosts)}
                  </Link>
                </Td>
                <Td className="text-right tabular-nums">{t("coverageValue", { covered: theme.missionsCovering, total: theme.missionsInScope })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <StaffTimeSummary staffTime={summary.staffTime} postsQuery={range} />
    </div>
  );
}

/** The quarter's recorded staff time: who recorded it and the output per staff hour of those missions. */
async function StaffTimeSummary({ staffTime, postsQuery }: { staffTime: QuarterSummary["staffTime"]; postsQuery: string }) {
  const t = await getTranslations("missionTargets");
  const format = await getFormatter();
  const num = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? t("none") : format.number(v, { maximumFractionDigits: digits }));
  return (
    <section aria-labelledby="staff-time-summary-heading" data-testid="summary-staff-time">
      <h2 id="staff-time-summary-heading" className="mb-2 text-lg font-semibold">
        {t("summaryHeading")}
      </h2>
      <p className="text-sm" data-testid="summary-staff-time-recorded">
        {t("summaryRecorded", { recorded: staffTime.missions.length, total: staffTime.missionsInScope })}
      </p>
      {staffTime.ratios && (
        <>
          <p className="mt-1 text-sm" data-testid="summary-staff-time-ratios">
            {t("summaryRatios", {
              hours: num(staffTime.hours, 1),
              posts: format.number(staffTime.posts),
              postsPerHour: num(staffTime.ratios.postsPerHour),
              reactionsPerHour: num(staffTime.ratios.reactionsPerHour, 1),
            })}
          </p>
          <Table data-testid="summary-staff-time-missions">
            <thead>
              <tr>
                <Th>{t("summaryMission")}</Th>
                <Th className="text-right">{t("hours")}</Th>
              </tr>
            </thead>
            <tbody>
              {staffTime.missions.map((m) => (
                <tr key={m.id}>
                  <Td>
                    <Link href={`/posts?${postsQuery}&mission=${encodeURIComponent(m.id)}`} className="text-accent hover:underline">
                      {m.name}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">{num(m.hours, 1)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
