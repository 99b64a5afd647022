import { expect, test, type Page } from "@playwright/test";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { storageStateFor } from "./support/users";

/**
 * Editing keyword rules re-tags stored posts; manual tags survive. The demo
 * store is shared with the other specs, so every change is undone at the end.
 */
async function themeId(): Promise<string> {
  const result = await demoDb().execute("SELECT id FROM Theme WHERE slug = 'democratization'");
  return String(result.rows[0]!.id);
}

const taggedInPeriod = (id: string) =>
  scalar(
    // The theme screen counts the missions' institutional accounts (ambassadors' personal ones are kept apart).
    `SELECT COUNT(DISTINCT pt.postId) FROM PostTheme pt JOIN Post p ON p.id = pt.postId JOIN Account a ON a.id = p.accountId
     WHERE pt.themeId = ? AND a.ownerType = 'institutional' AND p.postedAt >= ? AND p.postedAt < ?`,
    [id, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  );

async function openDemocratization(page: Page, id: string) {
  await page.goto(`/themes/${id}?asOf=2017-08-15`);
  await expect(page.getByRole("heading", { level: 1, name: "Democratization" })).toBeVisible();
}

test.describe("keyword rules", () => {
  test("an analyst adds a rule, the tagged posts go up by the matching posts, and removing it restores them", async ({
    page,
  }) => {
    // Two re-tags of the whole store, each up to 20 s on a loaded machine.
    test.slow();
    const id = await themeId();
    const before = await taggedInPeriod(id);
    const matching = await scalar(
      `SELECT COUNT(*) FROM Post p JOIN Account a ON a.id = p.accountId
       WHERE a.ownerType = 'institutional' AND p.text LIKE '%wrestlers%' AND p.postedAt >= ? AND p.postedAt < ?
       AND NOT EXISTS (SELECT 1 FROM PostTheme pt WHERE pt.postId = p.id AND pt.themeId = ?)`,
      [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive, id],
    );
    expect(matching).toBeGreaterThan(0);
    await openDemocratization(page, id);
    await expect(page.getByTestId("theme-summary")).toContainText(`${before.toLocaleString("en")} tagged posts`);

    const form = page.getByTestId("add-rule-form");
    await form.getByLabel("Language").selectOption("en");
    await form.getByLabel("Word or phrase").fill("wrestlers");
    await form.getByRole("button", { name: "Add and re-tag" }).click();
    await expect(page.getByTestId("add-rule-status")).toContainText("Re-tagged:", { timeout: 20_000 });
    await expect(page.getByTestId("theme-summary")).toContainText(
      `${(before + matching).toLocaleString("en")} tagged posts`,
    );
    expect(await taggedInPeriod(id)).toBe(before + matching);
    await expect(page.locator("[data-language=en] [data-testid=keyword]", { hasText: "wrestlers" })).toBeVisible();

    // The same rule twice is refused and changes nothing.
    await form.getByLabel("Word or phrase").fill("wrestlers");
    await form.getByRole("button", { name: "Add and re-tag" }).click();
    await expect(page.getByTestId("add-rule-status")).toHaveText("This rule exists already.");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Remove wrestlers" }).click();
    await expect(page.locator("[data-testid=keyword]", { hasText: "wrestlers" })).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByTestId("theme-summary")).toContainText(`${before.toLocaleString("en")} tagged posts`);
    expect(await taggedInPeriod(id)).toBe(before);
  });

  test("a manual tag survives a rule change and can be removed", async ({ page }) => {
    const id = await themeId();
    const before = await taggedInPeriod(id);
    // A post about climate that Democratization's rules do not tag.
    await page.goto("/posts?asOf=2017-08-15&category=broadcast");
    const row = page.getByTestId("post-row").filter({ hasText: "desertification" }).first();
    await expect(row).toBeVisible();
    await row.getByText("Tag with a theme").click();
    await row.getByLabel("Choose a theme").selectOption({ label: "Democratization" });
    await row.getByRole("button", { name: "Tag", exact: true }).click();
    const manual = row.locator("[data-source=manual]", { hasText: "Democratization" });
    await expect(manual).toBeVisible();
    expect(await taggedInPeriod(id)).toBe(before + 1);

    // Re-tagging by a rule edit leaves it alone.
    await openDemocratization(page, id);
    const form = page.getByTestId("add-rule-form");
    await form.getByLabel("Language").selectOption("en");
    await form.getByLabel("Word or phrase").fill("roundtable");
    await form.getByRole("button", { name: "Add and re-tag" }).click();
    await expect(page.getByTestId("add-rule-status")).toContainText("Manual tags are kept.", { timeout: 20_000 });
    await page.getByRole("button", { name: "Remove roundtable" }).click();
    await expect(page.locator("[data-testid=keyword]", { hasText: "roundtable" })).toHaveCount(0, { timeout: 20_000 });
    expect(await scalar("SELECT COUNT(*) FROM PostTheme WHERE themeId = ? AND source = 'manual'", [id])).toBe(1);

    await page.goto("/posts?asOf=2017-08-15&category=broadcast");
    const again = page.getByTestId("post-row").filter({ hasText: "desertification" }).first();
    await again.getByRole("button", { name: "Remove the manual tag Democratization" }).click();
    await expect(again.locator("[data-source=manual]")).toHaveCount(0);
    expect(await taggedInPeriod(id)).toBe(before);
  });

  test("leadership and ambassadors see the rules and tags read-only", async ({ browser }) => {
    const id = await themeId();
    for (const role of ["leadership", "ambassadorGermany"] as const) {
      const context = await browser.newContext({ storageState: storageStateFor(role) });
      const page = await context.newPage();
      await openDemocratization(page, id);
      await expect(page.getByTestId("keyword").first()).toBeVisible();
      await expect(page.getByTestId("add-rule-form")).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
      // Germany's account is dormant at the survey date: its posts of all time.
      await page.goto("/posts?asOf=2017-08-15&since=all");
      await expect(page.getByTestId("post-row").first()).toBeVisible();
      await expect(page.getByText("Tag with a theme")).toHaveCount(0);
      await context.close();
    }
  });
});
