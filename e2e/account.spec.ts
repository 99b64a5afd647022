import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { scalar, SURVEY_PERIOD } from "./support/demo-db";

const SURVEY = "/?asOf=2017-08-15";

async function openAccount(page: Page, mission: string, handle: string) {
  await page.goto(SURVEY);
  await page.getByTestId("mission-table").getByRole("link", { name: mission, exact: true }).click();
  // A scorecard computes every mission's health for its peers: on a busy 2-core machine the first one takes a few seconds.
  await expect(page.getByRole("heading", { level: 1, name: mission })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("link", { name: `@${handle}` }).click();
  await expect(page).toHaveURL(/\/accounts\/[^?]+\?asOf=2017-08-15/);
  await expect(page.getByRole("heading", { level: 1, name: `@${handle}` })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("account page", () => {
  test("a dormant account: status, history since October 2015 and the posts behind its total", async ({ page }) => {
    await openAccount(page, "Germany", "demo_mn_germany");
    await expect(page.getByTestId("demo-banner")).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("figure-status")).toContainText("Dormant");
    await expect(page.getByTestId("days-since")).toContainText(/\d+ days since the last post/);
    const last = page.getByTestId("status-interval").last();
    await expect(last).toHaveAttribute("data-status", "dormant");
    await expect(last).toContainText(/Dormant\s*since October \d{1,2}, 2015/);
    await expect(page.getByTestId("follower-chart-empty")).toBeVisible();
    await expect(page.getByTestId("snapshot-row")).toHaveCount(1);
    await expect(page.getByTestId("snapshot-row")).toContainText("76");
    await expect(page.getByTestId("post-total")).toHaveText("0 posts in the period");
    await expect(page.getByTestId("posts-to-date")).toHaveText("76");
    await page.getByTestId("posts-to-date").click();
    await expect(page).toHaveURL(/\/posts\?.*since=all/);
    await expect(page.getByTestId("post-total")).toHaveText("76 posts up to the as-of date");
  });

  test("goes back to its mission keeping the as-of date", async ({ page }) => {
    await openAccount(page, "Germany", "demo_mn_germany");
    await page.getByRole("link", { name: "← Back to Germany" }).click();
    await expect(page).toHaveURL(/\/missions\/[^?]+\?asOf=2017-08-15/);
    await expect(page.getByRole("heading", { level: 1, name: "Germany" })).toBeVisible();
  });

  test("an active account lists its posts in the period, 50 to a page, with a category filter", async ({ page }) => {
    await openAccount(page, "Singapore", "demo_mn_singapore");
    await expect(page.getByTestId("figure-status")).toContainText("Active");
    await expect(page.getByTestId("status-interval").last()).toHaveAttribute("data-status", "active");
    const inPeriod = (await page.getByTestId("posts-in-period").textContent())?.trim() ?? "";
    // The same count, straight from the database.
    const expected = await scalar(
      `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId WHERE Account.handle = 'demo_mn_singapore' AND postedAt >= ? AND postedAt < ?`,
      [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
    );
    expect(inPeriod).toBe(String(expected));
    await expect(page.getByTestId("post-total")).toHaveText(`${inPeriod} posts in the period`);
    await expect(page.getByTestId("post-row")).toHaveCount(50);
    await expect(page.getByTestId("page-of")).toContainText("Page 1 of");
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("page-of")).toContainText("Page 2 of");
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");

    await page
      .getByRole("navigation", { name: "Show posts of a category" })
      .getByRole("link", { name: "Engagement" })
      .click();
    await expect(page).toHaveURL(/category=engagement/);
    await expect(page).not.toHaveURL(/page=/);
    const categories = await page
      .getByTestId("post-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category")));
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(["engagement"]));
  });

  test("its figures open the same posts on the posts screen", async ({ page }) => {
    await openAccount(page, "Singapore", "demo_mn_singapore");
    const inPeriod = (await page.getByTestId("posts-in-period").textContent())?.trim() ?? "";
    // The same count, straight from the database.
    const expected = await scalar(
      `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId WHERE Account.handle = 'demo_mn_singapore' AND postedAt >= ? AND postedAt < ?`,
      [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
    );
    expect(inPeriod).toBe(String(expected));
    await page.getByTestId("posts-in-period").click();
    await expect(page).toHaveURL(/\/posts\?.*account=/);
    await expect(page.getByTestId("post-total")).toHaveText(`${inPeriod} posts in the period`);
    await expect(page.getByText("Account: @demo_mn_singapore")).toBeVisible();
    // And back: the handle in the post list opens the account page.
    await page.getByTestId("post-row").first().getByRole("link", { name: "@demo_mn_singapore" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "@demo_mn_singapore" })).toBeVisible();
    await expect(page).toHaveURL(/asOf=2017-08-15/);
  });

  test("says an unknown account is not found", async ({ page }) => {
    await page.goto("/accounts/does-not-exist?asOf=2017-08-15");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("explains an invalid as-of date", async ({ page }) => {
    await page.goto("/accounts/does-not-exist?asOf=2017-13-01");
    await expect(page.getByTestId("range-error")).toContainText("“2017-13-01” is not a valid as-of date");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    // Two full pages audited or photographed at two widths each, charts loading after the page: more than the default 30 s on 2 cores.
    test.slow();
    await openAccount(page, "Germany", "demo_mn_germany");
    await expectNoSeriousViolations(page);
    await openAccount(page, "Singapore", "demo_mn_singapore");
    await expectNoSeriousViolations(page);
  });

  test("screenshots at desktop and phone widths", async ({ page }) => {
    // Two full pages audited or photographed at two widths each, charts loading after the page: more than the default 30 s on 2 cores.
    test.slow();
    for (const [mission, handle] of [
      ["Germany", "demo_mn_germany"],
      ["Singapore", "demo_mn_singapore"],
    ] as const) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openAccount(page, mission, handle);
      await page.screenshot({
        path: test.info().outputPath(`account-${mission.toLowerCase()}-desktop.png`),
        fullPage: true,
      });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: `@${handle}` })).toBeVisible();
      await page.screenshot({
        path: test.info().outputPath(`account-${mission.toLowerCase()}-phone.png`),
        fullPage: true,
      });
      // The first screen and the post list at readable size, for review.
      await page.screenshot({ path: test.info().outputPath(`account-${mission.toLowerCase()}-phone-top.png`) });
      await page.locator("section[aria-labelledby=posts-heading]").screenshot({
        path: test.info().outputPath(`account-${mission.toLowerCase()}-phone-posts.png`),
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
