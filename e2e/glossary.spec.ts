import { expect, test, type Locator, type Page } from "@playwright/test";

const SURVEY = "/?asOf=2017-08-15";

/** The dormancy threshold T the overview states in its range bar (a setting, 90 days unless changed). */
async function thresholdDays(page: Page): Promise<number> {
  const text = await page.getByText(/^Dormant after \d+ days? without a post$/).textContent();
  return Number(text!.match(/\d+/)![0]);
}

/** The overview's key figures (the status cards and the shares). */
const keyFigures = (page: Page) => page.getByRole("region", { name: "Key figures" });

/** The tooltip a term refers to; the reference appears once the page is hydrated. */
async function tooltipOf(page: Page, term: Locator): Promise<Locator> {
  await expect(term).toHaveAttribute("aria-describedby", /.+/);
  const id = await term.getAttribute("aria-describedby");
  const tooltip = page.locator(`[id="${id}"]`);
  await expect(tooltip).toHaveAttribute("role", "tooltip");
  return tooltip;
}

test.describe("glossary terms", () => {
  test("Dormant shows its definition, with the threshold in effect, on keyboard focus and on hover; Escape hides it", async ({
    page,
  }) => {
    await page.goto(SURVEY);
    const days = await thresholdDays(page);
    const term = keyFigures(page).getByRole("button", { name: "Dormant", exact: true });
    const tooltip = await tooltipOf(page, term);
    const definition = `The account has posted before, but not in the ${days} days before the as-of date (the dormancy threshold, a setting).`;
    await expect(tooltip).toBeHidden();

    await term.focus();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(definition);
    await expect(term).toHaveAccessibleDescription(new RegExp(`not in the ${days} days before the as-of date`));
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
    await expect(term).toBeFocused();

    await term.blur();
    await term.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(definition);
    // The pointer may move onto the definition without it closing (WCAG 1.4.13).
    await tooltip.hover();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });

  test("a sortable column's header keeps its sort link and carries the definition", async ({ page }) => {
    await page.goto(SURVEY);
    const header = page.getByRole("link", { name: "Sort by Engagement share" });
    const tooltip = await tooltipOf(page, header);
    await header.focus();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("Engagement posts ÷ (engagement + broadcast posts) in the period.");
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });

  test("at 390 px each definition stays inside the viewport and the page does not widen", async ({ page }) => {
    const viewport = { width: 390, height: 844 };
    await page.setViewportSize(viewport);
    await page.goto(SURVEY);
    const terms = [
      keyFigures(page).getByRole("button", { name: "Dormant", exact: true }),
      keyFigures(page).getByRole("button", { name: "Engagement share", exact: true }),
      // Right-hand columns of the mission table, whose box scrolls sideways at this width.
      page.getByRole("link", { name: "Sort by Engagement share" }),
      page.getByRole("link", { name: "Sort by Health" }),
      page.getByTestId("kinds-legend").getByRole("button", { name: "amplification" }),
    ];
    for (const term of terms) {
      const tooltip = await tooltipOf(page, term);
      await term.focus();
      await expect(tooltip).toBeVisible();
      const box = (await tooltip.boundingBox())!;
      expect(box.x, "left edge").toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, "right edge").toBeLessThanOrEqual(viewport.width);
      expect(box.y, "top edge").toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, "bottom edge").toBeLessThanOrEqual(viewport.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press("Escape");
      await expect(tooltip).toBeHidden();
    }
  });
});
