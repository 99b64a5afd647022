import { expect, test, type Page } from "@playwright/test";

/** The listed posts are all of the engagement kind, and there are some. */
async function expectOnlyEngagementPosts(page: Page) {
  const categories = await page
    .getByTestId("post-row")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category")));
  expect(categories.length).toBeGreaterThan(0);
  expect(new Set(categories)).toEqual(new Set(["engagement"]));
}

test.describe("posts behind the numbers", () => {
  test("the ministry's posts-in-period figure opens exactly those posts", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    const figure = (await page.getByTestId("posts-in-period").textContent())?.trim() ?? "";
    expect(Number(figure.replace(/,/g, ""))).toBeGreaterThan(0);
    await page.getByTestId("posts-in-period").click();
    await expect(page).toHaveURL(/\/posts\?asOf=2017-08-15/);
    await expect(page.getByTestId("post-total")).toHaveText(`${figure} posts in the period`);
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("post-row")).toHaveCount(50);
    await expect(page.getByTestId("page-of")).toContainText("Page 1 of");
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page.getByTestId("page-of")).toContainText("Page 2 of");
  });

  test("the post list has filters of its own: mission, theme and kind, kept in the URL with the range", async ({
    page,
  }) => {
    await page.goto("/posts?asOf=2017-08-15");
    const form = page.getByTestId("post-filters");
    await form.getByLabel("Mission").selectOption({ label: "Singapore" });
    await form.getByLabel("Kind").selectOption({ label: "Engagement" });
    await form.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/asOf=2017-08-15/);
    await expect(page).toHaveURL(/category=engagement/);
    await expect(page.getByText("Mission: Singapore")).toBeVisible();
    await expectOnlyEngagementPosts(page);
    await expect(form.getByLabel("Mission").locator("option:checked")).toHaveText("Singapore");
    await form.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/posts\?asOf=2017-08-15$/);
  });

  test("a mission's engagement share opens its engagement posts", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    const row = page.locator("[data-testid=mission-table] [data-mission=singapore]");
    await row.locator("td").nth(4).getByRole("link").click();
    await expect(page).toHaveURL(/mission=.*category=engagement|category=engagement.*mission=/);
    await expect(page.getByText("Mission: Singapore")).toBeVisible();
    await expectOnlyEngagementPosts(page);
  });

  test("a dormant account's total opens all its posts, the newest in its last month", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    await page.getByTestId("mission-table").getByRole("link", { name: "Germany", exact: true }).click();
    await expect(page.getByTestId("posts-to-date")).toHaveText("76");
    await page.getByTestId("posts-to-date").click();
    await expect(page.getByTestId("post-total")).toHaveText("76 posts up to the as-of date");
    await expect(page.getByTestId("post-row").first().locator("time")).toContainText(/Jul \d{1,2}, 2015/);
    // Removing the "all posts" filter leaves the period, in which Germany posted nothing.
    await page.getByRole("link", { name: /Remove filter All posts/ }).click();
    await expect(page.getByTestId("post-total")).toHaveText("0 posts in the period");
  });

  test("explains malformed filters", async ({ page }) => {
    await page.goto("/posts?category=gossip&page=-1");
    await expect(page.getByTestId("filter-error")).toContainText("These filters are not valid: category, page");
  });
});
