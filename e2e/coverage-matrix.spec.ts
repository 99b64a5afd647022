import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/users";

test.describe("coverage matrix", () => {
  test("shows all 28 missions without an inner vertical scroll box, the ended ASEM 2016 column last", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/?asOf=2017-08-15");
    const rows = page.locator("[data-testid=coverage-heatmap] tbody tr");
    await expect(rows).toHaveCount(28);
    const box = page.getByTestId("coverage-heatmap-scroll");
    const { scrollHeight, clientHeight } = await box.evaluate((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
    }));
    // No rows hidden below an inner scroll edge: the box is as tall as its table.
    expect(scrollHeight - clientHeight).toBeLessThanOrEqual(1);
    await expect(box).toHaveAttribute("tabindex", "0");
    const lastTheme = page.locator("[data-testid=coverage-heatmap] tbody tr").first().locator("td").last();
    await expect(lastTheme).toHaveAttribute("data-theme", /.+/);
    const headers = await page
      .locator("[data-testid=coverage-heatmap] thead th")
      .evaluateAll((ths) => ths.map((th) => th.textContent ?? ""));
    expect(headers.at(-1)).toContain("ASEM");
  });
});

test.describe("figures footer", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("is under the overview but not under the user administration", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    await expect(page.getByTestId("figures-footer")).toBeVisible();
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Figures are computed as of the date shown")).toHaveCount(0);
  });
});
