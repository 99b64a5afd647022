/**
 * The quarterly summary as a PDF briefing: a title page, the narrative with
 * numbered references to where its evidence is (in words: no paths, no ids),
 * the decisions asked and the open agreed actions, key figures, trend charts
 * drawn as vector graphics, the mission and account tables (the dormant
 * accounts named), "Page N of M" on every page; demo data is marked as such
 * on the title page and in every footer.
 *
 * A route handler (`/summaries/2017-Q3/export.pdf`) calls
 *
 *   const t = await getTranslations("summaryExports");
 *   const narrative = await getTranslations("summaries.narrative"); // whatever namespace the sentence keys are relative to
 *   const body = await renderSummaryPdf(summary, t, { locale, title: "Quarterly summary Q3 2017", ministryName: settings.ministryName, narrative, baseUrl: new URL(request.url).origin });
 *   return new Response(new Uint8Array(body), { headers: {
 *     "Content-Type": SUMMARY_CONTENT_TYPES.pdf,                 // application/pdf
 *     "Content-Disposition": attachmentDisposition(summaryExportFileName(summary.quarter, "pdf", { mission: slug })), // chancery-summary-2017-Q3-germany.pdf
 *   } });
 *
 * (use `inline; filename="…"` instead to open it in the browser). pdfkit reads
 * its own data files and the DejaVu fonts from node_modules at run time, so
 * "pdfkit" belongs in serverExternalPackages, and a standalone build must
 * trace node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf.
 *
 * Numbers and dates go through Intl with the given locale; DejaVu Sans covers
 * Mongolian Cyrillic (ө, ү), which the PDF standard fonts do not.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { dailyRate } from "../metrics/period-change";
import { parseQuarter, quarterCoverage } from "../metrics/quarters";
import { quarterName, summaryTables, type CellFormat, type CellValue, type SummaryTable } from "./csv";
import { decisionsAsked, type Decision } from "./decisions";
import type { MessageValues } from "../messages";
import type { Translate } from "./export-names";
import type { QuarterSummary } from "./types";

/** Words a narrative sentence (NarrativeSentence.key) with its values, the messages among them included. */
export type NarrativeTranslate = (key: string, values: MessageValues) => string;

export interface SummaryPdfOptions {
  locale: string;
  /** The document title: the header line of every page after the first, and the PDF's metadata title. */
  title: string;
  /**
   * Looks up the narrative sentences' keys (NarrativeSentence.key with its
   * values). Without it each sentence is printed as its key and values, which
   * only tests should rely on.
   */
  narrative?: NarrativeTranslate;
  /** The app's origin (e.g. "https://chancery.example"): makes each evidence reference a link (its text stays words). */
  baseUrl?: string;
  /** The ministry's name as printed on the title page, in every footer and in the metadata (MetricSettings.ministryName). */
  ministryName: string;
}

const FONT_DIRECTORY = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = "DejaVuSans";
const BOLD = "DejaVuSans-Bold";

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;

const COLOR = {
  ink: "#1d2433",
  navy: "#1f3a5f",
  muted: "#5f6b7a",
  faint: "#9aa4b1",
  rule: "#d5dbe3",
  stripe: "#f3f5f8",
  headerFill: "#e6ecf3",
  bar: "#8fb0d6",
  barCurrent: "#1f3a5f",
  share: "#1b7f79",
  score: "#b2641b",
  demo: "#b42318",
  demoFill: "#fde8e6",
};

const MISSING = "—";

type Doc = PDFKit.PDFDocument;

/** Intl formatters for the locale; nothing is formatted by hand. */
function formatters(locale: string, t: Translate) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Scores side by side read best with one decimal each ("85.0" next to "60.4").
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const moment = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  const cell = (value: CellValue, format: CellFormat): string => {
    if (value === null) return MISSING;
    if (value instanceof Date) return day.format(value);
    if (typeof value === "string") return value;
    switch (format) {
      case "integer":
        return integer.format(value);
      case "change":
        return value === 0 ? t("noChange") : signed.format(value);
      case "share":
        return percent.format(value);
      case "shareChange":
        // A difference of two shares is in percentage points, not a percentage.
        return value === 0 ? t("noChange") : t("points", { value: signed.format(value * 100) });
      default:
        return decimal.format(value);
    }
  };
  // "A, B, C": names listed by the locale's own separators.
  const list = new Intl.ListFormat(locale, { type: "unit", style: "short" });
  const and = new Intl.ListFormat(locale, { type: "conjunction" });
  return { integer, decimal, percent, day, moment, cell, list, and };
}
type Formatters = ReturnType<typeof formatters>;

