import { expect, test, type Page } from "@playwright/test";

const SURVEY = "/?asOf=2017-08-15";

async function columnNumbers(page: Page, column: number): Promise<number[]> {
  const cells = page.locator(`[data-testid=mission-table] tbody tr td:nth-child(${column})`);
  const texts = await cells.evaluateAll((tds) => tds.map((td) => td.childNodes[0]?.textContent ?? ""));
  return texts.map((text) => Number(text.replace(/[^\d.]/g, "")));
}

test.describe("HQ overview", () => {
  test("shows 11 dormant of 29 accounts as of the survey date", async ({ page }) => {
    await page.goto(SURVEY);
    await expect(page.getByRole("heading", { level: 1, name: "Ministry overview" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("period")).toContainText("May 18, 2017 – Aug 15, 2017 (90 days)");
    await expect(page.getByTestId("status-count-dormant")).toHaveText("11");
    await expect(page.getByTestId("status-card-dormant")).toContainText("11 accounts of 29");
    await expect(page.getByTestId("status-count-active")).toHaveText("18");
    await expect(page.getByTestId("status-count-silent")).toHaveText("0");
    await expect(page.getByTestId("mission-row")).toHaveCount(28);
    await expect(page.getByTestId("demo-banner")).toBeVisible();
  });

  test("pages the mission table and the heatmap together, keeping the sort and the rows per page", async ({ page }) => {
    await page.goto(`${SURVEY}&sort=posts`);
    const order = await page
      .getByTestId("mission-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-mission")));
    expect(order).toHaveLength(28);
    const heatmapRows = page.locator("[data-testid=coverage-heatmap] tbody tr");
    await page.getByTestId("mission-pages").getByRole("link", { name: "10", exact: true }).click();
    await expect(page).toHaveURL(/rows=10/);
    await expect(page.getByTestId("mission-pages").getByTestId("page-of")).toHaveText("Page 1 of 3");
    await expect(page.getByTestId("missions-count")).toContainText("this page: 1–10");
    const shownOn = async () => ({
      table: await page
        .getByTestId("mission-row")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-mission"))),
      heatmap: await heatmapRows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-mission"))),
    });
    expect(await shownOn()).toEqual({ table: order.slice(0, 10), heatmap: order.slice(0, 10) });
    await page.getByTestId("mission-pages").getByRole("link", { name: "Next" }).click();
    await expect(page.getByTestId("mission-pages").getByTestId("page-of")).toHaveText("Page 2 of 3");
    expect(await shownOn()).toEqual({ table: order.slice(10, 20), heatmap: order.slice(10, 20) });
    await page.getByTestId("heatmap-pages").getByRole("link", { name: "Next" }).click();
    await expect(page.getByTestId("mission-pages").getByTestId("page-of")).toHaveText("Page 3 of 3");
    expect(await shownOn()).toEqual({ table: order.slice(20), heatmap: order.slice(20) });
    await expect(page).toHaveURL(/sort=posts/);
    // A page past the end shows the last; a malformed one the first.
    await page.goto(`${SURVEY}&sort=posts&rows=10&page=99`);
    await expect(page.getByTestId("mission-pages").getByTestId("page-of")).toHaveText("Page 3 of 3");
    await page.goto(`${SURVEY}&sort=posts&rows=7&page=x`);
    await expect(page.getByTestId("mission-row")).toHaveCount(28);
  });

  test("defaults the as-of date to the newest activity in the store", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("as-of")).toContainText("newest activity in the store");
  });

  test("lists the accounts that need HQ first, each with its mission, evidence and next step", async ({ page }) => {
    await page.goto(SURVEY);
    const actions = page.getByTestId("hq-actions");
    await expect(actions.getByRole("heading", { name: "Needs HQ now" })).toBeVisible();
    const dormant = actions.locator("[data-testid=hq-action-group][data-kind=dormant]");
    await expect(dormant.getByRole("heading")).toHaveText("Dormant: 11 accounts");
    // Longest silent first: Germany's last post is 27 July 2015, 750 days before the survey date.
    await expect(dormant.getByTestId("hq-action").first()).toContainText("Germany");
    await expect(dormant.getByTestId("hq-action").first()).toContainText("Last post Jul 27, 2015, 750 days ago.");
    // HQ's dormant English account is named with its own last post, not the active account's.
    await expect(dormant.locator("[data-account=demo_mn_mfa_en]")).toContainText(
      "Last post Dec 17, 2016, 241 days ago.",
    );
    await expect(dormant.getByTestId("hq-action-next")).toContainText(
      "to post again within the month or to close the account",
    );
    await expect(actions.locator("[data-kind=private] [data-account=demo_mn_italy]")).toContainText("Italy");
    await expect(actions.locator("[data-kind=broadcasting] [data-account=demo_mn_australia]")).toContainText(
      "88.3% of its posts in the period are broadcasts.",
    );
    await expect(page.getByTestId("private-note")).toContainText("1 private account: @demo_mn_italy (Italy).");
    await dormant.getByRole("link", { name: "Germany", exact: true }).click();
    await expect(page).toHaveURL(/\/missions\/[^?]+\?asOf=2017-08-15/);
    await expect(page.getByRole("heading", { level: 1, name: "Germany" })).toBeVisible();
  });

  test("warns of an account about to go dormant, with the day it will", async ({ page }) => {
    // HQ's English account last posted on 17 December 2016: 74 days before 1 March 2017, dormant from 18 March (91 days).
    await page.goto("/?asOf=2017-03-01");
    const soon = page.locator("[data-testid=hq-action-group][data-kind=goingDormant]");
    await expect(soon.locator("[data-account=demo_mn_mfa_en]")).toContainText(
      "Last post Dec 17, 2016; dormant from Mar 18, 2017 unless it posts (17 days left).",
    );
    await expect(soon.getByTestId("hq-action-next")).toContainText("to post before the day shown");
  });

  test("shows each dormant account's own last post in a mission with several accounts, and a legend for B · E · A", async ({
    page,
  }) => {
    await page.goto(SURVEY);
    const hq = page.locator("[data-testid=mission-row]", { hasText: "Ministry of Foreign Affairs (HQ)" });
    await expect(hq.locator("[data-testid=account-last-post][data-account=demo_mn_mfa_en]")).toHaveText(
      "@demo_mn_mfa_en: Dormant, last post Dec 17, 2016",
    );
    await expect(page.getByTestId("kinds-legend")).toContainText("B broadcast, E engagement, A amplification");
  });

  test("opens a dormant mission and shows its last post month", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByTestId("status-card-dormant").click();
    await expect(page).toHaveURL(/status=dormant/);
    // Ten dormant embassies and consulates, plus HQ with its dormant English account.
    await expect(page.getByTestId("mission-row")).toHaveCount(11);
    await page.getByTestId("mission-table").getByRole("link", { name: "Germany", exact: true }).click();
    await expect(page).toHaveURL(/\/missions\/[^?]+\?asOf=2017-08-15/);
    await expect(page.getByRole("heading", { level: 1, name: "Germany" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    const row = page.getByTestId("account-row");
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("last-post")).toContainText(/July \d{1,2}, 2015/);
    await expect(row).toContainText("Dormant");
  });

  test("shows both HQ accounts, one active and one dormant since December 2016", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByTestId("mission-table").getByRole("link", { name: "Ministry of Foreign Affairs (HQ)" }).click();
    await expect(page.getByTestId("mission-summary")).toHaveText("2 accounts: 1 active, 1 dormant, 0 never posted");
    const english = page.locator("[data-handle=demo_mn_mfa_en]");
    await expect(english).toContainText("Dormant");
    await expect(english.getByTestId("last-post")).toContainText(/December \d{1,2}, 2016/);
  });

  test("flags the private account without changing its status", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByTestId("mission-table").getByRole("link", { name: "Italy", exact: true }).click();
    const row = page.getByTestId("account-row");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("Private");
  });

  test("sorts the mission table by posts in period, both ways, in the URL", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByRole("link", { name: "Sort by Posts in period" }).click();
    await expect(page).toHaveURL(/sort=posts&dir=desc/);
    const descending = await columnNumbers(page, 4);
    expect(descending.length).toBe(28);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Sort by Posts in period" }).click();
    await expect(page).toHaveURL(/sort=posts&dir=asc/);
    const ascending = await columnNumbers(page, 4);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect(page.locator("th[aria-sort=ascending]")).toContainText("Posts in period");
  });

  test("changes the as-of date with the form and recounts", async ({ page }) => {
    await page.goto(SURVEY);
    await page.getByLabel("As of").fill("2016-01-15");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/asOf=2016-01-15/);
    await expect(page.getByTestId("as-of")).toContainText("As of Jan 15, 2016");
    // Germany (last post July 2015) is dormant by then.
    const germany = page.locator("[data-testid=mission-table] [data-mission=germany]");
    await expect(germany).toContainText("Dormant");
  });

  test("explains an invalid as-of date instead of failing", async ({ page }) => {
    const response = await page.goto("/?asOf=2017-02-30");
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByTestId("range-error")).toContainText("“2017-02-30” is not a valid as-of date");
    await page.getByRole("link", { name: "Show the latest figures" }).click();
    await expect(page.getByTestId("status-count-dormant")).toBeVisible();
  });

  test("explains an invalid period", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15&period=abc");
    await expect(page.getByTestId("range-error")).toContainText("“abc” is not a valid period");
  });

  test("says a mission that does not exist is not found", async ({ page }) => {
    await page.goto("/missions/does-not-exist");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
