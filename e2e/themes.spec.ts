import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const THEMES = "/themes?asOf=2017-08-15";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openTheme(page: Page, name: string) {
  await page.goto(THEMES);
  await page.getByTestId("theme-table").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("themes", () => {
  test("lists the nine themes, current priority ones first, the ended ASEM 2016 last", async ({ page }) => {
    await page.goto(THEMES);
    await expect(page.getByRole("heading", { level: 1, name: "Themes" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    const rows = page.getByTestId("theme-row");
    await expect(rows).toHaveCount(9);
    const priorities = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-priority")));
    expect(priorities).toEqual([...Array(5).fill("true"), ...Array(3).fill("false"), "true"]);
    await expect(rows.last()).toHaveAttribute("data-theme", "asem-2016");
    await expect(page.locator("[data-theme=democratization]")).toContainText("Priority");
    await expect(page.locator("[data-theme=democratization] [data-testid=missions-covering]")).toContainText(
      /\d+ of 28/,
    );
    await expect(page.locator("[data-theme=asem-2016] [data-testid=theme-window]")).toContainText("Ended");
    await expect(page.locator("[data-theme=asem-2016] [data-testid=gap-badge]")).toHaveCount(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes" }).click();
    await expect(page).toHaveURL(/\/themes$/);
  });

  test("democratization's tagged posts open exactly those posts", async ({ page }) => {
    await page.goto(THEMES);
    const link = page.locator("[data-theme=democratization] [data-testid=tagged-posts]");
    const figure = (await link.textContent())?.trim() ?? "";
    expect(Number(figure.replace(/,/g, ""))).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL(/\/posts\?.*theme=/);
    await expect(page).toHaveURL(/asOf=2017-08-15/);
    await expect(page.getByTestId("post-total")).toHaveText(`${figure} posts in the period`);
    await expect(page.getByText("Theme: Democratization")).toBeVisible();
  });

  test("a theme page shows its rules, coverage per mission and over time", async ({ page }) => {
    await openTheme(page, "Democratization");
    await expect(page).toHaveURL(/\/themes\/[^?]+\?asOf=2017-08-15/);
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("keyword")).toContainText(["democracy"]);
    await expect(page.locator("[data-language=mn] [data-testid=keyword]", { hasText: "ардчил*" })).toBeVisible();
    await expect(page.getByText(/matches any word ending/)).toBeVisible();
    await expect(page.getByTestId("mission-coverage-row")).toHaveCount(28);
    await expect(page.locator("[data-testid=mission-coverage-row][data-mission=germany]")).toContainText("Gap");
    await expect(page.getByTestId("theme-coverage-chart")).toBeVisible();
    await expect(page.getByTestId("coverage-over-time-table").locator("thead th")).toHaveCount(14);
    await expect(page.getByTestId("outside-window")).toHaveCount(0);

    // A mission's figure opens that mission's tagged posts.
    const singapore = page.locator(
      "[data-testid=mission-coverage-row][data-mission=singapore] [data-testid=mission-tagged]",
    );
    const figure = (await singapore.textContent())?.trim() ?? "";
    await singapore.click();
    await expect(page.getByTestId("post-total")).toHaveText(new RegExp(`^${figure} posts? in the period$`));
    await expect(page.getByText("Mission: Singapore")).toBeVisible();
  });

  test("the summary's figure matches all tagged posts", async ({ page }) => {
    await openTheme(page, "Climate change");
    const summary = (await page.getByTestId("theme-summary").textContent()) ?? "";
    const figure = /^([\d,]+) tagged posts?/.exec(summary.trim())?.[1];
    expect(figure).toBeTruthy();
    await page.getByTestId("all-tagged").click();
    await expect(page.getByTestId("post-total")).toHaveText(new RegExp(`^${figure} posts? in the period$`));
  });

  test("ASEM 2016 is outside its window and no gap", async ({ page }) => {
    await openTheme(page, "ASEM 2016");
    await expect(page.getByTestId("outside-window")).toContainText("not counted as a gap");
    await expect(page.getByTestId("gap")).toHaveCount(0);
    await expect(page.getByTestId("theme-window")).toContainText("Jul 1, 2015 – Jul 16, 2016");
  });

  test("says a theme that does not exist is not found", async ({ page }) => {
    await page.goto("/themes/does-not-exist?asOf=2017-08-15");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("explains an invalid as-of date on both pages", async ({ page }) => {
    await page.goto("/themes?asOf=2017-02-30");
    await expect(page.getByTestId("range-error")).toContainText("“2017-02-30” is not a valid as-of date");
    await page.goto("/themes/whatever?period=abc");
    await expect(page.getByTestId("range-error")).toContainText("“abc” is not a valid period");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto(THEMES);
    await expect(page.getByTestId("theme-row")).toHaveCount(9);
    await expectNoSeriousViolations(page);
    await openTheme(page, "Democratization");
    await expect(page.getByTestId("theme-coverage-chart").locator("svg").first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  for (const viewport of [
    { name: "desktop", width: 1280, height: 900 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`screenshots at ${viewport.name} width`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(THEMES);
      await expect(page.getByTestId("theme-row")).toHaveCount(9);
      await page.screenshot({ path: test.info().outputPath(`themes-${viewport.name}.png`), fullPage: true });
      await openTheme(page, "Democratization");
      await expect(page.getByTestId("theme-coverage-chart").locator("svg").first()).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`theme-${viewport.name}.png`), fullPage: true });
      await openTheme(page, "ASEM 2016");
      await page.screenshot({ path: test.info().outputPath(`theme-asem-${viewport.name}.png`), fullPage: true });
    });
  }
});