/** The summary's own quarter: "Q3 2017", or "Q3 2017 (in progress, 46 of 92 days)" while the data stops inside it. */
function summaryQuarterLabel(summary: QuarterSummary, t: Translate): string {
  const q = summary.quarter;
  const coverage = quarterCoverage(q, summary.current.period);
  return coverage.inProgress
    ? t("quarterInProgressLabel", {
        quarter: String(q.quarter),
        year: String(q.year),
        days: coverage.days,
        quarterDays: coverage.quarterDays,
      })
    : quarterName(q, t);
}

/** The note a quarter in progress carries wherever its figures are set beside whole quarters; null for a whole quarter. */
function inProgressNote(summary: QuarterSummary, t: Translate): string | null {
  const coverage = quarterCoverage(summary.quarter, summary.current.period);
  return coverage.inProgress ? t("inProgress", { days: coverage.days, quarterDays: coverage.quarterDays }) : null;
}

/** Moves to a new page unless `height` points still fit below the cursor. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > CONTENT_BOTTOM) doc.addPage();
}

function sectionHeading(doc: Doc, text: string, spaceAfterHeading = 80): void {
  ensureSpace(doc, 40 + spaceAfterHeading);
  if (doc.y > MARGIN.top + 1) doc.moveDown(1.2);
  const y = doc.y;
  doc.font(BOLD).fontSize(14).fillColor(COLOR.navy).text(text, MARGIN.left, y, { width: CONTENT_WIDTH });
  const ruleY = doc.y + 3;
  doc
    .moveTo(MARGIN.left, ruleY)
    .lineTo(MARGIN.left + CONTENT_WIDTH, ruleY)
    .lineWidth(0.75)
    .strokeColor(COLOR.navy)
    .stroke();
  doc.x = MARGIN.left;
  doc.y = ruleY + 10;
}

function note(doc: Doc, text: string): void {
  doc.font(REGULAR).fontSize(9.5).fillColor(COLOR.muted).text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
}

interface PdfColumn {
  /** Share of the content width. */
  width: number;
  align: "left" | "right";
}

const CELL_PADDING = { x: 5, y: 4 };
const TABLE_FONT_SIZE = 8.5;

/**
 * A table under its section heading, breaking across pages with its header
 * row repeated on each. The heading stays with the table's first row, or with
 * the whole table when `keepTogether` (a short table is not left with a few
 * rows on the next page).
 */
function drawTable(
  doc: Doc,
  /** Null when the caller wrote the heading (with a note under it). */
  heading: string | null,
  table: SummaryTable,
  columns: readonly PdfColumn[],
  format: Formatters,
  emptyText: string,
  options: { keepTogether?: boolean } = {},
): void {
  if (table.rows.length === 0) {
    if (heading !== null) sectionHeading(doc, heading);
    note(doc, emptyText);
    return;
  }
  const widths = columns.map((c) => c.width * CONTENT_WIDTH);
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(TABLE_FONT_SIZE);
    return (
      Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * CELL_PADDING.x }))) +
      2 * CELL_PADDING.y
    );
  };
  const drawRow = (cells: readonly string[], font: string, fill: string | null, textColor: string) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    if (fill) doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(fill);
    doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor(textColor);
    cells.forEach((text, i) => {
      doc.text(text, xs[i]! + CELL_PADDING.x, top + CELL_PADDING.y, {
        width: widths[i]! - 2 * CELL_PADDING.x,
        align: columns[i]!.align,
      });
    });
    doc
      .moveTo(MARGIN.left, top + height)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top + height)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.x = MARGIN.left;
    doc.y = top + height;
  };
  const header = table.header;
  const headerHeight = rowHeight(header, BOLD);
  const rows = table.rows.map((row, r) => row.map((value, c) => format.cell(value, table.formats[r]![c]!)));

  const firstRows = options.keepTogether ? rows : rows.slice(0, 1);
  const together = headerHeight + firstRows.reduce((sum, cells) => sum + rowHeight(cells, REGULAR), 0);
  // Never more than a page can hold below a heading, or a long table would only move on.
  const space = Math.min(together, CONTENT_BOTTOM - MARGIN.top - 80);
  if (heading === null) ensureSpace(doc, space);
  else sectionHeading(doc, heading, space);
  drawRow(header, BOLD, COLOR.headerFill, COLOR.navy);
  rows.forEach((cells, index) => {
    const height = rowHeight(cells, REGULAR);
    if (doc.y + height > CONTENT_BOTTOM) {
      doc.addPage();
      drawRow(header, BOLD, COLOR.headerFill, COLOR.navy);
    }
    drawRow(cells, REGULAR, index % 2 === 1 ? COLOR.stripe : null, COLOR.ink);
  });
  doc.moveDown(0.6);
}

