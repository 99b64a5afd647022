import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { englishTranslate, sampleNarrativeTranslate, sampleSummary } from "./fixtures/sample-summary";
import { periodEndingAt } from "../metrics/dates";
import { renderSummaryPdf } from "./pdf";

// Kept for a human to look at (test-results/ is git-ignored).
const outputDirectory = path.join(process.cwd(), "test-results", "summary-pdf");
const pdfFile = path.join(outputDirectory, "chancery-summary-2017-Q3.pdf");

let pdf: Buffer;
let renderMs: number;
let pageCount: number;
let text: string;

beforeAll(async () => {
  rmSync(outputDirectory, { recursive: true, force: true });
  mkdirSync(outputDirectory, { recursive: true });
  const started = performance.now();
  pdf = await renderSummaryPdf(sampleSummary(), englishTranslate, {
    locale: "en",
    title: "Quarterly summary Q3 2017 — All missions",
    narrative: sampleNarrativeTranslate,
    baseUrl: "https://chancery.example",
    ministryName: "Ministry of Foreign Affairs of Mongolia",
  });
  renderMs = performance.now() - started;
  writeFileSync(pdfFile, pdf);
  const info = execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" });
  pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  text = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" });
  execFileSync("pdftoppm", ["-png", "-r", "50", pdfFile, path.join(outputDirectory, "page")]);
});

