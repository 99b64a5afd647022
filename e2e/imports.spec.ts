import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { emptyStoreUrl, signInOnEmptyStore, storageStateFor } from "./support/users";

/**
 * Imports run against the empty store (its own server and file), so that the
 * demo store other specs count stays exactly the survey's.
 */
const emptyDb = () => createClient({ url: `file:${path.join(process.cwd(), "data", "e2e-empty.db")}` });

async function emptyScalar(sql: string, args: (string | number)[] = []): Promise<number> {
  const client = emptyDb();
  try {
    const result = await client.execute({ sql, args });
    return Number(Object.values(result.rows[0] ?? {})[0] ?? 0);
  } finally {
    client.close();
  }
}

const POSTS = 3000;
const handle = `e2e_import_${Date.now()}`;

/** An X archive's tweets.js with POSTS tweets in August 2017, the newest one recognisable. */
function writeTweetsJs(dir: string): string {
  const tweets = Array.from({ length: POSTS }, (_, i) => {
    const minute = String(i % 60).padStart(2, "0");
    const hour = String(Math.floor(i / 60) % 24).padStart(2, "0");
    const day = String(1 + Math.floor(i / 1440)).padStart(2, "0");
    const text = i === POSTS - 1 ? "E2E newest imported tweet about democracy" : `E2E imported tweet ${i}`;
    return {
      tweet: {
        id_str: String(880000000000000000n + BigInt(i)),
        created_at: `Tue Aug ${day} ${hour}:${minute}:00 +0000 2017`,
        full_text: text,
        lang: "en",
        favorite_count: "1",
        retweet_count: "0",
      },
    };
  });
  const file = path.join(dir, "tweets.js");
  writeFileSync(file, `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 1)}`);
  return file;
}

async function chooseAccount(page: Page) {
  await page.getByTestId("import-account").selectOption({ label: `x · ${handle}` });
}

