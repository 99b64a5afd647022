import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { scalar, SURVEY_PERIOD } from "./support/demo-db";

const SURVEY = "/?asOf=2017-08-15";
const { from, toExclusive } = SURVEY_PERIOD;

// Mission and ministry figures count institutional accounts; ambassadors' personal accounts are kept apart (People & institutions).
test.describe("HQ dashboard against the database", () => {
  test("KPI cards show the counts the database gives", async ({ page }) => {
    // Dormant at D = 2017-08-15 with T = 90: last post day before 2017-05-17.
    const dormant = await scalar(
      `SELECT COUNT(*) FROM (SELECT accountId, MAX(substr(postedAt, 1, 10)) AS last FROM Post WHERE postedAt < ? AND accountId IN (SELECT id FROM Account WHERE ownerType = 'institutional') GROUP BY accountId) WHERE last < '2017-05-17'`,
      [toExclusive],
    );
    const posts = await scalar(
      `SELECT COUNT(*) FROM Post WHERE postedAt >= ? AND postedAt < ? AND accountId IN (SELECT id FROM Account WHERE ownerType = 'institutional')`,
      [from, toExclusive],
    );
    const engagement = await scalar(
      `SELECT COUNT(*) FROM Post WHERE category = 'engagement' AND postedAt >= ? AND postedAt < ? AND accountId IN (SELECT id FROM Account WHERE ownerType = 'institutional')`,
      [from, toExclusive],
    );
    const broadcast = await scalar(
      `SELECT COUNT(*) FROM Post WHERE category = 'broadcast' AND postedAt >= ? AND postedAt < ? AND accountId IN (SELECT id FROM Account WHERE ownerType = 'institutional')`,
      [from, toExclusive],
    );

    await page.goto(SURVEY);
    await expect(page.getByTestId("status-count-dormant")).toHaveText(String(dormant));
    await expect(page.getByTestId("posts-in-period")).toHaveText(posts.toLocaleString("en-US"));
    const share = ((100 * engagement) / (engagement + broadcast)).toFixed(1).replace(/\.0$/, "");
    await expect(page.getByTestId("engagement-share")).toHaveText(`${share}%`);
    await expect(page.getByTestId("priority-covered")).toHaveText("5 of 5");
    await expect(page.getByTestId("kpi-delta").first()).toContainText("vs previous 90 days");
  });

  test("one mission's engagement share matches the database", async ({ page }) => {
    const where = `FROM Post JOIN Account ON Account.id = Post.accountId JOIN Mission ON Mission.id = Account.missionId
      WHERE Mission.slug = 'canada' AND postedAt >= ? AND postedAt < ?`;
    const engagement = await scalar(`SELECT COUNT(*) ${where} AND category = 'engagement'`, [from, toExclusive]);
    const broadcast = await scalar(`SELECT COUNT(*) ${where} AND category = 'broadcast'`, [from, toExclusive]);
    await page.goto(SURVEY);
    const row = page.locator("[data-testid=mission-table] [data-mission=canada]");
    const expected = `${((100 * engagement) / (engagement + broadcast)).toFixed(1).replace(/\.0$/, "")}%`;
    await expect(row.locator("td").nth(4)).toHaveText(expected);
  });

  test("a heatmap cell shows the tagged share and opens exactly those posts", async ({ page }) => {
    const base = `FROM Post JOIN Account ON Account.id = Post.accountId JOIN Mission ON Mission.id = Account.missionId
      WHERE Mission.slug = 'singapore' AND postedAt >= ? AND postedAt < ?`;
    const tagged = await scalar(
      `SELECT COUNT(DISTINCT Post.id) ${base} AND Post.id IN (SELECT postId FROM PostTheme JOIN Theme ON Theme.id = PostTheme.themeId WHERE Theme.slug = 'democratization')`,
      [from, toExclusive],
    );
    const all = await scalar(`SELECT COUNT(*) ${base}`, [from, toExclusive]);
    const themeId = (
      await (await import("./support/demo-db")).demoDb().execute("SELECT id FROM Theme WHERE slug = 'democratization'")
    ).rows[0]!.id as string;
    await page.goto(SURVEY);
    const cell = page.locator(`[data-testid=coverage-heatmap] tr[data-mission=singapore] td[data-theme="${themeId}"]`);
    await expect(cell).toHaveText(`${Math.round((100 * tagged) / all)}%`);
    await cell.getByRole("link").click();
    await expect(page.getByTestId("post-total")).toHaveText(`${tagged} posts in the period`);
    await expect(page.getByText("Theme: Democratization")).toBeVisible();
  });

  test("gaps are marked and a theme outside its window is not a gap", async ({ page }) => {
    await page.goto(SURVEY);
    // Germany posted nothing in the period: every priority theme in its window is a gap for it.
    const germany = page.locator("[data-testid=coverage-heatmap] tr[data-mission=germany]");
    await expect(germany.getByText("gap")).toHaveCount(5);
    await expect(germany.getByText("n/a")).toHaveCount(1);
  });

  test("filters the mission table by region and kind, in the URL", async ({ page }) => {
    const europe = await scalar(`SELECT COUNT(*) FROM Mission WHERE region = 'Europe'`);
    const consulates = await scalar(`SELECT COUNT(*) FROM Mission WHERE kind = 'consulate'`);
    await page.goto(SURVEY);
    await page.locator("select[name=region]").selectOption("Europe");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/region=Europe/);
    await expect(page.getByTestId("mission-row")).toHaveCount(europe);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.getByTestId("mission-row")).toHaveCount(28);
    await page.locator("select[name=kind]").selectOption("consulate");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByTestId("mission-row")).toHaveCount(consulates);
    await expect(page).toHaveURL(/asOf=2017-08-15/);
  });

  test("sorts by health score, worst first", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByRole("link", { name: "Sort by Health" }).click();
    await expect(page).toHaveURL(/sort=health&dir=asc/);
    await expect(page.locator("th[aria-sort=ascending]")).toContainText("Health");
    const scores = await page.getByTestId("health-score").allTextContents();
    const numbers = scores.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(0);
  });

  test("offers the charts as tables too", async ({ page }) => {
    const posts = await scalar(
      `SELECT COUNT(*) FROM Post WHERE postedAt >= ? AND postedAt < ? AND accountId IN (SELECT id FROM Account WHERE ownerType = 'institutional')`,
      [from, toExclusive],
    );
    await page.goto(SURVEY);
    await page.getByText("Show as a table").first().click();
    // Week, days in period, then the three kinds.
    const cells = await page.locator("[data-testid=weekly-table] tbody td:nth-child(n+3)").allTextContents();
    expect(cells.reduce((sum, c) => sum + Number(c.replace(/,/g, "")), 0)).toBe(posts);
    // 18 May 2017 is a Thursday and 15 August a Tuesday: the first week has 4 days in the period, the last 2.
    await expect(page.getByTestId("partial-weeks").first()).toHaveText(
      "Drawn pale: weeks only partly in the period — May 15, 2017 (4 days) and Aug 14, 2017 (2 days).",
    );
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
  });

  test("has no serious accessibility violations, in light and dark", async ({ page }, testInfo) => {
    // Two full pages audited or photographed at two widths each, charts loading after the page: more than the default 30 s on 2 cores.
    test.slow();
    await page.goto(SURVEY);
    await expect(page.getByTestId("mission-table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "overview");
    await page.getByTestId("theme-toggle").click(); // system → light
    await page.getByTestId("theme-toggle").click(); // light → dark
    await expect(page.locator("html")).toHaveClass("dark");
    await page.reload();
    await expect(page.locator("html")).toHaveClass("dark");
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "overview-dark");
  });
});

