/**
 * The quarterly summary's tables, and CSV text for any of them.
 *
 * A route handler (e.g. `/summaries/2017-Q3/export.csv?table=kpis`) calls
 *
 *   const t = await getTranslations("summaryExports");
 *   const { header, rows } = summaryTables(summary, t)[table];
 *   const fileName = summaryExportFileName(summary.quarter, "csv", { table }); // chancery-summary-2017-Q3-kpis.csv
 *   return new Response(toCsv(rows, header), { headers: {
 *     "Content-Type": SUMMARY_CONTENT_TYPES.csv,                 // text/csv; charset=utf-8
 *     "Content-Disposition": attachmentDisposition(fileName),    // attachment; filename="…"
 *   } });
 *
 * with `table` validated by `z.enum(SUMMARY_TABLE_NAMES)`.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell whose
 * text starts with =, +, -, @, tab or carriage return as a formula, so such a
 * cell could call HYPERLINK or DDE with an attacker's mission or handle name.
 * The rule here is by type: numbers are written as numbers (-5 stays -5, a
 * spreadsheet reads it as minus five, nothing runs); strings that start with
 * one of those characters get a leading apostrophe ("-5" the string becomes
 * '-5, "=HYPERLINK(…)" becomes '=HYPERLINK(…)), which spreadsheets show as
 * text. Dates are written as ISO days (2017-09-30).
 */
import { formatIsoDay } from "../metrics/dates";
import { dailyRate, shownChange } from "../metrics/period-change";
import { quarterCoverage, type Quarter } from "../metrics/quarters";
import type { Translate, SummaryTableName } from "./export-names";
import { SCORE_DIGITS, shownScore, shownScoreChange } from "./score-rounding";
import type { QuarterKpis, QuarterSummary, MissionMovement } from "./types";

export type CellValue = string | number | Date | null;

/**
 * How a spreadsheet should show a cell: counts as whole numbers, shares
 * (fractions of 1) as percentages, changes with a sign. CSV ignores it.
 */
export type CellFormat = "text" | "integer" | "decimal" | "change" | "share" | "shareChange" | "date";

