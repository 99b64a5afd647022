import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoDb, scalar } from "./support/demo-db";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { storageStateFor } from "./support/users";

/** The missions' posts as the summary counts them: institutional accounts (ambassadors' personal ones are kept apart). */
const INSTITUTIONAL_POSTS =
  "SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId AND Account.ownerType = 'institutional'";

const Q2 = { from: "2017-04-01", toExclusive: "2017-07-01" };

async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}

test.describe("quarterly summary for leadership", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("opens a quarter from the index; its figures match the store and its narrative links to the evidence", async ({
    page,
  }, testInfo) => {
    await page.goto("/summaries");
    await expect(page.getByRole("heading", { level: 1, name: "Quarterly summaries" })).toBeVisible();
    await expect(page.getByTestId("quarter-link").first()).toContainText("Q3 2017");
    await expect(page.getByTestId("quarter-link").first().getByTestId("quarter-in-progress")).toHaveText(
      "in progress, 46 of 92 days",
    );
    await page.getByTestId("quarter-link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Quarterly summary Q3 2017 (in progress, 46 of 92 days)",
    );
    await page.goBack();
    await page.getByTestId("quarter-link").filter({ hasText: "Q2 2017" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Quarterly summary Q2 2017" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Jun 30, 2017");
    await expect(page.getByTestId("period")).toContainText("91 days");

    const posts = await scalar(`${INSTITUTIONAL_POSTS} WHERE postedAt >= ? AND postedAt < ?`, [
      Q2.from,
      Q2.toExclusive,
    ]);
    await expect(page.getByTestId("summary-kpi-posts").getByTestId("kpi-value")).toHaveText(posts.toLocaleString("en"));
    const engagement = await scalar(
      `${INSTITUTIONAL_POSTS} WHERE category = 'engagement' AND postedAt >= ? AND postedAt < ?`,
      [Q2.from, Q2.toExclusive],
    );
    const broadcast = await scalar(
      `${INSTITUTIONAL_POSTS} WHERE category = 'broadcast' AND postedAt >= ? AND postedAt < ?`,
      [Q2.from, Q2.toExclusive],
    );
    const share = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(
      engagement / (engagement + broadcast),
    );
    await expect(page.getByTestId("summary-kpi-engagementShare").getByTestId("kpi-value")).toHaveText(share);
    await expect(page.getByTestId("narrative").locator("li[data-key=posts]")).toContainText(
      `${posts.toLocaleString("en")} posts were published in Q2 2017`,
    );
    await expect(page.getByTestId("most-improved").getByTestId("mover-row").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "summary-2017-Q2");

    await page.getByTestId("narrative").locator("li[data-key=posts]").getByTestId("narrative-evidence").click();
    await expect(page).toHaveURL(/\/posts\?asOf=2017-06-30&period=91/);
    await expect(page.getByTestId("post-total")).toHaveText(`${posts.toLocaleString("en")} posts in the period`);
  });

  test("the quarter in progress is labelled so and compared with Q2 2017 per day, not by totals", async ({ page }) => {
    await page.goto("/summaries/2017-Q3");
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("in-progress")).toContainText("46 days of 92");
    const q3 = await scalar(`${INSTITUTIONAL_POSTS} WHERE postedAt >= ? AND postedAt < ?`, [
      "2017-07-01",
      "2017-08-16",
    ]);
    const q2 = await scalar(`${INSTITUTIONAL_POSTS} WHERE postedAt >= ? AND postedAt < ?`, [Q2.from, Q2.toExclusive]);
    const change = q3 / 46 / (q2 / 91) - 1;
    const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 }).format(
      Math.abs(change),
    );
    const sentence = page.getByTestId("narrative").locator("li[data-key=posts]");
    await expect(sentence).toContainText(
      `${q3.toLocaleString("en")} posts were published in Q3 2017 (in progress, 46 of 92 days)`,
    );
    await expect(sentence).toContainText(`${change < 0 ? "down" : "up"} ${percent} on Q2 2017`);
    const card = page.getByTestId("summary-kpi-posts");
    await expect(card.getByTestId("kpi-value")).toHaveText(q3.toLocaleString("en"));
    await expect(card).toContainText(
      `${new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(change)} per day vs Q2 2017`,
    );
    const csv = await page.request.get("/summaries/2017-Q3/export.csv?table=kpis");
    expect((await csv.text()).split("\r\n")[0]).toContain("Q3 2017 (in progress, 46 of 92 days)");
  });

  test("downloads the briefing as a PDF that renders, and tables as CSV and Excel", async ({ page }, testInfo) => {
    const pdf = await page.request.get("/summaries/2017-Q2/export.pdf");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const dir = testInfo.outputPath("pdf");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "summary.pdf");
    writeFileSync(file, await pdf.body());
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Q2 2017");
    expect(text).toMatch(/Page 1 of \d+/);
    const posts = await scalar(`${INSTITUTIONAL_POSTS} WHERE postedAt >= ? AND postedAt < ?`, [
      Q2.from,
      Q2.toExclusive,
    ]);
    expect(text).toContain(posts.toLocaleString("en"));
    execFileSync("pdftoppm", ["-png", "-r", "50", file, path.join(dir, "page")]);
    const pages = readdirSync(dir).filter((name) => name.endsWith(".png"));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
    expect(pages.length).toBeGreaterThanOrEqual(3);

    const csv = await page.request.get("/summaries/2017-Q2/export.csv?table=most-improved");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toBe(
      'attachment; filename="chancery-summary-2017-Q2-most-improved.csv"',
    );
    // The staff-time table: the total row's hours are the quarter's recorded hours in the store.
    const staff = await page.request.get("/summaries/2017-Q2/export.csv?table=staff-time");
    expect(staff.status()).toBe(200);
    const staffLines = (await staff.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const recorded = await scalar("SELECT COUNT(*) FROM MissionStaffTime WHERE quarter = '2017-Q2'");
    const hours = await scalar("SELECT SUM(hours) FROM MissionStaffTime WHERE quarter = '2017-Q2'");
    expect(recorded).toBeGreaterThan(0);
    expect(staffLines).toHaveLength(1 + recorded + 1);
    expect(staffLines.at(-1)).toMatch(new RegExp(`^All recording missions \\(${recorded} of \\d+\\),${hours},`));
    const xlsx = await page.request.get("/summaries/2017-Q2/export.xlsx");
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("a quarter without data says so; a malformed quarter is not found", async ({ page }) => {
    // Within the quarters a URL may name (1970 to next year) but before any demo post.
    await page.goto("/summaries/2001-Q1");
    await expect(page.getByTestId("summary-empty")).toContainText("No post falls in Q1 2001");
    const response = await page.goto("/summaries/2017-Q9");
    expect(response?.status()).toBe(404);
    const farFuture = await page.goto("/summaries/9999-Q4");
    expect(farFuture?.status()).toBe(404);
  });
});

