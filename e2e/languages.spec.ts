import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const AS_OF = "asOf=2017-08-15";

async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}

/** A mission's own posts (engagement and broadcast) in the survey period, straight from the database. */
const OWN_POSTS = `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId JOIN Mission ON Mission.id = Account.missionId
  WHERE Mission.slug = ? AND Account.ownerType = 'institutional' AND Post.postedAt >= ? AND Post.postedAt < ? AND Post.category IN ('engagement', 'broadcast')`;
const own = (slug: string, extra = "", args: string[] = []) =>
  scalar(`${OWN_POSTS} ${extra}`, [slug, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive, ...args]);
// The demo store spells every language as a bare lower-case code.
const inLanguage = (slug: string, code: string) => own(slug, "AND Post.language = ?", [code]);
const known = (slug: string) => own(slug, "AND Post.language IS NOT NULL");

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const row = (page: Page, mission: string) => page.locator(`[data-testid=languages-row][data-mission="${mission}"]`);
const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

test.describe("languages (analyst)", () => {
  test("the ministry view shows Japan's host-vernacular share as in the database, flagged missions first", async ({
    page,
  }) => {
    await page.goto("/insights");
    await page.getByTestId("insight-list").getByRole("link", { name: "Languages" }).click();
    await expect(page).toHaveURL(/\/languages/);
    await page.goto(`/languages?${AS_OF}`);
    await expect(page.getByRole("heading", { level: 1, name: "Languages" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("period")).toContainText("90 days");
    await expect(
      page.getByText(/an English post in the United States is both in a host-country language and in English/),
    ).toBeVisible();
    const rows = page.getByTestId("languages-row");
    await expect(rows).toHaveCount(28);
    const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-flagged") === "true"));
    const flaggedCount = flags.filter(Boolean).length;
    expect(flags).toEqual([...Array(flaggedCount).fill(true), ...Array(28 - flaggedCount).fill(false)]);
    for (const mission of ["Sweden", "Thailand", "Italy"]) {
      await expect(row(page, mission)).toHaveAttribute("data-flagged", "true");
      await expect(row(page, mission).getByTestId("flag-no-host-vernacular")).toBeVisible();
    }
    await expect(row(page, "Japan")).toHaveAttribute("data-flagged", "false");

    const japanese = await inLanguage("japan", "ja");
    const japanKnown = await known("japan");
    expect(japanese).toBeGreaterThan(0);
    const hostShare = row(page, "Japan").getByTestId("host-share");
    await expect(hostShare).toHaveAttribute("data-count", String(japanese));
    await expect(hostShare).toHaveText(`${percent(japanese, japanKnown)} (${japanese})`);
    await expect(row(page, "Japan").getByTestId("own-posts")).toHaveText((await own("japan")).toLocaleString("en-US"));
    const english = await inLanguage("japan", "en");
    await expect(row(page, "Japan").getByTestId("english-share")).toHaveText(
      `${percent(english, japanKnown)} (${english})`,
    );
    await expectNoSeriousViolations(page);

    // The figure opens the posts behind it: Japan's own posts in Japanese in the same period.
    await hostShare.click();
    await expect(page).toHaveURL(/\/posts\?.*language=ja/);
    await expect(page).toHaveURL(/own=1/);
    await expect(page.getByTestId("post-total")).toHaveText(`${japanese} posts in the period`);
    await expect(page.getByText("Language: Japanese")).toBeVisible();
    await expect(page.getByText("Own posts (reposts left out)")).toBeVisible();
  });

  test("the mission view breaks Japan's posts down by language, with a four-quarter trend", async ({ page }) => {
    const japan = await missionId("japan");
    await page.goto(`/languages/${japan}?${AS_OF}`);
    await expect(page.getByRole("heading", { level: 1, name: "Languages: Japan" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    const japanese = await inLanguage("japan", "ja");
    const jaRow = page.locator("[data-testid=language-row][data-language=ja]");
    await expect(jaRow).toContainText("Japanese");
    await expect(jaRow.getByTestId("language-posts")).toHaveText(String(japanese));
    const counts = await page.getByTestId("language-breakdown").getByTestId("language-posts").allTextContents();
    expect(counts.reduce((sum, c) => sum + Number(c.replace(/,/g, "")), 0)).toBe(await own("japan"));
    await expect(page.getByTestId("trend-row")).toHaveCount(4);
    await expect(page.getByTestId("trend-row").last()).toHaveAttribute("data-quarter", "Q3 2017");
    await expect(page.getByTestId("language-trend-chart")).toBeVisible();
    // Q2 2017 from the database: April to June.
    const q2 = await scalar(
      `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId JOIN Mission ON Mission.id = Account.missionId
       WHERE Mission.slug = 'japan' AND Account.ownerType = 'institutional' AND Post.postedAt >= '2017-04-01' AND Post.postedAt < '2017-07-01' AND Post.category IN ('engagement', 'broadcast') AND Post.language = 'ja'`,
    );
    await expect(
      page.locator("[data-testid=trend-row][data-quarter='Q2 2017']").getByTestId("host-share"),
    ).toHaveAttribute("data-count", String(q2));
    await expectNoSeriousViolations(page);
  });

  test("screenshots at desktop and phone widths, without horizontal overflow", async ({ page }) => {
    const japan = await missionId("japan");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/languages?${AS_OF}`);
    await page.screenshot({ path: "e2e/screenshots/languages-desktop.png", fullPage: true });
    await page.goto(`/languages/${japan}?${AS_OF}`);
    await expect(page.getByTestId("language-trend-chart")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/languages-mission-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      [`/languages?${AS_OF}`, "languages-phone"],
      [`/languages/${japan}?${AS_OF}`, "languages-mission-phone"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("languages (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorSingapore") });

  test("sees their own mission only and is refused elsewhere", async ({ page }) => {
    await page.goto(`/languages?${AS_OF}`);
    const rows = page.getByTestId("languages-row");
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute("data-mission", "Singapore");
    const singapore = await missionId("singapore");
    await page.goto(`/languages/${singapore}?${AS_OF}`);
    await expect(page.getByRole("heading", { level: 1, name: "Languages: Singapore" })).toBeVisible();
    await expect(page.getByText("All missions' languages")).toHaveCount(0);
    expect((await page.goto(`/languages/${await missionId("japan")}?${AS_OF}`))?.status()).toBe(404);
    // The posts behind another mission's figure are refused too.
    expect((await page.goto(`/posts?mission=${await missionId("japan")}&own=1&language=ja&${AS_OF}`))?.status()).toBe(
      404,
    );
  });
});

test.describe("languages (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads every mission", async ({ page }) => {
    await page.goto(`/languages?${AS_OF}`);
    await expect(page.getByTestId("languages-row")).toHaveCount(28);
    await page.goto(`/languages/${await missionId("russia")}?${AS_OF}`);
    await expect(page.locator("[data-testid=language-row][data-language=ru]")).toContainText("Russian");
  });
});