export interface SummaryTable {
  header: string[];
  rows: CellValue[][];
  /** Parallel to rows: the format of each cell. */
  formats: CellFormat[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text a cell shows, with strings that a spreadsheet would run as a formula prefixed by an apostrophe. */
export function csvCellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatIsoDay(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends (the last line too), fields with quotes,
 * commas or line breaks in double quotes with quotes doubled, and a UTF-8 BOM
 * so Excel reads Cyrillic as UTF-8 rather than the system code page.
 */
export function toCsv(rows: readonly (readonly CellValue[])[], header: readonly string[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quoted(csvCellText(cell))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// Floating-point sums (0.1 + 0.2) would otherwise reach the file as 0.30000000000000004.
const roundTo = (value: number, digits: number) => Number(value.toFixed(digits));
const share = (value: number | null) => (value === null ? null : roundTo(value, 4));
/** Health scores as every rendering shows them (lib/summaries/score-rounding.ts): one decimal. */
const score = shownScore;
/** The change as the two figures are written (each rounded to `digits` first), 0 when they write alike. */
const difference = (a: number | null, b: number | null, digits: number) =>
  a === null || b === null ? null : shownChange(a, b, digits).change;
const postsPerDay = (k: QuarterKpis) => dailyRate({ count: k.posts, days: k.period.days });
/** Posts per day are written with one decimal, as the page and the PDF show them (13.4). */
const perDay = (value: number | null) => (value === null ? null : roundTo(value, 1));

/** A quarter as every sheet and page names it, "Q3 2017": the one way, never "2017-Q3" beside it. */
export function quarterName(q: Quarter, t: Translate): string {
  return t("quarterLabel", { quarter: String(q.quarter), year: String(q.year) });
}

/** A column or row name for the quarter: "Q3 2017", or "Q3 2017 (in progress, 46 of 92 days)" while the data stops inside it. */
export function quarterColumnName(k: QuarterKpis, t: Translate): string {
  const coverage = quarterCoverage(k.quarter, k.period);
  return coverage.inProgress
    ? t("quarterIdInProgress", {
        quarter: quarterName(k.quarter, t),
        days: coverage.days,
        quarterDays: coverage.quarterDays,
      })
    : quarterName(k.quarter, t);
}

/** "Health score" for a mission's summary (its own), "Median health score" over the ministry's missions. */
export function healthScoreColumn(summary: Pick<QuarterSummary, "scope">): string {
  return summary.scope.kind === "mission" ? "columns.score" : "columns.medianHealthScore";
}

class TableBuilder {
  readonly rows: CellValue[][] = [];
  readonly formats: CellFormat[][] = [];
  constructor(readonly header: string[]) {}
  add(cells: [CellValue, CellFormat][]): void {
    this.rows.push(cells.map(([value]) => value));
    this.formats.push(cells.map(([, format]) => format));
  }
  table(): SummaryTable {
    return { header: this.header, rows: this.rows, formats: this.formats };
  }
}

function kpiTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const { current, previous, yearBefore } = summary;
  const builder = new TableBuilder([
    t("columns.metric"),
    quarterColumnName(current, t),
    quarterColumnName(previous, t),
    t("columns.changeVsPrevious", { quarter: quarterName(previous.quarter, t) }),
    quarterName(yearBefore.quarter, t),
    t("columns.changeVsYearBefore", { quarter: quarterName(yearBefore.quarter, t) }),
  ]);
  // "volume": a total over the days covered, not compared (a quarter in progress has fewer days); its rate per day is.
  const metric = (
    label: string,
    value: (k: QuarterKpis) => number | null,
    kind: "count" | "share" | "score" | "rate" | "volume",
  ) => {
    const digits = kind === "share" ? 4 : kind === "rate" ? 1 : kind === "score" ? SCORE_DIGITS : 0;
    const round =
      kind === "share" ? share : kind === "score" ? score : kind === "rate" ? perDay : (v: number | null) => v;
    const valueFormat: CellFormat =
      kind === "share" ? "share" : kind === "score" || kind === "rate" ? "decimal" : "integer";
    const changeFormat: CellFormat = kind === "share" ? "shareChange" : "change";
    const change = (other: QuarterKpis) =>
      kind === "volume" ? null : difference(value(current), value(other), digits);
    builder.add([
      [label, "text"],
      [round(value(current)), valueFormat],
      [round(value(previous)), valueFormat],
      [change(previous), changeFormat],
      [round(value(yearBefore)), valueFormat],
      [change(yearBefore), changeFormat],
    ]);
  };
  metric(t("columns.active"), (k) => k.statusCounts.active, "count");
  metric(t("columns.dormant"), (k) => k.statusCounts.dormant, "count");
  metric(t("columns.silent"), (k) => k.statusCounts.silent, "count");
  metric(t("columns.totalAccounts"), (k) => k.statusCounts.total, "count");
  metric(t("columns.days"), (k) => k.period.days, "volume");
  metric(t("columns.posts"), (k) => k.posts, "volume");
  metric(t("columns.postsPerDay"), postsPerDay, "rate");
  metric(t("columns.engagementShare"), (k) => k.engagementShare, "share");
  metric(t("columns.priorityInWindow"), (k) => k.priorityInWindow, "count");
  metric(t("columns.priorityCovered"), (k) => k.priorityCovered, "count");
  // A mission's own score; over several missions, their median.
  metric(t(healthScoreColumn(summary)), (k) => k.medianHealthScore, "score");
  return builder.table();
}

function trendTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const builder = new TableBuilder(
    [
      "quarter",
      "periodStart",
      "periodEnd",
      "active",
      "dormant",
      "silent",
      "totalAccounts",
      "privateAccounts",
      "posts",
      "engagementShare",
      "priorityInWindow",
      "priorityCovered",
      "medianHealthScore",
      "days",
      "postsPerDay",
    ].map((key) => (key === "medianHealthScore" ? t(healthScoreColumn(summary)) : t(`columns.${key}`))),
  );
  for (const k of summary.trend) {
    builder.add([
      [quarterColumnName(k, t), "text"],
      [k.period.start, "date"],
      [k.period.asOf, "date"],
      [k.statusCounts.active, "integer"],
      [k.statusCounts.dormant, "integer"],
      [k.statusCounts.silent, "integer"],
      [k.statusCounts.total, "integer"],
      [k.statusCounts.private, "integer"],
      [k.posts, "integer"],
      [share(k.engagementShare), "share"],
      [k.priorityInWindow, "integer"],
      [k.priorityCovered, "integer"],
      [score(k.medianHealthScore), "decimal"],
      [k.period.days, "integer"],
      [perDay(postsPerDay(k)), "decimal"],
    ]);
  }
  return builder.table();
}

function movementTable(movements: readonly MissionMovement[], t: Translate): SummaryTable {
  const builder = new TableBuilder(
    ["rank", "mission", "score", "previousScore", "change"].map((key) => t(`columns.${key}`)),
  );
  movements.forEach((m, index) =>
    builder.add([
      [index + 1, "integer"],
      [m.missionName, "text"],
      [score(m.score), "decimal"],
      [score(m.previousScore), "decimal"],
      [shownScoreChange(m.score, m.previousScore) ?? roundTo(m.change, SCORE_DIGITS), "change"],
    ]),
  );
  return builder.table();
}

function statusChangeTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const builder = new TableBuilder(
    ["mission", "platform", "handle", "statusChange", "lastPostAt"].map((key) => t(`columns.${key}`)),
  );
  for (const c of summary.statusChanges) {
    builder.add([
      [c.missionName, "text"],
      [c.platform, "text"],
      [c.handle, "text"],
      [t(`statusChange.${c.change}`), "text"],
      [c.lastPostAt, "date"],
    ]);
  }
  return builder.table();
}

function themeTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const builder = new TableBuilder(
    ["theme", "priority", "inWindow", "taggedPosts", "missionsCovering", "missionsInScope", "coverageShare"].map(
      (key) => t(`columns.${key}`),
    ),
  );
  for (const theme of summary.themes) {
    builder.add([
      [theme.name, "text"],
      [t(theme.isPriority ? "yes" : "no"), "text"],
      [t(theme.inWindow ? "yes" : "no"), "text"],
      [theme.taggedPosts, "integer"],
      [theme.missionsCovering, "integer"],
      [theme.missionsInScope, "integer"],
      [theme.missionsInScope > 0 ? share(theme.missionsCovering / theme.missionsInScope) : null, "share"],
    ]);
  }
  return builder.table();
}

/**
 * The quarter's recorded staff time: one row per mission that recorded hours,
 * with its own output per staff hour, then the total over those missions.
 * Output is summed over the recording missions only (the ratio's
 * denominator), so the mission rows add up to the total row. A row without
 * its output (a summary made before missions carried it) leaves those cells empty.
 */
function staffTimeTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const { staffTime } = summary;
  const builder = new TableBuilder(
    [
      "mission",
      "staffHours",
      "posts",
      "postsPerHour",
      "engagementPostsPerHour",
      "reactionsPerHour",
      "minutesPerPost",
    ].map((key) => t(`columns.${key}`)),
  );
  const ratio = (value: number | null | undefined) =>
    value === null || value === undefined ? null : roundTo(value, 2);
  for (const m of staffTime.missions) {
    builder.add([
      [m.name, "text"],
      [roundTo(m.hours, 2), "decimal"],
      [m.output?.posts ?? null, "integer"],
      [ratio(m.output?.ratios?.postsPerHour), "decimal"],
      [ratio(m.output?.ratios?.engagementPostsPerHour), "decimal"],
      [ratio(m.output?.ratios?.reactionsPerHour), "decimal"],
      [ratio(m.output?.ratios?.minutesPerPost), "decimal"],
    ]);
  }
  if (staffTime.missions.length > 0) {
    builder.add([
      [t("staffTimeTotal", { recorded: staffTime.missions.length, total: staffTime.missionsInScope }), "text"],
      [roundTo(staffTime.hours, 2), "decimal"],
      [staffTime.posts, "integer"],
      [ratio(staffTime.ratios?.postsPerHour), "decimal"],
      [ratio(staffTime.ratios?.engagementPostsPerHour), "decimal"],
      [ratio(staffTime.ratios?.reactionsPerHour), "decimal"],
      [ratio(staffTime.ratios?.minutesPerPost), "decimal"],
    ]);
  }
  return builder.table();
}

