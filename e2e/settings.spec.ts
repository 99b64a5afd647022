import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { storageStateFor } from "./support/users";

const SURVEY_DAY = "/?asOf=2017-08-15";

async function saveThreshold(page: Page, days: string) {
  await page.goto("/admin/settings");
  const form = page.getByTestId("settings-form");
  await form.getByLabel("Dormancy threshold T (days)").fill(days);
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText(/Settings saved|Nothing changed/);
}

test.describe("metric settings", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an administrator sets T = 365 and the overview applies it at once", async ({ page }, testInfo) => {
    await page.goto("/admin/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }),
    ).toHaveAttribute("aria-current", "page");
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "settings");

    // A refusal names the field and saves nothing.
    const form = page.getByTestId("settings-form");
    const threshold = form.getByLabel("Dormancy threshold T (days)");
    await threshold.fill("0");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(threshold).toHaveAttribute("aria-invalid", "true");
    await expect(threshold).toHaveAccessibleDescription(/from 1 to 3650/);
    await page.goto(SURVEY_DAY);
    await expect(page.getByTestId("status-count-dormant")).toHaveText("11");

    // The demo store is shared by the specs of this worker: the default comes back whatever happens.
    try {
      await saveThreshold(page, "365");
      await page.goto(SURVEY_DAY);
      await expect(page.getByTestId("status-count-active")).toHaveText("21");
      await expect(page.getByTestId("status-count-dormant")).toHaveText("8");
      await page.goto("/admin/audit");
      await expect(page.getByText("Metric settings changed").first()).toBeVisible();
    } finally {
      await saveThreshold(page, "90");
    }
    await page.goto(SURVEY_DAY);
    await expect(page.getByTestId("status-count-dormant")).toHaveText("11");
  });
});

test.describe("metric settings, not an administrator", () => {
  test("an analyst finds no settings screen and no link to it", async ({ page }) => {
    const response = await page.goto("/admin/settings");
    expect(response?.status()).toBe(404);
    await page.goto(SURVEY_DAY);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  });
});
