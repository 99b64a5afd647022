import { expect, test, type Page } from "@playwright/test";
import { scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const AS_OF = "asOf=2017-08-15";

async function missionId(slug: string) {
  const rows = await (
    await import("./support/demo-db")
  )
    .demoDb()
    .execute({ sql: `SELECT id FROM "Mission" WHERE slug = ?`, args: [slug] });
  return String(rows.rows[0]!.id);
}

async function openScorecard(page: Page, slug: string) {
  await page.goto(`/missions/${await missionId(slug)}?${AS_OF}`);
  await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
}

/** Engagement share of a mission in the survey period, counted straight from the store. */
async function engagementShare(slug: string) {
  const count = (category: string) =>
    scalar(
      `SELECT COUNT(*) FROM "Post" p JOIN "Account" a ON a.id = p."accountId" JOIN "Mission" m ON m.id = a."missionId"
       WHERE m.slug = ? AND p.category = ? AND p."postedAt" >= ? AND p."postedAt" < ?`,
      [slug, category, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
    );
  const engagement = await count("engagement");
  return { engagement, share: engagement / (engagement + (await count("broadcast"))) };
}

const percent = (share: number) =>
  new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(share);

test.describe("engagement targets and staff time (analyst)", () => {
  test("a priority mission is judged against its own target, and the share opens the engagement posts behind it", async ({
    page,
  }) => {
    await openScorecard(page, "russia");
    const panel = page.getByTestId("engagement-target");
    await expect(page.getByTestId("engagement-target-name")).toHaveText("Priority engagement");
    const { engagement, share } = await engagementShare("russia");
    await expect(page.getByTestId("engagement-target-share")).toHaveText(`Engagement share ${percent(share)}`);
    await expect(panel).toContainText("target at least 40%");
    await expect(panel).toHaveAttribute("data-verdict", share >= 0.4 ? "meets" : "below");
    // The box's peers are the health table's (the 18 missions with an active account): one band for one figure.
    await expect(page.getByTestId("engagement-target-peers")).toContainText(
      "Engagement share of the missions with an active account: median 29.6%, middle 50% of peers 18.3% – 33.7% (18 missions, anonymous)",
    );
    const engagementRow = page.locator("[data-testid=health-components] tr[data-component=engagement]");
    await expect(engagementRow.locator("td").nth(5)).toHaveText("18.3% – 33.7%");
    // Russia's 34.4% is above the third quartile (33.7%).
    await expect(page.getByTestId("engagement-target-position")).toHaveText("In the top quarter of peers");
    await page.getByTestId("engagement-target-share").click();
    await expect(page).toHaveURL(/\/posts\?.*category=engagement/);
    await expect(page.getByTestId("post-total")).toHaveText(`${engagement.toLocaleString("en")} posts in the period`);
  });

  test("HQ changes a mission's target and the verdict follows", async ({ page }) => {
    await openScorecard(page, "canada");
    const form = page.getByTestId("engagement-target-form");
    await form.getByLabel("Target set by HQ").selectOption("broadcast_only");
    await form.getByRole("button", { name: "Save target" }).click();
    await expect(page.getByTestId("engagement-target-status")).toHaveText("Target saved.");
    await page.reload();
    await expect(page.getByTestId("engagement-target")).toHaveAttribute("data-verdict", "no_minimum");
    await expect(page.getByTestId("engagement-target-name")).toHaveText("Broadcast only");
    await page.screenshot({ path: "e2e/screenshots/mission-targets-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "e2e/screenshots/mission-targets-phone.png", fullPage: true });
    // Back to what the other tests expect.
    await page.getByTestId("engagement-target-form").getByLabel("Target set by HQ").selectOption("engage");
    await page.getByTestId("engagement-target-form").getByRole("button", { name: "Save target" }).click();
    await expect(page.getByTestId("engagement-target-status")).toHaveText("Target saved.");
  });

  test("staff time shows output per staff hour from the quarter's posts, and the quarterly summary sums the hours", async ({
    page,
  }) => {
    await openScorecard(page, "singapore");
    const q2 = page.locator("[data-testid=staff-time-row][data-quarter='2017-Q2']");
    await expect(q2.getByTestId("staff-time-hours")).toHaveText("195");
    const posts = await scalar(
      `SELECT COUNT(*) FROM "Post" p JOIN "Account" a ON a.id = p."accountId" JOIN "Mission" m ON m.id = a."missionId"
       WHERE m.slug = 'singapore' AND p."postedAt" >= '2017-04-01' AND p."postedAt" < '2017-07-01'`,
    );
    await expect(q2.getByTestId("staff-time-posts")).toHaveText(posts.toLocaleString("en"));
    await expect(q2.getByTestId("staff-time-posts-per-hour")).toHaveText(
      new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(posts / 195),
    );
    await q2.getByTestId("staff-time-posts").click();
    await expect(page).toHaveURL(/asOf=2017-06-30&period=91/);
    await expect(page.getByTestId("post-total")).toHaveText(`${posts.toLocaleString("en")} posts in the period`);

    // Bad input is refused with a message and records nothing.
    await openScorecard(page, "singapore");
    const form = page.getByTestId("staff-time-form");
    await form.getByLabel("Staff hours").fill("lots");
    await form.getByRole("button", { name: "Record hours" }).click();
    await expect(form.getByText("Enter the hours as a number above zero")).toBeVisible();
    expect(await scalar(`SELECT COUNT(*) FROM "MissionStaffTime" WHERE quarter = '2017-Q3' AND hours <> 90`)).toBe(0);

    await page.goto("/summaries/2017-Q2");
    await expect(page.getByTestId("summary-staff-time-recorded")).toHaveText(
      "6 missions of 28 recorded staff time for this quarter",
    );
    await expect(page.getByTestId("summary-staff-time-ratios")).toContainText("667.5 staff hours");
  });
});

test.describe("staff time (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorGermany") });

  test("records their own mission's hours but cannot change the target", async ({ page }) => {
    await openScorecard(page, "germany");
    await expect(page.getByTestId("engagement-target")).toBeVisible();
    await expect(page.getByTestId("engagement-target-form")).toHaveCount(0);
    const form = page.getByTestId("staff-time-form");
    await form.getByLabel("Quarter").selectOption("2017-Q3");
    await form.getByLabel("Staff hours").fill("12,5");
    await form.getByRole("button", { name: "Record hours" }).click();
    await expect(page.getByTestId("staff-time-status")).toHaveText("Hours recorded.");
    await page.reload();
    await expect(
      page.locator("[data-testid=staff-time-row][data-quarter='2017-Q3'] [data-testid=staff-time-hours]"),
    ).toHaveText("12.5");
    expect(
      await scalar(
        `SELECT hours FROM "MissionStaffTime" s JOIN "Mission" m ON m.id = s."missionId" WHERE m.slug = 'germany' AND quarter = '2017-Q3'`,
      ),
    ).toBe(12.5);
    // Another mission's scorecard does not exist for them.
    const other = await page.goto(`/missions/${await missionId("singapore")}?${AS_OF}`);
    expect(other?.status()).toBe(404);
  });
});

test.describe("staff time (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads targets and staff time without forms", async ({ page }) => {
    await openScorecard(page, "singapore");
    await expect(page.getByTestId("staff-time-table")).toBeVisible();
    await expect(page.getByTestId("engagement-target")).toBeVisible();
    await expect(page.getByTestId("staff-time-form")).toHaveCount(0);
    await expect(page.getByTestId("engagement-target-form")).toHaveCount(0);
  });
});
