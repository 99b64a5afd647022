import { expect, test } from "@playwright/test";
import { emptyStoreUrl, signInOnEmptyStore } from "./support/users";

/**
 * What a new install shows before any data is in. Its own Playwright project
 * runs these before the other specs, since the import specs then fill the
 * same store.
 */
test.use({ storageState: { cookies: [], origins: [] } });

test.describe("empty store", () => {
  test("says how to get data in, to the first administrator created with the CLI", async ({ page }) => {
    await page.goto(`${emptyStoreUrl()}/`);
    await expect(page).toHaveURL(/\/signin/);
    await signInOnEmptyStore(page);
    await expect(page.getByTestId("empty-store")).toContainText("The store is empty");
    await expect(page.getByTestId("mission-table")).toHaveCount(0);
  });

  test("says there are no themes yet", async ({ page }) => {
    await signInOnEmptyStore(page, "/themes");
    await page.goto(`${emptyStoreUrl()}/themes`);
    await expect(page.getByTestId("no-themes")).toContainText("No themes yet");
  });
});