/** Every account of the scope dormant at the quarter's end: where, which, since when, and whether it went dormant in the quarter. */
function dormantAccountTable(summary: QuarterSummary, t: Translate): SummaryTable {
  const builder = new TableBuilder(
    ["mission", "platform", "handle", "lastPostAt", "newlyDormant"].map((key) => t(`columns.${key}`)),
  );
  for (const a of summary.dormantAccounts) {
    builder.add([
      [a.missionName, "text"],
      [a.platform, "text"],
      [t("handle", { handle: a.handle }), "text"],
      [a.lastPostAt, "date"],
      [t(a.newlyDormant ? "yes" : "no"), "text"],
    ]);
  }
  return builder.table();
}

/**
 * Every table of the summary with translated headers. Numbers stay numbers
 * (shares as fractions of 1, rounded to 4 places; changes as differences),
 * dates stay dates, a missing figure is null (an empty cell).
 */
export function summaryTables(summary: QuarterSummary, t: Translate): Record<SummaryTableName, SummaryTable> {
  return {
    kpis: kpiTable(summary, t),
    trend: trendTable(summary, t),
    "most-improved": movementTable(summary.mostImproved, t),
    "most-declined": movementTable(summary.mostDeclined, t),
    "status-changes": statusChangeTable(summary, t),
    themes: themeTable(summary, t),
    "staff-time": staffTimeTable(summary, t),
    "dormant-accounts": dormantAccountTable(summary, t),
  };
}
