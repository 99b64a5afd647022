import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const AS_OF = "asOf=2017-08-15";

async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}

const HQ_POSTS = `SELECT COUNT(*) FROM Post JOIN Account ON Account.id = Post.accountId JOIN Mission ON Mission.id = Account.missionId
  WHERE Mission.slug = 'mfa-hq' AND Post.postedAt >= ? AND Post.postedAt < ?`;

/**
 * HQ's posts on its public holidays in the survey period, straight from the
 * database: Ulaanbaatar keeps UTC+8 all year in 2017, so each local holiday is
 * the UTC span from 16:00 the day before (Mother and Child Day on 1 June and
 * Naadam on 11–13 July fall in the period; both on weekdays).
 */
async function hqHolidayPosts(): Promise<number> {
  const childrensDay = await scalar(HQ_POSTS, ["2017-05-31T16:00", "2017-06-01T16:00"]);
  const naadam = await scalar(HQ_POSTS, ["2017-07-10T16:00", "2017-07-13T16:00"]);
  return childrensDay + naadam;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const hqRow = (page: Page) =>
  page.locator('[data-testid=working-hours-row][data-mission="Ministry of Foreign Affairs (HQ)"]');

test.describe("working hours (analyst)", () => {
  test("the ministry view lists every mission by name with its holiday posts as in the database", async ({ page }) => {
    await page.goto(`/working-hours?${AS_OF}`);
    await expect(page.getByRole("heading", { level: 1, name: "Working hours" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("period")).toContainText("90 days");
    await expect(page.getByText(/a team answering at 2 a\.m\. every week needs support/)).toBeVisible();
    const rows = page.getByTestId("working-hours-row");
    await expect(rows).toHaveCount(28);
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-mission") ?? ""));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));

    const total = await scalar(HQ_POSTS, [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive]);
    await expect(hqRow(page).getByTestId("posts-total")).toHaveText(total.toLocaleString("en-US"));
    const holidays = await hqHolidayPosts();
    expect(holidays).toBeGreaterThan(0);
    const holidayLink = hqRow(page).getByTestId("count-holiday");
    await expect(holidayLink).toContainText(`(${holidays})`);
    await expectNoSeriousViolations(page);

    // The figure opens the posts behind it.
    await holidayLink.click();
    await expect(page).toHaveURL(/\/working-hours\/[^?]+\?.*class=holiday/);
    await expect(page).toHaveURL(/asOf=2017-08-15/);
    await expect(page.getByTestId("selection-total")).toHaveText(`${holidays} posts`);
    await expect(page.getByTestId("class-row-holiday").getByTestId("class-posts")).toHaveText(String(holidays));
  });

  test("the mission view shows an hour × weekday heatmap whose cells add up to the mission's posts", async ({
    page,
  }) => {
    const hq = await missionId("mfa-hq");
    await page.goto(`/working-hours/${hq}?${AS_OF}`);
    await expect(
      page.getByRole("heading", { level: 1, name: /Working hours: Ministry of Foreign Affairs/ }),
    ).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    const heatmap = page.getByTestId("heatmap");
    await expect(heatmap).toBeVisible();
    const cells = page.getByTestId("heatmap-cell");
    await expect(cells).toHaveCount(7 * 24);
    const counts = await cells.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-count"))));
    const total = await scalar(HQ_POSTS, [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    await expect(page.getByTestId("summary-posts-total")).toHaveText(total.toLocaleString("en-US"));
    // Saturday 03:00 is outside working time; Tuesday 10:00 is inside.
    await expect(page.locator("[data-testid=heatmap-cell][data-weekday='6'][data-hour='3']")).toHaveAttribute(
      "data-outside",
      "true",
    );
    await expect(page.locator("[data-testid=heatmap-cell][data-weekday='2'][data-hour='10']")).toHaveAttribute(
      "data-outside",
      "false",
    );
    await expect(page.getByTestId("holiday")).toHaveCount(10);

    // A cell opens its posts: Tuesday 10:00 local is 02:00–03:00 UTC for Ulaanbaatar.
    const cell = page.locator("[data-testid=heatmap-cell][data-weekday='2'][data-hour='10']");
    const cellCount = Number(await cell.getAttribute("data-count"));
    expect(cellCount).toBeGreaterThan(0);
    const tuesdays = await scalar(
      `${HQ_POSTS} AND strftime('%w', Post.postedAt) = '2' AND substr(Post.postedAt, 12, 2) = '02'`,
      [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
    );
    expect(cellCount).toBe(tuesdays);
    await cell.getByRole("link").click();
    await expect(page).toHaveURL(/weekday=2&hour=10/);
    await expect(page.getByTestId("selection-total")).toHaveText(`${cellCount} ${cellCount === 1 ? "post" : "posts"}`);
    await expect(page.getByTestId("selection-posts").getByTestId("post-row")).toHaveCount(Math.min(cellCount, 25));
    // The list shows the mission's local time, as the heatmap does: every post of the cell at 10:xx.
    await expect(
      page.getByTestId("selection-posts").getByRole("columnheader", { name: "Posted (Asia/Ulaanbaatar)" }),
    ).toBeVisible();
    const times = await page.getByTestId("selection-posts").getByTestId("post-row").locator("time").allInnerTexts();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/\b10:\d\d\b/);
    await expectNoSeriousViolations(page);
  });

  test("an analyst edits working hours, weekend days and holidays; a bad list changes nothing", async ({ page }) => {
    const thailand = await missionId("thailand");
    await page.goto(`/working-hours/${thailand}?${AS_OF}`);
    const form = page.getByTestId("working-hours-form");
    await form.getByLabel("Working day starts").fill("08:00");
    await form.getByLabel("Working day ends").fill("17:00");
    await form.getByLabel("Friday").check();
    await form.getByLabel("Sunday").uncheck();
    await form.getByRole("button", { name: "Save working hours" }).click();
    await expect(page.getByTestId("working-hours-status")).toHaveText("Working hours saved.");
    await expect(page.getByTestId("settings-hours")).toHaveText("08:00–17:00");
    await expect(page.getByTestId("settings-weekend")).toHaveText("Friday, Saturday");
    const stored = await demoDb().execute({
      sql: "SELECT workdayStartMinute, workdayEndMinute, weekendDays FROM Mission WHERE id = ?",
      args: [thailand],
    });
    expect(stored.rows[0]).toMatchObject({ workdayStartMinute: 480, workdayEndMinute: 1020, weekendDays: "5,6" });

    // A time off the quarter-hour is refused with a message.
    await form.getByLabel("Working day starts").fill("08:10");
    await form.getByRole("button", { name: "Save working hours" }).click();
    await expect(page.getByTestId("working-hours-status")).toContainText("Use a quarter-hour");

    const holidayCount = () => scalar("SELECT COUNT(*) FROM MissionHoliday WHERE missionId = ?", [thailand]);
    expect(await holidayCount()).toBe(0);
    const paste = page.getByTestId("paste-holidays-form");
    await paste.getByRole("textbox").fill("2017-07-08,Asahna Bucha\n2017-07-31,\n2017-07-10,Khao Phansa");
    await paste.getByRole("button", { name: "Add list" }).click();
    await expect(page.getByTestId("paste-holidays-status")).toContainText("Line 2: the holiday needs a name.");
    expect(await holidayCount()).toBe(0);
    await paste.getByRole("textbox").fill("2017-07-08,Asahna Bucha\n2017-07-10,Khao Phansa");
    await paste.getByRole("button", { name: "Add list" }).click();
    await expect(page.getByTestId("paste-holidays-status")).toHaveText("2 holidays added.");
    await expect(page.getByTestId("holiday")).toHaveCount(2);

    const single = page.getByTestId("add-holiday-form");
    await single.getByLabel("Day").fill("2017-07-10");
    await single.getByLabel("Name").fill("Again");
    await single.getByRole("button", { name: "Add holiday" }).click();
    await expect(page.getByTestId("add-holiday-status")).toContainText("already has a holiday on this day");
    expect(await holidayCount()).toBe(2);

    // Put Thailand back as the demo has it.
    for (const name of ["Asahna Bucha", "Khao Phansa"]) {
      await page.getByRole("button", { name: new RegExp(`Remove ${name}`) }).click();
    }
    await expect(page.getByTestId("holiday")).toHaveCount(0);
    await form.getByLabel("Working day starts").fill("09:00");
    await form.getByLabel("Working day ends").fill("18:00");
    await form.getByLabel("Friday").uncheck();
    await form.getByLabel("Sunday").check();
    await form.getByRole("button", { name: "Save working hours" }).click();
    await expect(page.getByTestId("settings-hours")).toHaveText("09:00–18:00");
    expect(await holidayCount()).toBe(0);
    const audit = await scalar("SELECT COUNT(*) FROM AuditEntry WHERE targetId = ? AND action LIKE 'mission_%'", [
      thailand,
    ]);
    expect(audit).toBe(5);
  });

  test("screenshots at desktop and phone widths", async ({ page }) => {
    const hq = await missionId("mfa-hq");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/working-hours?${AS_OF}`);
    await page.screenshot({ path: "e2e/screenshots/working-hours-desktop.png", fullPage: true });
    await page.goto(`/working-hours/${hq}?${AS_OF}`);
    await page.screenshot({ path: "e2e/screenshots/working-hours-mission-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/working-hours?${AS_OF}`);
    await page.screenshot({ path: "e2e/screenshots/working-hours-phone.png", fullPage: true });
    await page.goto(`/working-hours/${hq}?${AS_OF}`);
    await page.screenshot({ path: "e2e/screenshots/working-hours-mission-phone.png", fullPage: true });
  });
});

test.describe("working hours (ambassador)", () => {
  test.use({ storageState: storageStateFor("ambassadorSingapore") });

  test("sees their own mission only, read-only, and is refused elsewhere", async ({ page }) => {
    const singapore = await missionId("singapore");
    await page.goto(`/working-hours?${AS_OF}`);
    const rows = page.getByTestId("working-hours-row");
    await expect(rows).toHaveCount(1);
    await expect(rows).toHaveAttribute("data-mission", "Singapore");
    await page.goto(`/working-hours/${singapore}?${AS_OF}`);
    await expect(page.getByTestId("heatmap")).toBeVisible();
    await expect(page.getByTestId("settings-read-only")).toBeVisible();
    await expect(page.getByTestId("working-hours-form")).toHaveCount(0);
    await expect(page.getByTestId("paste-holidays-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    expect((await page.goto(`/working-hours/${await missionId("mfa-hq")}?${AS_OF}`))?.status()).toBe(404);
    expect((await page.goto(`/working-hours/${await missionId("mfa-hq")}?class=holiday`))?.status()).toBe(404);
  });
});

test.describe("working hours (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads every mission and changes nothing", async ({ page }) => {
    await page.goto(`/working-hours?${AS_OF}`);
    await expect(page.getByTestId("working-hours-row")).toHaveCount(28);
    await page.goto(`/working-hours/${await missionId("mfa-hq")}?${AS_OF}`);
    await expect(page.getByTestId("heatmap")).toBeVisible();
    await expect(page.getByTestId("holiday")).toHaveCount(10);
    await expect(page.getByTestId("settings-read-only")).toBeVisible();
    await expect(page.getByTestId("working-hours-form")).toHaveCount(0);
    await expect(page.getByTestId("add-holiday-form")).toHaveCount(0);
  });
});