/** 1, 2, 2.5 or 5 times a power of ten: the step of at most `ticks` gridlines that reach `max`. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

interface ChartSeries {
  title: string;
  labels: string[];
  values: (number | null)[];
  /** The value axis runs from 0 to this; computed from the values when absent. */
  max?: number;
  formatTick: (value: number) => string;
  formatValue: (value: number) => string;
  kind: "bars" | "line";
  color: string;
  noValue: string;
}

const CHART_AXIS_WIDTH = 44;
const CHART_LABEL_HEIGHT = 18;

function drawChart(doc: Doc, chart: ChartSeries, height: number): void {
  ensureSpace(doc, height);
  const top = doc.y;
  doc.font(BOLD).fontSize(10.5).fillColor(COLOR.ink).text(chart.title, MARGIN.left, top, { width: CONTENT_WIDTH });
  const plotTop = doc.y + 14;
  const plotLeft = MARGIN.left + CHART_AXIS_WIDTH;
  const plotWidth = CONTENT_WIDTH - CHART_AXIS_WIDTH;
  const plotBottom = top + height - CHART_LABEL_HEIGHT - 10;
  const plotHeight = plotBottom - plotTop;

  const present = chart.values.filter((v): v is number => v !== null);
  const step = niceStep(chart.max ?? Math.max(1, ...present), 4);
  const max = chart.max ?? Math.ceil(Math.max(1, ...present) / step) * step;
  const yOf = (value: number) => plotBottom - (value / max) * plotHeight;

  doc.font(REGULAR).fontSize(7.5);
  for (let tick = 0; tick <= max + step / 1000; tick += step) {
    const y = yOf(tick);
    doc
      .moveTo(plotLeft, y)
      .lineTo(plotLeft + plotWidth, y)
      .lineWidth(tick === 0 ? 0.8 : 0.4)
      .strokeColor(tick === 0 ? COLOR.muted : COLOR.rule)
      .stroke();
    doc.fillColor(COLOR.muted).text(chart.formatTick(tick), MARGIN.left, y - 4, {
      width: CHART_AXIS_WIDTH - 6,
      align: "right",
      lineBreak: false,
    });
  }

  const slot = plotWidth / chart.labels.length;
  const centre = (i: number) => plotLeft + slot * (i + 0.5);
  chart.labels.forEach((label, i) => {
    doc
      .fillColor(COLOR.muted)
      .font(REGULAR)
      .fontSize(7.5)
      .text(label, centre(i) - slot / 2, plotBottom + 5, { width: slot, align: "center", lineBreak: false });
  });

  const last = chart.values.length - 1;
  const valueLabel = (text: string, i: number, y: number, bold: boolean) =>
    doc
      .font(bold ? BOLD : REGULAR)
      .fontSize(7)
      .fillColor(COLOR.ink)
      .text(text, centre(i) - slot / 2, y - 10, { width: slot, align: "center", lineBreak: false });
  const missingLabel = (i: number) =>
    doc
      .font(REGULAR)
      .fontSize(7)
      .fillColor(COLOR.faint)
      .text(chart.noValue, centre(i) - slot / 2, plotBottom - 11, { width: slot, align: "center", lineBreak: false });

  if (chart.kind === "bars") {
    const barWidth = slot * 0.56;
    chart.values.forEach((value, i) => {
      if (value === null) return missingLabel(i);
      const y = yOf(value);
      if (value > 0)
        doc.rect(centre(i) - barWidth / 2, y, barWidth, plotBottom - y).fill(i === last ? COLOR.barCurrent : COLOR.bar);
      valueLabel(chart.formatValue(value), i, y, i === last);
    });
  } else {
    // Segments join neighbouring quarters only: a quarter without a value leaves a gap rather than a misleading slope.
    doc.lineWidth(1.8).strokeColor(chart.color);
    chart.values.forEach((value, i) => {
      const next = chart.values[i + 1];
      if (value !== null && next !== null && next !== undefined)
        doc
          .moveTo(centre(i), yOf(value))
          .lineTo(centre(i + 1), yOf(next))
          .stroke();
    });
    chart.values.forEach((value, i) => {
      if (value === null) return missingLabel(i);
      doc.circle(centre(i), yOf(value), i === last ? 3.4 : 2.4).fill(chart.color);
      valueLabel(chart.formatValue(value), i, yOf(value) - 2, i === last);
    });
  }
  doc.x = MARGIN.left;
  doc.y = top + height;
}

