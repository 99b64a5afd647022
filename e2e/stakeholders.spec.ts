import { expect, test, type Page } from "@playwright/test";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const AS_OF = "asOf=2017-08-15";
const PAGE = `/stakeholders?${AS_OF}`;

const missionId = (slug: string) =>
  demoDb()
    .execute({ sql: `SELECT id FROM "Mission" WHERE slug = ?`, args: [slug] })
    .then((r) => String(r.rows[0]!.id));

/**
 * Posts of a mission's accounts (or every mission's) in the survey period
 * that interact with a handle, straight from the database: a repost counts
 * for whom it reposts, any other post for whom it replies to, quotes or mentions.
 */
async function interactionsWith(handle: string, missionSlug: string | null): Promise<number> {
  return scalar(
    `SELECT COUNT(*) FROM "Post" p JOIN "Account" a ON a.id = p.accountId JOIN "Mission" m ON m.id = a.missionId
     WHERE p.postedAt >= ? AND p.postedAt < ? AND (? IS NULL OR m.slug = ?)
       AND (lower(p.repostOfHandle) = ? OR (p.repostOfHandle IS NULL AND (lower(p.replyToHandle) = ? OR lower(p.quotedHandle) = ?
            OR EXISTS (SELECT 1 FROM "PostMention" pm WHERE pm.postId = p.id AND lower(pm.handle) = ?))))`,
    [
      SURVEY_PERIOD.from,
      SURVEY_PERIOD.toExclusive,
      missionSlug ?? null,
      missionSlug ?? "",
      handle,
      handle,
      handle,
      handle,
    ] as (string | number)[],
  );
}

const row = (page: Page, handle: string) => page.locator(`[data-testid=stakeholder-row][data-handle="${handle}"]`);

test.describe.configure({ mode: "serial" });