test.describe("import screen", () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ storageState: { cookies: [], origins: [] } });

  test("creates an account, uploads an X archive with progress, finds the posts, and a second upload adds nothing", async ({
    page,
  }, testInfo) => {
    const dir = mkdtempSync(path.join(tmpdir(), "chancery-e2e-"));
    const tweetsFile = writeTweetsJs(dir);
    await signInOnEmptyStore(page, "/imports");
    await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    // The empty store has no mission yet: the missions CSV comes first, from the downloadable template.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the missions template" }).click();
    const template = await (await download).path();
    const missionsFile = path.join(dir, "missions.csv");
    writeFileSync(
      missionsFile,
      readFileSync(template!, "utf8") + "e2e-embassy,Embassy in Testland,embassy,,Testland,,,UTC,en\r\n",
    );
    await page.getByTestId("import-file").setInputFiles(missionsFile);
    await page.getByTestId("import-start").click();
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 30_000 });
    await expect(page.getByTestId("import-created")).toHaveText("3");
    expect(
      await emptyScalar("SELECT COUNT(*) FROM Mission WHERE slug IN ('germany', 'consulate-frankfurt', 'e2e-embassy')"),
    ).toBe(3);
    await page.getByRole("button", { name: "Import another file" }).click();

    // A new account, created from the screen and selected for the upload.
    await page.getByTestId("import-account").selectOption({ label: "Create a new account…" });
    const form = page.getByTestId("new-account-form");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByLabel("Mission")).toHaveAccessibleDescription(/Choose a mission/);
    await form.getByLabel("Mission").selectOption({ label: "Embassy in Testland" });
    await form.getByLabel("Platform").selectOption("x");
    await form.getByLabel("Handle or feed name").fill(handle);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("import-account")).toHaveValue(/.+/);
    await expect(page.getByTestId("import-account").locator("option:checked")).toHaveText(`x · ${handle}`);

    await page.getByTestId("import-file").setInputFiles(tweetsFile);
    await page.getByTestId("import-start").click();
    await expect(page.getByTestId("import-progress")).toBeVisible();
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
    await expect(report.getByTestId("import-read")).toHaveText("3,000");
    await expect(report.getByTestId("import-created")).toHaveText("3,000");
    const accountId = await page.getByTestId("import-account").inputValue();
    expect(await emptyScalar("SELECT COUNT(*) FROM Post WHERE accountId = ?", [accountId])).toBe(POSTS);
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "imports-report");

    // The recent-imports table lists the run with who did it.
    const row = page.getByTestId("import-run-row").first();
    await expect(row).toHaveAttribute("data-status", "succeeded");
    await expect(row.getByTestId("import-run-created")).toHaveText("3,000");

    // The posts are on the account page.
    await report.getByTestId("import-account-link").click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}`));
    await expect(page.getByText("E2E newest imported tweet about democracy")).toBeVisible();

    // The same file again: nothing new.
    await page.goto(`${emptyStoreUrl()}/imports`);
    await chooseAccount(page);
    await page.getByTestId("import-file").setInputFiles(tweetsFile);
    await page.getByTestId("import-start").click();
    await expect(page.getByTestId("import-report")).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
    await expect(page.getByTestId("import-created")).toHaveText("0");
    await expect(page.getByTestId("import-unchanged")).toHaveText("3,000");
    expect(await emptyScalar("SELECT COUNT(*) FROM Post WHERE accountId = ?", [accountId])).toBe(POSTS);
    expect(
      await emptyScalar("SELECT COUNT(*) FROM ImportRun WHERE accountId = ? AND status = 'succeeded'", [accountId]),
    ).toBe(2);
  });

  test("a broken file is refused with every problem, and nothing is written", async ({ page }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "chancery-e2e-"));
    const broken = path.join(dir, "tweets.js");
    writeFileSync(
      broken,
      `window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","created_at":"yesterday","full_text":"a"}},{"tweet":{"id_str":"2","created_at":"Tue Aug 01 10:00:00 +0000 2017"}}]`,
    );
    const postsBefore = await emptyScalar("SELECT COUNT(*) FROM Post");
    await signInOnEmptyStore(page, "/imports");
    await chooseAccount(page);
    await page.getByTestId("import-file").setInputFiles(broken);
    await page.getByTestId("import-start").click();
    const report = page.getByTestId("import-report");
    await expect(report).toHaveAttribute("data-status", "rejected", { timeout: 30_000 });
    await expect(report.getByRole("alert")).toHaveText("The file was refused; nothing was written.");
    await expect(report.getByTestId("import-problem-count")).toHaveText("2 problems");
    await expect(report.getByTestId("import-problems")).toContainText("record 0 · tweet.created_at");
    await expect(report.getByTestId("import-problems")).toContainText("record 1 · tweet.full_text");
    expect(await emptyScalar("SELECT COUNT(*) FROM Post")).toBe(postsBefore);

    // The run's own page keeps the report.
    await report.getByRole("link", { name: "Details of this import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import of tweets.js" })).toBeVisible();
    await expect(page.getByTestId("import-problems")).toContainText("record 0 · tweet.created_at");
    await expectNoSeriousA11yViolations(page);
  });

  test("a feed address on this machine is refused with one message, open port or closed, and audited", async ({
    page,
  }) => {
    await signInOnEmptyStore(page, "/imports");
    const blogHandle = `e2e-blog-${Date.now()}.example.org`;
    await page.getByTestId("import-account").selectOption({ label: "Create a new account…" });
    const form = page.getByTestId("new-account-form");
    await form.getByLabel("Mission").selectOption({ label: "Embassy in Testland" });
    await form.getByLabel("Platform").selectOption("blog");
    await form.getByLabel("Handle or feed name").fill(blogHandle);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("import-account").locator("option:checked")).toHaveText(`blog · ${blogHandle}`);
    const refusedBefore = await emptyScalar("SELECT COUNT(*) FROM AuditEntry WHERE action = 'fetch_refused'");

    // The server's own port (open) and the discard port (closed), spelled as IPv4-mapped IPv6.
    const feed = page.getByTestId("feed-form");
    const ownPort = new URL(emptyStoreUrl()).port;
    for (const address of [`http://[::ffff:127.0.0.1]:${ownPort}/api/health`, "http://[::ffff:127.0.0.1]:9/feed.xml"]) {
      await feed.getByLabel("Address of an RSS or Atom feed").fill(address);
      await feed.getByRole("button", { name: "Fetch and import" }).click();
      await expect(page.getByTestId("import-panel").getByRole("alert")).toHaveText("This address cannot be fetched.");
    }
    expect(await emptyScalar("SELECT COUNT(*) FROM AuditEntry WHERE action = 'fetch_refused'")).toBe(refusedBefore + 2);
  });
});

test.describe("import screen for other roles", () => {
  for (const role of ["leadership", "ambassadorGermany"] as const) {
    test(`is not there for ${role}`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateFor(role) });
      const page = await context.newPage();
      await page.goto("/");
      // An ambassador's home redirects to their scorecard while the page streams (on the client):
      // let it land, or it aborts the next navigation.
      if (role === "ambassadorGermany") await page.waitForURL(/\/missions\//);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" })).toHaveCount(0);
      const response = await page.goto("/imports");
      expect(response?.status()).toBe(404);
      // Sent as the browser would (same origin), so it is the role that refuses it.
      const api = await page.request.post("/api/imports?fileName=tweets.js", {
        data: "window.YTD.tweets.part0 = []",
        headers: { origin: new URL(page.url()).origin },
      });
      expect(api.status()).toBe(403);
      await context.close();
    });
  }
});