test.describe("quarterly scorecards and reviews", () => {
  test("an analyst records a review with actions; the ambassador sees them on the next quarter and marks one done", async ({
    browser,
  }) => {
    const germany = await missionId("germany");
    const singapore = await missionId("singapore");
    const analyst = await browser.newContext({ storageState: storageStateFor("analyst") });
    const page = await analyst.newPage();
    await page.goto(`/summaries/2017-Q2/missions/${germany}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("quarterly scorecard Q2 2017");
    const note = `E2E review ${Date.now()}`;
    const form = page.getByTestId("add-review-form");
    await form.getByLabel("Review note").fill(note);
    await form.getByLabel("Agreed actions").fill("Reactivate the X account\nPost weekly on trade");
    await form.getByRole("button", { name: "Save review" }).click();
    await expect(form.getByText("Review saved.")).toBeVisible();
    await expect(page.getByTestId("review").filter({ hasText: note })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await analyst.close();

    const ambassador = await browser.newContext({ storageState: storageStateFor("ambassadorGermany") });
    const own = await ambassador.newPage();
    await own.goto("/summaries/2017-Q3");
    await expect(own).toHaveURL(new RegExp(`/summaries/2017-Q3/missions/${germany}`));
    const previous = own.getByTestId("previous-actions");
    await expect(previous).toContainText("Actions agreed for Q2 2017");
    await expect(previous.getByTestId("review-action")).toHaveCount(2);
    await expect(own.getByTestId("add-review-form")).toHaveCount(0);
    await previous.getByRole("button", { name: "Mark done: Reactivate the X account" }).click();
    await expect(previous.getByTestId("previous-actions-done")).toHaveText("1 of 2 done");
    const response = await own.goto(`/summaries/2017-Q2/missions/${singapore}`);
    expect(response?.status()).toBe(404);
    expect((await own.request.get(`/summaries/2017-Q2/export.pdf?mission=${singapore}`)).status()).toBe(404);
    await ambassador.close();
  });
});
