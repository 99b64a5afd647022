/**
 * The quarterly summary as a PDF briefing: a title page, the narrative with
 * its evidence, key figures, trend charts drawn as vector graphics, the
 * mission and account tables, "Page N of M" on every page.
 *
 * A route handler (`/summaries/2017-Q3/export.pdf`) calls
 *
 *   const t = await getTranslations("summaryExports");
 *   const narrative = await getTranslations("summaries.narrative"); // whatever namespace the sentence keys are relative to
 *   const body = await renderSummaryPdf(summary, t, { locale, title: "Quarterly summary Q3 2017", narrative, baseUrl: new URL(request.url).origin });
 *   return new Response(new Uint8Array(body), { headers: {
 *     "Content-Type": SUMMARY_CONTENT_TYPES.pdf,                 // application/pdf
 *     "Content-Disposition": attachmentDisposition(summaryExportFileName(summary.quarter, "pdf")), // chancery-summary-2017-Q3.pdf
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
import { quarterCoverage, quarterId, type Quarter } from "../metrics/quarters";
import { summaryTables, type CellFormat, type CellValue, type SummaryTable } from "./csv";
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
  /** The app's origin (e.g. "https://chancery.example"): makes each sentence's evidence path a link. */
  baseUrl?: string;
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
  return { integer, decimal, percent, day, moment, cell };
}
type Formatters = ReturnType<typeof formatters>;

const quarterLabel = (q: Quarter, t: Translate) =>
  t("quarterLabel", { quarter: String(q.quarter), year: String(q.year) });

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
    : quarterLabel(q, t);
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

/** A table that breaks across pages, repeating its header row on each. */
function drawTable(
  doc: Doc,
  table: SummaryTable,
  columns: readonly PdfColumn[],
  format: Formatters,
  emptyText: string,
): void {
  if (table.rows.length === 0) {
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

  ensureSpace(doc, headerHeight + rowHeight(rows[0]!, REGULAR));
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

function titlePage(doc: Doc, summary: QuarterSummary, t: Translate, format: Formatters): void {
  const bandHeight = 300;
  doc.rect(0, 0, PAGE.width, bandHeight).fill(COLOR.navy);
  doc
    .font(REGULAR)
    .fontSize(13)
    .fillColor("#c9d6e6")
    .text(t("ministryName"), MARGIN.left, 120, { width: CONTENT_WIDTH });
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
  for (const sentence of summary.narrative) {
    const text = narrative
      ? narrative(sentence.key, sentence.values)
      : `${sentence.key} ${JSON.stringify(sentence.values)}`;
    doc.font(REGULAR).fontSize(11);
    ensureSpace(doc, doc.heightOfString(text, { width: CONTENT_WIDTH - 14 }) + 20);
    const y = doc.y;
    doc.circle(MARGIN.left + 3, y + 6.5, 2).fill(COLOR.navy);
    doc.fillColor(COLOR.ink).text(text, MARGIN.left + 14, y, { width: CONTENT_WIDTH - 14 });
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor(COLOR.faint)
      .text(t("evidence", { href: sentence.href }), MARGIN.left + 14, doc.y + 1, {
        width: CONTENT_WIDTH - 14,
        link: baseUrl ? new URL(sentence.href, baseUrl).toString() : undefined,
      });
    doc.x = MARGIN.left;
    doc.moveDown(0.7);
  }
}

function trendCharts(doc: Doc, summary: QuarterSummary, t: Translate, format: Formatters): void {
  doc.addPage();
  sectionHeading(doc, t("sections.trend"));
  const partial = inProgressNote(summary, t);
  if (partial) note(doc, partial);
  const labels = summary.trend.map((k) => quarterLabel(k.quarter, t));
  const noValue = t("charts.noValue");
  const chartHeight = 205;
  drawChart(
    doc,
    {
      title: t("charts.posts"),
      labels,
      // Per day, so the quarter in progress stands beside whole quarters.
      values: summary.trend.map((k) => dailyRate({ count: k.posts, days: k.period.days })),
      formatTick: (v) => format.decimal.format(v),
      formatValue: (v) => format.decimal.format(v),
      kind: "bars",
      color: COLOR.bar,
      noValue,
    },
    chartHeight,
  );
  drawChart(
    doc,
    {
      title: t("charts.engagementShare"),
      labels,
      values: summary.trend.map((k) => k.engagementShare),
      max: 1,
      formatTick: (v) => format.percent.format(v),
      formatValue: (v) => format.percent.format(v),
      kind: "line",
      color: COLOR.share,
      noValue,
    },
    chartHeight,
  );
  drawChart(
    doc,
    {
      title: t("charts.healthScore"),
      labels,
      values: summary.trend.map((k) => k.medianHealthScore),
      max: 100,
      formatTick: (v) => format.integer.format(v),
      formatValue: (v) => format.decimal.format(v),
      kind: "line",
      color: COLOR.score,
      noValue,
    },
    chartHeight,
  );
}

/** Page header (title, quarter) on every page but the title page, and "Page N of M" in every footer. */
function pageFurniture(doc: Doc, summary: QuarterSummary, t: Translate, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing in the margins would otherwise make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (index > range.start) {
      doc.font(REGULAR).fontSize(8).fillColor(COLOR.muted);
      doc.text(title, MARGIN.left, 34, { width: CONTENT_WIDTH * 0.7, lineBreak: false, ellipsis: true });
      doc.text(quarterId(summary.quarter), MARGIN.left + CONTENT_WIDTH * 0.7, 34, {
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
    doc.text(t("ministryName"), MARGIN.left, footerY, { width: CONTENT_WIDTH * 0.6, lineBreak: false });
    doc.text(
      t("pageOf", { page: String(index - range.start + 1), pages: String(range.count) }),
      MARGIN.left + CONTENT_WIDTH * 0.6,
      footerY,
      { width: CONTENT_WIDTH * 0.4, align: "right", lineBreak: false },
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
    info: { Title: options.title, Author: t("ministryName"), Creator: "Chancery", CreationDate: summary.generatedAt },
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

  titlePage(doc, summary, t, format);

  doc.addPage();
  narrativeSection(doc, summary, t, options.narrative, options.baseUrl);
  sectionHeading(doc, t("sections.kpis"));
  const partial = inProgressNote(summary, t);
  if (partial) note(doc, partial);
  drawTable(doc, tables.kpis, KPI_COLUMNS, format, none);

  trendCharts(doc, summary, t, format);

  doc.addPage();
  sectionHeading(doc, t("sections.mostImproved"));
  drawTable(doc, tables["most-improved"], MOVEMENT_COLUMNS, format, none);
  sectionHeading(doc, t("sections.mostDeclined"));
  drawTable(doc, tables["most-declined"], MOVEMENT_COLUMNS, format, none);
  sectionHeading(doc, t("sections.statusChanges"));
  drawTable(doc, tables["status-changes"], STATUS_COLUMNS, format, none);
  sectionHeading(doc, t("sections.themes"));
  drawTable(doc, tables.themes, THEME_COLUMNS, format, none);
  sectionHeading(doc, t("sections.staffTime"));
  drawTable(doc, tables["staff-time"], STAFF_TIME_COLUMNS, format, t("noStaffTime"));

  pageFurniture(doc, summary, t, options.title);
  doc.end();
  return finished;
}
