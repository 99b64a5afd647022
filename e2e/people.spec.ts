import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const AS_OF = "asOf=2017-08-15";

async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}

/** The Japanese ambassador's posts in the survey period, straight from the store. */
function ambassadorPostsFromDb(handle: string): Promise<number> {
  return scalar(
    `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId
     WHERE Account.handle = ? AND Account.ownerType = 'individual' AND Post.postedAt >= ? AND Post.postedAt < ?`,
    [handle, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  );
}

/**
 * Posts of a personal account in the survey period that amplify an
 * institutional account of its mission: a repost of it, or (not a repost) a
 * reply to, quote or mention of it.
 */
function amplificationFromDb(handle: string): Promise<number> {
  return scalar(
    `SELECT COUNT(DISTINCT p.id) FROM Post p JOIN Account s ON s.id = p.accountId
     JOIN Account t ON t.missionId = s.missionId AND t.platform = s.platform AND t.ownerType = 'institutional'
     WHERE s.handle = ? AND p.postedAt >= ? AND p.postedAt < ?
       AND ((p.repostOfHandle IS NOT NULL AND lower(p.repostOfHandle) = lower(t.handle))
         OR (p.repostOfHandle IS NULL AND (lower(p.replyToHandle) = lower(t.handle) OR lower(p.quotedHandle) = lower(t.handle)
           OR EXISTS (SELECT 1 FROM PostMention m WHERE m.postId = p.id AND lower(m.handle) = lower(t.handle)))))`,
    [handle, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  );
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const row = (page: Page, mission: string, side: "personal" | "institutional") =>
  page.locator(`[data-testid=people-row][data-mission="${mission}"][data-side="${side}"]`);

test.describe("people and institutions (analyst)", () => {
  test("lists the missions with an ambassador's account; Japan's figures match the database and click through", async ({
    page,
  }) => {
    await page.goto(`/people?${AS_OF}`);
    await expect(page.getByTestId("as-of")).toContainText("Aug 15, 2017");
    await expect(page.locator("[data-testid=people-row][data-side=personal]")).toHaveCount(4);
    const posts = await ambassadorPostsFromDb("demo_amb_japan");
    expect(posts).toBeGreaterThan(0);
    const figure = row(page, "Japan", "personal").getByTestId("posts-personal");
    await expect(figure).toHaveText(posts.toLocaleString("en-US"));
    await figure.click();
    await expect(page).toHaveURL(/\/posts\?.*account=/);
    await expect(page.getByTestId("post-total")).toHaveText(`${posts} posts in the period`);
  });

  test("counts the ambassador's amplification of the embassy as the database does, and lists those posts", async ({
    page,
  }) => {
    const expected = await amplificationFromDb("demo_amb_japan");
    expect(expected).toBeGreaterThan(0);
    await page.goto(`/people/${await missionId("japan")}?${AS_OF}`);
    await expect(page.getByTestId("amplification-total-personal")).toHaveText(String(expected));
    await expect(page.getByTestId("amplification-total-institutional")).toHaveText("0");
    await page.getByTestId("amplification-pair-posts").first().click();
    await expect(page).toHaveURL(/\/posts\?.*with=demo_mn_japan/);
    await expect(page.getByTestId("post-total")).toHaveText(`${expected} posts in the period`);
    await expectNoSeriousViolations(page);
  });

  test("shows the handover in London as a drop, with its windows' posts", async ({ page }) => {
    await page.goto(`/people/${await missionId("united-kingdom")}?${AS_OF}`);
    const handover = page.getByTestId("handover-row");
    await expect(handover).toHaveCount(1);
    await expect(handover.getByTestId("handover-signal")).toHaveText("Drop");
    const before = await scalar(
      `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId WHERE Account.handle = 'demo_mn_united_kingdom' AND Post.postedAt >= ? AND Post.postedAt < ?`,
      ["2016-03-19", "2016-06-17"],
    );
    await expect(handover.getByTestId("handover-before")).toHaveText(String(before));
    await handover.getByTestId("handover-before").click();
    await expect(page.getByTestId("post-total")).toHaveText(`${before} posts in the period`);
    await expectNoSeriousViolations(page);
  });

  test("the scorecard of a mission with a personal account points here; personal posts stay out of its figures", async ({
    page,
  }) => {
    await page.goto(`/missions/${await missionId("japan")}?${AS_OF}`);
    await page.getByTestId("people-link").click();
    await expect(page).toHaveURL(/\/people\//);
    await page.goto(`/missions/${await missionId("singapore")}?${AS_OF}`);
    await expect(page.getByTestId("people-link")).toHaveCount(0);
  });

  test("screenshots at desktop and phone widths", async ({ page }) => {
    const japan = await missionId("japan");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/people?${AS_OF}`);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: "e2e/screenshots/people-desktop.png", fullPage: true });
    await page.goto(`/people/${japan}?${AS_OF}`);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: "e2e/screenshots/people-mission-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/people?${AS_OF}`);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: "e2e/screenshots/people-phone.png", fullPage: true });
    await page.goto(`/people/${japan}?${AS_OF}`);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: "e2e/screenshots/people-mission-phone.png", fullPage: true });
  });
});

test.describe("people and institutions (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorGermany") });

  test("sees their own mission only and is refused another's", async ({ page }) => {
    await page.goto(`/people?${AS_OF}`);
    const rows = page.locator("[data-testid=people-row][data-side=personal]");
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute("data-mission", "Germany");
    await page.goto(`/people/${await missionId("germany")}?${AS_OF}`);
    await expect(page.getByTestId("handover-signal")).toHaveText("Steady");
    expect((await page.goto(`/people/${await missionId("japan")}?${AS_OF}`))?.status()).toBe(404);
  });
});