describe("renderSummaryPdf", () => {
  it("renders a PDF in well under a few seconds", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    console.info(
      `summary PDF: ${pageCount} pages, ${Math.round(pdf.length / 1024)} KiB, rendered in ${Math.round(renderMs)} ms`,
    );
    expect(renderMs).toBeLessThan(5_000);
  });

  it("has the title page texts: ministry, title, quarter, scope, dates", () => {
    expect(text).toContain("Ministry of Foreign Affairs");
    expect(text).toContain("Quarterly summary");
    expect(text).toContain("Q3 2017");
    expect(text).toContain("All missions");
    expect(text).toContain("As of Sep 30, 2017");
    expect(text).toContain("Period Jul 1, 2017 – Sep 30, 2017");
    expect(text).toContain("Generated Oct 2, 2017");
  });

  it("has the narrative with its evidence, the key figures and the tables", () => {
    expect(text).toContain("Missions published 1,284 posts, up from 702 the quarter before.");
    expect(text).toContain("[2] @mofa_berlin, Q3 2017 (Chancery › Accounts)");
    // Totals are not compared; posts per day are (1,284 / 92 = 14.0, 702 / 91 = 7.7, 530 / 92 = 5.8).
    expect(text).toMatch(/Posts\s+1,284\s+702\s+—\s+530\s+—/);
    expect(text).toMatch(/Posts per day\s+14\.0\s+7\.7\s+\+6\.3\s+5\.8\s+\+8\.2/);
    expect(text).toMatch(/Engagement share\s+34.1%\s+30.1%\s+\+4 pts\s+24.3%\s+\+9.8 pts/);
    expect(pdf.toString("latin1")).toContain("(https://chancery.example/accounts?status=dormant&asOf=2017-09-30)");
    expect(text).toContain("Third neighbour policy");
    expect(text).toContain('=HYPERLINK("http://evil.example","click")');
    expect(text).toContain("Staff time and output per staff hour");
    expect(text).toMatch(/All recording[\s\S]{0,40}?120\.0\s+240\s+2\.0\s+0\.5\s+15\.0\s+30\.0/);
  });

  it("prints readable references for the evidence: no path, no address, no database id", () => {
    // The sample's hostile mission name is data, not a link: leave its lines out of the check.
    const printed = text
      .split("\n")
      .filter((line) => !line.includes("HYPERLINK"))
      .join("\n");
    expect(printed).not.toContain("/summaries/");
    expect(printed).not.toContain("/accounts");
    expect(printed).not.toContain("http");
    expect(printed).not.toMatch(/c[a-z0-9]{20,}/);
    expect(text).toContain("Missions published 1,284 posts, up from 702 the quarter before. [1]");
    expect(text).toContain("[1] All missions, Q3 2017 (Chancery › Overview)");
    expect(text).toContain(
      "[3] Элчин сайдын яам, Вашингтон, Q3 2017 (Chancery › Quarterly summaries › Mission scorecard)",
    );
    // Still a link on screen.
    expect(pdf.toString("latin1")).toContain("(https://chancery.example/summaries/2017-Q3#kpis)");
  });

  it("names the dormant accounts, newly dormant ones marked", () => {
    expect(text).toContain("Dormant accounts at the quarter's end");
    expect(text).toMatch(/Элчин сайдын яам, Берлин\s+x\s+@mofa_berlin\s+May 2, 2016\s+No/);
    expect(text).toMatch(/Элчин сайдын яам, Токио\s+facebook\s+@mission_1_mn\s+Jun 2, 2017\s+Yes/);
  });

  it("asks for decisions built from the figures", () => {
    expect(text).toContain("Decisions asked");
    const flat = text.replace(/\s+/g, " ");
    // @mofa_berlin last posted on 2 May 2016 and @erenhot_consulate never; @mission_1_mn went dormant in June 2017.
    expect(flat).toContain(
      "1 Close or reactivate 2 accounts dormant for more than a year: @mofa_berlin (Элчин сайдын яам, Берлин) and @erenhot_consulate (Консулын газар, Эрээн).",
    );
    expect(flat).toContain(
      "2 Agree an engagement plan with 1 mission below its engagement target: Embassy of Mongolia, London (12% against 20%).",
    );
  });

  it("lists the open agreed actions of the scope's reviews", () => {
    expect(text).toContain("Open agreed actions");
    expect(text).toMatch(
      /Элчин сайдын яам,\s+Q2 2017\s+Jul 12, 2017\s+Reply to questions from the Mongolian community/,
    );
  });

  it("prints the ministry's name from the settings, not a catalog string", () => {
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    pages.forEach((page) => expect(page).toContain("Ministry of Foreign Affairs of Mongolia"));
  });

  it("has no demo marking for real data", () => {
    expect(text).not.toContain("Demo data");
  });

  it("renders Mongolian Cyrillic", () => {
    expect(text).toContain("Элчин сайдын яам, Вашингтон");
    expect(text).toContain("Хөрөнгө оруулалт (investment)");
  });

  it("numbers every page and breaks the long status table with its header repeated", () => {
    expect(pageCount).toBeGreaterThanOrEqual(5);
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pageCount}`));
    const withStatusHeader = pages.filter((page) => /Mission\s+Platform\s+Handle\s+Change\s+Last post/.test(page));
    expect(withStatusHeader.length).toBeGreaterThanOrEqual(2);
    // The 34 rows all made it, across the break (one of them, @SUM(A1), has no mission_N_mn handle), and the dormant table's @mission_1_mn.
    expect(text.match(/mission_\d+_mn/g)).toHaveLength(34);
  });

  it("draws the trend charts with quarter labels and a gap for the quarter without posts", () => {
    expect(text).toContain("Posts per day, by quarter");
    expect(text).toContain("Engagement share per quarter");
    expect(text).toMatch(/Q4 2015\s+Q1 2016\s+Q2 2016/);
    expect(text).toContain("no data");
  });

  it("converts to one non-blank image per page", () => {
    const images = readdirSync(outputDirectory)
      .filter((name) => name.endsWith(".png"))
      .sort();
    expect(images).toHaveLength(pageCount);
    for (const image of images) expect(statSync(path.join(outputDirectory, image)).size).toBeGreaterThan(3_000);
    // The title page has a dark band and large type: far more than a blank A4 page at 50 dpi (under 1 KiB).
    expect(statSync(path.join(outputDirectory, images[0]!)).size).toBeGreaterThan(8_000);
  });
});

describe("renderSummaryPdf of demo data", () => {
  it("marks the title page and every page footer as demo data, not for official use", async () => {
    const file = path.join(outputDirectory, "chancery-summary-2017-Q3-demo.pdf");
    writeFileSync(
      file,
      await renderSummaryPdf(sampleSummary({ isDemo: true }), englishTranslate, {
        locale: "en",
        title: "Q3 2017",
        ministryName: "Ministry of Testing",
      }),
    );
    const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
      .split("\f")
      .filter((page) => page.trim() !== "");
    expect(pages[0]).toContain("DEMO DATA — NOT FOR OFFICIAL USE");
    pages.forEach((page) => expect(page).toContain("Demo data — not for official use"));
    pages.forEach((page) => expect(page).toContain("Ministry of Testing"));
  });
});

describe("renderSummaryPdf of health scores", () => {
  it("shows scores and their change with one rounding rule: 57.7 → 57.7 is no change", async () => {
    const summary = {
      ...sampleSummary({ statusChanges: 0 }),
      mostImproved: [{ missionId: "m-0", missionName: "Berlin", score: 57.74, previousScore: 57.66, change: 0.08 }],
    };
    const file = path.join(outputDirectory, "chancery-summary-2017-Q3-rounding.pdf");
    writeFileSync(
      file,
      await renderSummaryPdf(summary, englishTranslate, { locale: "en", title: "Q3 2017", ministryName: "M" }),
    );
    const roundingText = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(roundingText).toMatch(/Berlin\s+57\.7\s+57\.7\s+no change/);
  });
});

describe("renderSummaryPdf for a quarter in progress", () => {
  it("labels the quarter as in progress, compares posts per day and words a rounded-away change as no change", async () => {
    const sample = sampleSummary({ statusChanges: 0 });
    // Q3 2017 as of 15 August: 616 posts in 46 of 92 days against Q2 2017's 1,500 in 91.
    const current = {
      ...sample.current,
      period: periodEndingAt(new Date(Date.UTC(2017, 7, 15)), 46),
      posts: 616,
      engagementShare: 0.301,
    };
    const summary = { ...sample, current, previous: { ...sample.previous, posts: 1500 }, narrative: [] };
    summary.trend = [...sample.trend.slice(0, 6), summary.previous, current];
    const file = path.join(outputDirectory, "chancery-summary-2017-Q3-in-progress.pdf");
    writeFileSync(
      file,
      await renderSummaryPdf(summary, englishTranslate, { locale: "en", title: "Q3 2017", ministryName: "M" }),
    );
    const partialText = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(partialText).toContain("Q3 2017 (in progress, 46 of 92 days)");
    expect(partialText).toContain("The quarter is in progress: its figures cover 46 days of 92.");
    expect(partialText).toContain("As of Aug 15, 2017");
    // 616 / 46 = 13.4 a day against 1,500 / 91 = 16.5: -3.1; the totals 616 and 1,500 are not subtracted.
    expect(partialText).toMatch(/Posts\s+616\s+1,500\s+—\s+530\s+—/);
    expect(partialText).toMatch(/Posts per day\s+13\.4\s+16\.5\s+-3\.1\s+5\.8\s+\+7\.6/);
    // 30.1 % against 30.1 %: no change, not "+0 pts".
    expect(partialText).toMatch(/Engagement share\s+30\.1%\s+30\.1%\s+no change/);
    expect(partialText).toContain("Posts per day, by quarter");
  });
});

describe("renderSummaryPdf for a mission, in Mongolian number and date formats", () => {
  it("names the mission on the title page, formats by the locale and says when a table is empty", async () => {
    const summary = {
      ...sampleSummary({ statusChanges: 0 }),
      scope: { kind: "mission" as const, missionId: "m-0", missionName: "Элчин сайдын яам, Вашингтон" },
      mostDeclined: [],
      narrative: [],
    };
    const file = path.join(outputDirectory, "chancery-summary-2017-Q3-mission-mn.pdf");
    writeFileSync(
      file,
      await renderSummaryPdf(summary, englishTranslate, {
        locale: "mn",
        title: "Quarterly summary Q3 2017 — Washington",
        ministryName: "Ministry of Foreign Affairs of Mongolia",
      }),
    );
    const missionText = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(missionText).toContain("Mission: Элчин сайдын яам, Вашингтон");
    const asOf = new Intl.DateTimeFormat("mn", { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(Date.UTC(2017, 8, 30)),
    );
    expect(missionText).toContain(`As of ${asOf}`);
    expect(missionText).toContain("No statements could be made from this quarter's figures.");
    // The status changes are empty; the ranking of missions against each other is a ministry's only.
    expect(missionText.match(/None this quarter\./g)).toHaveLength(1);
    expect(missionText).not.toContain("Missions that improved most");
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(missionText).toContain(`Page ${pages} of ${pages}`);
    // A mission has its own score, not a median over missions.
    expect(missionText).toContain("Health score per quarter");
    expect(missionText).not.toMatch(/median/i);
  });
});