test.describe("stakeholders (analyst)", () => {
  test("the directory's figure matches the database and clicks through to exactly those posts", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "Stakeholders" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("category-share")).toHaveCount(9);
    await expect(page.getByTestId("mission-shares").locator("tbody tr")).toHaveCount(28);
    const expected = await interactionsWith("demo_united_nations", null);
    expect(expected).toBeGreaterThan(0);
    const link = row(page, "demo_united_nations").getByTestId("interactions");
    await expect(link).toHaveText(expected.toLocaleString("en"));
    await expect(row(page, "demo_united_nations")).toContainText("International organisation");
    await link.click();
    await expect(page).toHaveURL(/\/posts\?.*with=demo_united_nations/);
    await expect(page.getByTestId("post-total")).toHaveText(`${expected.toLocaleString("en")} posts in the period`);
    await expect(page.getByText("With @demo_united_nations")).toBeVisible();
  });

  test("labels one account", async ({ page }) => {
    await page.goto(`${PAGE}&q=demo_sg_university`);
    const target = row(page, "demo_sg_university");
    await expect(target).toHaveCount(1);
    // Unlabelled: no category is chosen for it, and a Save without a choice is refused and writes nothing.
    const select = target.getByLabel("Label", { exact: true });
    await expect(select).toHaveValue("");
    await expect(select.locator("option:checked")).toHaveText("Choose…");
    await target.getByRole("button", { name: "Save" }).click();
    await expect(target.getByRole("alert")).toHaveText("Choose a category.");
    await expect(select).toHaveAttribute("aria-invalid", "true");
    expect(await scalar(`SELECT COUNT(*) FROM "Stakeholder" WHERE handle = 'demo_sg_university'`)).toBe(0);
    await select.selectOption("civil_society");
    await target.getByLabel("Name").fill("National University (demo)");
    await target.getByRole("button", { name: "Save" }).click();
    await expect(target.getByRole("status")).toHaveText("Saved.");
    const saved = await demoDb().execute(
      `SELECT category, displayName FROM "Stakeholder" WHERE platform = 'x' AND handle = 'demo_sg_university'`,
    );
    expect(saved.rows[0]).toMatchObject({ category: "civil_society", displayName: "National University (demo)" });
  });

  test("a labelled account's form shows its label", async ({ page }) => {
    await page.goto(`${PAGE}&q=demo_sg_news`);
    await expect(row(page, "demo_sg_news").getByLabel("Label", { exact: true })).toHaveValue("media");
  });

  test("the top interlocutors' Share column fits in the table at 1440 px", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const url of [PAGE, `${PAGE}&mission=${await missionId("singapore")}`]) {
      await page.goto(url);
      const table = page.getByTestId("top-interlocutors");
      const region = table.locator("xpath=..");
      const visible = (await region.boundingBox())!;
      const share = (await table.getByRole("columnheader", { name: "Share" }).boundingBox())!;
      expect(share.x).toBeGreaterThanOrEqual(visible.x);
      expect(share.x + share.width).toBeLessThanOrEqual(visible.x + visible.width + 0.5);
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
  });

  test("bulk-labels the selected accounts with one category", async ({ page }) => {
    await page.goto(`${PAGE}&category=unlabelled&q=_university`);
    const rows = page.getByTestId("stakeholder-row");
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    await page.getByLabel("Select all on this page").check();
    await expect(page.getByTestId("bulk-selected")).toHaveText(`${count} accounts selected`);
    await page.getByLabel("Category for the selected accounts").selectOption("other");
    await page.getByRole("button", { name: "Label selected" }).click();
    await expect(page.getByTestId("bulk-status")).toHaveText(`${count} accounts labelled.`);
    expect(
      await scalar(`SELECT COUNT(*) FROM "Stakeholder" WHERE handle LIKE '%university' AND category = 'other'`),
    ).toBe(count);
    // The one labelled before keeps its own category.
    expect(
      await scalar(
        `SELECT COUNT(*) FROM "Stakeholder" WHERE handle = 'demo_sg_university' AND category = 'civil_society'`,
      ),
    ).toBe(1);
  });

  test("refuses a bad CSV with line-numbered problems and imports a good one", async ({ page }) => {
    await page.goto(PAGE);
    const before = await scalar(`SELECT COUNT(*) FROM "Stakeholder"`);
    const upload = async (name: string, text: string) => {
      await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
      await page.getByRole("button", { name: "Import labels" }).click();
    };
    await upload("bad.csv", "platform,handle,category\nx,demo_e2e_one,media\nx,demo_e2e_two,gossip\n");
    const status = page.getByTestId("csv-status");
    await expect(status.getByRole("alert")).toContainText("Nothing was imported");
    await expect(status).toContainText('Line 3 (category): Unknown category "gossip"');
    expect(await scalar(`SELECT COUNT(*) FROM "Stakeholder"`)).toBe(before);

    await upload(
      "good.csv",
      "platform,handle,category,displayName\nx,demo_e2e_one,media,One\nx,@Demo_E2E_Two,diaspora,\n",
    );
    await expect(status.getByRole("status")).toHaveText("2 labels imported.");
    expect(await scalar(`SELECT COUNT(*) FROM "Stakeholder"`)).toBe(before + 2);
    expect(
      await scalar(`SELECT COUNT(*) FROM "Stakeholder" WHERE handle = 'demo_e2e_two' AND category = 'diaspora'`),
    ).toBe(1);
  });

  test("screenshots at desktop and phone widths", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGE);
    await expect(page.getByTestId("category-shares")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/stakeholders-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${PAGE}&mission=${await missionId("singapore")}`);
    await expect(page.getByTestId("top-interlocutors")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/stakeholders-phone.png", fullPage: true });
  });
});

test.describe("stakeholders (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorSingapore") });

  test("lands on their own mission's view, read-only, and cannot open another mission's", async ({ page }) => {
    const singapore = await missionId("singapore");
    await page.goto(PAGE);
    await expect(page).toHaveURL(new RegExp(`mission=${singapore}`));
    await expect(page.getByRole("heading", { level: 1, name: "Stakeholders of Singapore" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("bulk-label-form")).toHaveCount(0);
    await expect(page.getByTestId("csv-form")).toHaveCount(0);
    await expect(page.getByTestId("label-form")).toHaveCount(0);
    await expect(page.getByTestId("mission-shares")).toHaveCount(0);
    const expected = await interactionsWith("demo_united_nations", "singapore");
    await expect(row(page, "demo_united_nations").getByTestId("interactions")).toHaveText(
      expected.toLocaleString("en"),
    );
    expect((await page.goto(`${PAGE}&mission=${await missionId("germany")}`))?.status()).toBe(404);
  });
});

test.describe("stakeholders (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads the ministry view but cannot label", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "Stakeholders" })).toBeVisible();
    await expect(page.getByTestId("mission-shares").locator("tbody tr")).toHaveCount(28);
    await expect(page.getByTestId("bulk-label-form")).toHaveCount(0);
    await expect(page.getByTestId("csv-form")).toHaveCount(0);
    await expect(page.getByTestId("label-form")).toHaveCount(0);
    await expect(row(page, "demo_united_nations").getByTestId("label-cell")).toHaveText("International organisation");
  });
});