function titlePage(doc: Doc, summary: QuarterSummary, t: Translate, format: Formatters, ministryName: string): void {
  const bandHeight = 300;
  doc.rect(0, 0, PAGE.width, bandHeight).fill(COLOR.navy);
  doc.font(REGULAR).fontSize(13).fillColor("#c9d6e6").text(ministryName, MARGIN.left, 120, { width: CONTENT_WIDTH });
  doc.moveDown(0.6);
  doc.font(BOLD).fontSize(34).fillColor("#ffffff").text(t("documentTitle"), { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  doc.font(REGULAR).fontSize(24).fillColor("#ffffff").text(summaryQuarterLabel(summary, t), { width: CONTENT_WIDTH });

  const scope =
    summary.scope.kind === "ministry" ? t("scopeMinistry") : t("scopeMission", { name: summary.scope.missionName });
  const period = summary.current.period;
  doc
    .font(BOLD)
    .fontSize(16)
    .fillColor(COLOR.navy)
    .text(scope, MARGIN.left, bandHeight + 48, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  doc.font(REGULAR).fontSize(11.5).fillColor(COLOR.ink);
  doc.text(t("asOf", { date: format.day.format(period.asOf) }), { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  doc.text(t("periodRange", { start: format.day.format(period.start), end: format.day.format(period.asOf) }), {
    width: CONTENT_WIDTH,
  });
  const partial = inProgressNote(summary, t);
  if (partial) {
    doc.moveDown(0.3);
    doc.font(BOLD).text(partial, { width: CONTENT_WIDTH });
    doc.font(REGULAR);
  }
  doc.moveDown(0.3);
  doc
    .fillColor(COLOR.muted)
    .text(t("generatedAt", { dateTime: format.moment.format(summary.generatedAt) }), { width: CONTENT_WIDTH });
  if (summary.isDemo) demoBox(doc, t);
}

/** The title page's demo marking: a boxed warning no reader can miss. */
function demoBox(doc: Doc, t: Translate): void {
  const top = doc.y + 36;
  const height = 70;
  doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).lineWidth(2).fillAndStroke(COLOR.demoFill, COLOR.demo);
  doc
    .font(BOLD)
    .fontSize(18)
    .fillColor(COLOR.demo)
    .text(t("demoMarkingTitle"), MARGIN.left + 14, top + 14, { width: CONTENT_WIDTH - 28, align: "center" });
  doc
    .font(REGULAR)
    .fontSize(10)
    .text(t("demoMarkingNote"), MARGIN.left + 14, doc.y + 4, { width: CONTENT_WIDTH - 28, align: "center" });
  doc.x = MARGIN.left;
  doc.y = top + height;
}

/** Who a reference is about: its own subject, else the summary's scope ("All missions", the mission's name). */
function scopeName(summary: QuarterSummary, t: Translate): string {
  return summary.scope.kind === "mission" ? summary.scope.missionName : t("scopeMinistry");
}

function narrativeSection(
  doc: Doc,
  summary: QuarterSummary,
  t: Translate,
  narrative: NarrativeTranslate | undefined,
  baseUrl: string | undefined,
): void {
  sectionHeading(doc, t("sections.narrative"));
  if (summary.narrative.length === 0) return note(doc, t("noNarrative"));
  summary.narrative.forEach((sentence, index) => {
    const text = narrative
      ? narrative(sentence.key, sentence.values)
      : `${sentence.key} ${JSON.stringify(sentence.values)}`;
    // A no-break space keeps the reference on the line of the sentence's last word.
    const withReference = `${text}\u00a0${t("reference", { number: index + 1 })}`;
    doc.font(REGULAR).fontSize(11);
    ensureSpace(doc, doc.heightOfString(withReference, { width: CONTENT_WIDTH - 14 }) + 12);
    const y = doc.y;
    doc.circle(MARGIN.left + 3, y + 6.5, 2).fill(COLOR.navy);
    doc.fillColor(COLOR.ink).text(withReference, MARGIN.left + 14, y, { width: CONTENT_WIDTH - 14 });
    doc.x = MARGIN.left;
    doc.moveDown(0.6);
  });
  // Where each sentence's figures are, in words: paper carries no paths or ids. On screen each entry is a link.
  doc.moveDown(0.3);
  doc
    .font(BOLD)
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(t("sections.sources"), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  const quarter = quarterName(summary.quarter, t);
  summary.narrative.forEach((sentence, index) => {
    const entry = t("evidenceEntry", {
      number: index + 1,
      subject: sentence.evidence.subject ?? scopeName(summary, t),
      quarter,
      screen: t(`evidenceScreen.${sentence.evidence.screen}`),
    });
    doc.font(REGULAR).fontSize(8.5);
    ensureSpace(doc, doc.heightOfString(entry, { width: CONTENT_WIDTH }) + 4);
    doc.fillColor(COLOR.muted).text(entry, MARGIN.left, doc.y, {
      width: CONTENT_WIDTH,
      link: baseUrl ? new URL(sentence.href, baseUrl).toString() : undefined,
    });
    doc.moveDown(0.15);
  });
  doc.x = MARGIN.left;
}

const MAX_DECISION_NAMES = 5;

/** "A, B, C and 2 more" when the list is long; "A and B" otherwise (by the locale's list format). */
function nameList(names: readonly string[], format: Formatters): { names: string; more: number } {
  const shown = names.slice(0, MAX_DECISION_NAMES);
  const more = names.length - shown.length;
  return { names: more > 0 ? format.list.format(shown) : format.and.format(shown), more };
}

function decisionText(decision: Decision, t: Translate, format: Formatters): string {
  switch (decision.key) {
    case "closeOrReactivate":
      return t("decisions.closeOrReactivate", {
        count: decision.accounts.length,
        ...nameList(
          decision.accounts.map((a) => t("decisionAccount", { handle: a.handle, mission: a.missionName })),
          format,
        ),
      });
    case "engagementPlan":
      return t("decisions.engagementPlan", {
        count: decision.missions.length,
        ...nameList(
          decision.missions.map((m) =>
            t("decisionMission", {
              mission: m.missionName,
              share: format.percent.format(m.share),
              minimum: format.percent.format(m.minimumShare),
            }),
          ),
          format,
        ),
      });
    case "assignTheme":
      return t("decisions.assignTheme", { theme: decision.theme.name });
    case "coverTheme":
      return t("decisions.coverTheme", { theme: decision.theme.name, mission: decision.missionName });
  }
}

function decisionsSection(doc: Doc, summary: QuarterSummary, t: Translate, format: Formatters): void {
  sectionHeading(doc, t("sections.decisions"));
  const decisions = decisionsAsked(summary);
  if (decisions.length === 0) return note(doc, t("noDecisions"));
  decisions.forEach((decision, index) => {
    const text = decisionText(decision, t, format);
    doc.font(REGULAR).fontSize(11);
    ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH - 18 }) + 8);
    const y = doc.y;
    doc
      .font(BOLD)
      .fillColor(COLOR.navy)
      .text(format.integer.format(index + 1), MARGIN.left, y, { width: 14 });
    doc
      .font(REGULAR)
      .fillColor(COLOR.ink)
      .text(text, MARGIN.left + 18, y, { width: CONTENT_WIDTH - 18 });
    doc.x = MARGIN.left;
    doc.moveDown(0.5);
  });
}

function openActionTable(summary: QuarterSummary, t: Translate): SummaryTable {
  return {
    header: ["mission", "reviewQuarter", "reviewedOn", "action"].map((key) => t(`columns.${key}`)),
    rows: summary.openActions.map((a) => {
      const reviewed = parseQuarter(a.quarter);
      return [a.missionName, reviewed ? quarterName(reviewed, t) : a.quarter, a.reviewedOn, a.text];
    }),
    formats: summary.openActions.map(() => ["text", "text", "date", "text"]),
  };
}

function trendCharts(doc: Doc, summary: QuarterSummary, t: Translate, format: Formatters): void {
  doc.addPage();
  sectionHeading(doc, t("sections.trend"));
  const partial = inProgressNote(summary, t);
  if (partial) note(doc, partial);
  const labels = summary.trend.map((k) => quarterName(k.quarter, t));
  const common = { labels, noValue: t("charts.noValue") };
  const charts: ChartSeries[] = [
    {
      ...common,
      title: t("charts.posts"),
      // Per day, so the quarter in progress stands beside whole quarters.
      values: summary.trend.map((k) => dailyRate({ count: k.posts, days: k.period.days })),
      formatTick: (v) => format.decimal.format(v),
      formatValue: (v) => format.decimal.format(v),
      kind: "bars",
      color: COLOR.bar,
    },
    {
      ...common,
      title: t("charts.engagementShare"),
      values: summary.trend.map((k) => k.engagementShare),
      max: 1,
      formatTick: (v) => format.percent.format(v),
      formatValue: (v) => format.percent.format(v),
      kind: "line",
      color: COLOR.share,
    },
    {
      ...common,
      // A mission's own score; the median over the ministry's missions.
      title: t(summary.scope.kind === "mission" ? "charts.healthScoreMission" : "charts.healthScore"),
      values: summary.trend.map((k) => k.medianHealthScore),
      max: 100,
      formatTick: (v) => format.integer.format(v),
      formatValue: (v) => format.decimal.format(v),
      kind: "line",
      color: COLOR.score,
    },
  ];
  for (const chart of charts) drawChart(doc, chart, 205);
}

/**
 * Page header (title, quarter) on every page but the title page; in every
 * footer the ministry, the demo marking for demo data, and "Page N of M".
 */
function pageFurniture(doc: Doc, summary: QuarterSummary, t: Translate, title: string, ministryName: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing in the margins would otherwise make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (index > range.start) {
      doc.font(REGULAR).fontSize(8).fillColor(COLOR.muted);
      doc.text(title, MARGIN.left, 34, { width: CONTENT_WIDTH * 0.7, lineBreak: false, ellipsis: true });
      doc.text(quarterName(summary.quarter, t), MARGIN.left + CONTENT_WIDTH * 0.7, 34, {
        width: CONTENT_WIDTH * 0.3,
        align: "right",
        lineBreak: false,
      });
      doc
        .moveTo(MARGIN.left, 46)
        .lineTo(MARGIN.left + CONTENT_WIDTH, 46)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
    }
    const footerY = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, footerY - 6)
      .lineTo(MARGIN.left + CONTENT_WIDTH, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(REGULAR).fontSize(8).fillColor(COLOR.muted);
    doc.text(ministryName, MARGIN.left, footerY, {
      width: CONTENT_WIDTH * 0.42,
      lineBreak: false,
      ellipsis: true,
    });
    if (summary.isDemo)
      doc
        .font(BOLD)
        .fillColor(COLOR.demo)
        .text(t("demoMarking"), MARGIN.left + CONTENT_WIDTH * 0.42, footerY, {
          width: CONTENT_WIDTH * 0.38,
          align: "center",
          lineBreak: false,
        });
    doc.font(REGULAR).fillColor(COLOR.muted);
    doc.text(
      t("pageOf", { page: String(index - range.start + 1), pages: String(range.count) }),
      MARGIN.left + CONTENT_WIDTH * 0.8,
      footerY,
      { width: CONTENT_WIDTH * 0.2, align: "right", lineBreak: false },
    );
    doc.page.margins.bottom = bottomMargin;
  }
}

const KPI_COLUMNS: PdfColumn[] = [
  { width: 0.3, align: "left" },
  ...Array.from({ length: 5 }, () => ({ width: 0.14, align: "right" as const })),
];
const MOVEMENT_COLUMNS: PdfColumn[] = [
  { width: 0.08, align: "right" },
  { width: 0.5, align: "left" },
  { width: 0.14, align: "right" },
  { width: 0.14, align: "right" },
  { width: 0.14, align: "right" },
];
const STATUS_COLUMNS: PdfColumn[] = [
  { width: 0.34, align: "left" },
  { width: 0.12, align: "left" },
  { width: 0.19, align: "left" },
  { width: 0.17, align: "left" },
  { width: 0.18, align: "right" },
];
const STAFF_TIME_COLUMNS: PdfColumn[] = [
  { width: 0.19, align: "left" },
  { width: 0.1, align: "right" },
  { width: 0.1, align: "right" },
  { width: 0.14, align: "right" },
  { width: 0.17, align: "right" },
  { width: 0.15, align: "right" },
  { width: 0.15, align: "right" },
];
const DORMANT_COLUMNS: PdfColumn[] = [
  { width: 0.29, align: "left" },
  { width: 0.13, align: "left" },
  { width: 0.28, align: "left" },
  { width: 0.15, align: "right" },
  { width: 0.15, align: "left" },
];
const OPEN_ACTION_COLUMNS: PdfColumn[] = [
  { width: 0.26, align: "left" },
  { width: 0.12, align: "left" },
  { width: 0.14, align: "right" },
  { width: 0.48, align: "left" },
];
const THEME_COLUMNS: PdfColumn[] = [
  { width: 0.31, align: "left" },
  { width: 0.1, align: "left" },
  { width: 0.1, align: "left" },
  { width: 0.12, align: "right" },
  { width: 0.12, align: "right" },
  { width: 0.12, align: "right" },
  { width: 0.13, align: "right" },
];

export async function renderSummaryPdf(
  summary: QuarterSummary,
  t: Translate,
  options: SummaryPdfOptions,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    // Start in DejaVu so pdfkit never loads (or embeds) Helvetica, which has no Cyrillic.
    font: path.join(FONT_DIRECTORY, `${REGULAR}.ttf`),
    info: {
      Title: options.title,
      Author: options.ministryName,
      Creator: "Chancery",
      CreationDate: summary.generatedAt,
    },
    lang: options.locale,
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont(REGULAR, path.join(FONT_DIRECTORY, `${REGULAR}.ttf`));
  doc.registerFont(BOLD, path.join(FONT_DIRECTORY, `${BOLD}.ttf`));

  const format = formatters(options.locale, t);
  const tables = summaryTables(summary, t);
  const none = t("noRows");

  titlePage(doc, summary, t, format, options.ministryName);

  doc.addPage();
  narrativeSection(doc, summary, t, options.narrative, options.baseUrl);
  decisionsSection(doc, summary, t, format);
  drawTable(
    doc,
    t("sections.openActions"),
    openActionTable(summary, t),
    OPEN_ACTION_COLUMNS,
    format,
    t("noOpenActions"),
  );
  const partial = inProgressNote(summary, t);
  if (partial) {
    // The note belongs above the key figures: heading, note and table move to the next page together.
    sectionHeading(doc, t("sections.kpis"), 300);
    note(doc, partial);
    drawTable(doc, null, tables.kpis, KPI_COLUMNS, format, none, { keepTogether: true });
  } else drawTable(doc, t("sections.kpis"), tables.kpis, KPI_COLUMNS, format, none, { keepTogether: true });

  trendCharts(doc, summary, t, format);

  doc.addPage();
  // Missions ranked against each other: a ministry's briefing only (a mission's has no one to rank).
  if (summary.scope.kind === "ministry") {
    drawTable(doc, t("sections.mostImproved"), tables["most-improved"], MOVEMENT_COLUMNS, format, none);
    drawTable(doc, t("sections.mostDeclined"), tables["most-declined"], MOVEMENT_COLUMNS, format, none);
  }
  drawTable(doc, t("sections.statusChanges"), tables["status-changes"], STATUS_COLUMNS, format, none);
  const dormant = tables["dormant-accounts"];
  drawTable(doc, t("sections.dormantAccounts"), dormant, DORMANT_COLUMNS, format, t("noDormantAccounts"));
  drawTable(doc, t("sections.themes"), tables.themes, THEME_COLUMNS, format, none);
  const staffTime = tables["staff-time"];
  drawTable(doc, t("sections.staffTime"), staffTime, STAFF_TIME_COLUMNS, format, t("noStaffTime"));

  pageFurniture(doc, summary, t, options.title, options.ministryName);
  doc.end();
  return finished;
}
