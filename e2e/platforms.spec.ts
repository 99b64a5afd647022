import { expect, test } from "@playwright/test";
import { demoDb, scalar } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const PLATFORMS = "/platforms?asOf=2017-08-15";

/** Missions with an account that posted in the 90 days up to the survey date, counted straight from the store. */
async function missionsWithActiveMicroblog() {
  return scalar(
    `SELECT COUNT(DISTINCT a."missionId") FROM "Account" a
     WHERE a.platform = 'x' AND EXISTS (SELECT 1 FROM "Post" p WHERE p."accountId" = a.id AND p."postedAt" >= '2017-05-18' AND p."postedAt" < '2017-08-16')`,
  );
}

test.describe("platforms and formats (analyst)", () => {
  test("shows the ministry by format against the target mix and against foreign ministries worldwide", async ({
    page,
  }) => {
    // Reached from the main navigation's insights list, keeping the as-of date.
    await page.goto("/?asOf=2017-08-15");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Strategy insights" })).toBeVisible();
    await page.getByTestId("insight-list").getByRole("link", { name: "Platforms and formats" }).click();
    await expect(page).toHaveURL(/\/platforms/);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }),
    ).toHaveAttribute("aria-current", "page");
    await page.goto(PLATFORMS);
    await expect(page.getByRole("heading", { level: 1, name: "Platforms and formats" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    const missions = await scalar(`SELECT COUNT(*) FROM "Mission"`);
    const active = await missionsWithActiveMicroblog();
    await expect(
      page.locator("[data-testid=ministry-format-row][data-format=microblog] [data-testid=missions-active]"),
    ).toHaveText(`${active} of ${missions}`);
    await expect(page.locator("[data-testid=ministry-format-row][data-format=blog_website]")).toContainText("target");
    await expect(page.getByTestId("mission-format-row")).toHaveCount(missions);
    // Reference data from the seed article, with its source.
    await expect(page.getByTestId("adoption-source")).toContainText("DiploFoundation");
    await expect(
      page.locator("[data-testid=adoption-row][data-platform=website] [data-testid=ministries-using]"),
    ).toHaveText("170");
    await expect(
      page.locator("[data-testid=adoption-row][data-platform=twitter] [data-testid=our-missions-present]"),
    ).toHaveText(String(missions));

    // A cell opens the account behind it.
    const germany = page.locator("[data-testid=mission-format-row]", { hasText: "Germany" });
    await expect(germany.getByTestId("mission-gaps")).toHaveText("Website / blog, Microblog, Social network");
    await germany.locator("[data-format=microblog] a").click();
    await expect(page).toHaveURL(/\/accounts\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("demo_mn_germany");

    await page.goto(PLATFORMS);
    await page.screenshot({ path: "e2e/screenshots/platforms-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "e2e/screenshots/platforms-phone.png", fullPage: true });
  });

  test("HQ changes the target mix and the gaps follow", async ({ page }) => {
    await page.goto(PLATFORMS);
    const form = page.getByTestId("target-formats-form");
    await form.getByLabel("Social network").uncheck();
    await form.getByLabel("Website / blog").uncheck();
    await form.getByRole("button", { name: "Save target mix" }).click();
    await expect(page.getByTestId("target-formats-status")).toHaveText("Target mix saved.");
    await page.reload();
    const singapore = page.locator("[data-testid=mission-format-row]", { hasText: "Singapore" });
    await expect(singapore.getByTestId("mission-gaps")).toHaveText("None");
    const stored = await demoDb().execute(`SELECT value FROM "Setting" WHERE key = 'platformTargetFormats'`);
    expect(JSON.parse(String(stored.rows[0]!.value))).toEqual(["microblog"]);
    // Back to the default for the other tests.
    await page.getByTestId("target-formats-form").getByLabel("Social network").check();
    await page.getByTestId("target-formats-form").getByLabel("Website / blog").check();
    await page.getByTestId("target-formats-form").getByRole("button", { name: "Save target mix" }).click();
    await expect(page.getByTestId("target-formats-status")).toHaveText("Target mix saved.");
  });
});

test.describe("platforms and formats (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorGermany") });

  test("sees their own mission's row and the ministry as counts, without the target form", async ({ page }) => {
    await page.goto(PLATFORMS);
    await expect(page.getByTestId("mission-format-row")).toHaveCount(1);
    await expect(page.getByTestId("mission-format-row")).toContainText("Germany");
    await expect(page.getByTestId("ministry-format-row")).not.toHaveCount(0);
    await expect(page.getByTestId("target-formats-form")).toHaveCount(0);
  });
});

test.describe("platforms and formats (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads every mission without the target form", async ({ page }) => {
    await page.goto(PLATFORMS);
    const missions = await scalar(`SELECT COUNT(*) FROM "Mission"`);
    await expect(page.getByTestId("mission-format-row")).toHaveCount(missions);
    await expect(page.getByTestId("target-formats-form")).toHaveCount(0);
  });
});