test.describe("mission scorecard", () => {
  test("shows health, peers, next steps and the dormant account's month", async ({ page }, testInfo) => {
    // Two full pages audited or photographed at two widths each, charts loading after the page: more than the default 30 s on 2 cores.
    test.slow();
    await page.goto(SURVEY);
    await page.getByTestId("mission-table").getByRole("link", { name: "United Kingdom", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "United Kingdom" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("health-score")).toContainText("0");
    // Peers are the 18 missions with an active account (of 28): the UK, dormant, is at the bottom, never "within the middle half".
    await expect(page.getByTestId("peer-score")).toContainText("18 missions with an active account, anonymous");
    await expect(page.getByTestId("peer-position")).toHaveText("Bottom of peers: no active account (dormant)");
    await expect(page.getByTestId("next-steps")).toContainText(
      /@demo_mn_united_kingdom has been dormant since Jul 2016: reactivate it or close it\./,
    );
    await expect(page.getByTestId("next-steps")).toContainText(
      /No post in the last 90 days on \d+ priority themes [^:]*Democratization/,
    );
    await expect(page.locator("[data-testid=health-components] tr[data-component]")).toHaveCount(4);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "scorecard");
  });

  test("flags an account declared for engagement that mostly broadcasts", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByTestId("mission-table").getByRole("link", { name: "Australia", exact: true }).click();
    await expect(page.getByTestId("mismatch")).toBeVisible();
    await expect(page.getByTestId("next-steps")).toContainText("is declared for engagement but");
  });
});

test.describe("drill-down panel", () => {
  test("previews a mission's tagged posts without leaving the scorecard", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByTestId("mission-table").getByRole("link", { name: "Singapore", exact: true }).click();
    // The ended ASEM 2016 comes after the themes the mission can still post on.
    await expect(page.locator("[data-testid=mission-theme-coverage] tbody tr").last()).toHaveAttribute(
      "data-theme",
      "asem-2016",
    );
    const row = page.locator("[data-testid=mission-theme-coverage] tr[data-theme=democratization]");
    const tagged = (await row.locator("td").nth(1).textContent())?.trim();
    await row.getByRole("button", { name: "Preview posts" }).click();
    const panel = row.getByTestId("posts-preview");
    await expect(panel.getByRole("link", { name: `All ${tagged} posts →` })).toBeVisible();
    await expect(panel.locator("li")).toHaveCount(Math.min(5, Number(tagged)));
    await expect(page).toHaveURL(/\/missions\//);
    await row.getByRole("button", { name: "Hide preview" }).click();
    await expect(panel).toHaveCount(0);
  });
});

test.describe("posts list", () => {
  test("has no serious accessibility violations", async ({ page }, testInfo) => {
    await page.goto("/posts?asOf=2017-08-15");
    await expect(page.getByTestId("post-table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "posts");
  });
});
