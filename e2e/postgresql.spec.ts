/**
 * The app on PostgreSQL, run as two instances on one database (as behind a
 * load balancer): a session made on one is valid on the other, the demo
 * ministry shows the same figures as on SQLite, and one instance imports
 * while the other serves the dashboard.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { POSTGRESQL_URLS } from "../playwright.config";
import { ROLE_USERS, type DemoRole } from "./support/users";

const [first, second] = POSTGRESQL_URLS;
const SURVEY = "/?asOf=2017-08-15&period=90";
const SHIPPED_MIGRATIONS = readdirSync(path.join(__dirname, "..", "prisma", "postgresql", "migrations")).filter(
  (name) => /^\d{4}_/.test(name),
).length;

async function signIn(page: Page, base: string, role: DemoRole) {
  const user = ROLE_USERS[role];
  await page.goto(`${base}/signin`);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in also renders the first page of a cold server (as in auth.setup.ts): allow for a busy machine.
  await expect(page.getByTestId("signed-in-as")).toContainText(user.name, { timeout: 30_000 });
}

test.describe("two instances on one PostgreSQL database", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a session made on one instance is valid on the other, with the same figures as on SQLite", async ({ page }) => {
    await signIn(page, first, "analyst");
    await page.goto(`${second}${SURVEY}`);
    await expect(page.getByRole("heading", { level: 1, name: "Ministry overview" })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText(ROLE_USERS.analyst.name);
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    // The survey's figure, as the SQLite pass shows it (e2e/overview.spec.ts).
    await expect(page.getByTestId("status-count-dormant")).toHaveText("11");
    await expect(page.getByTestId("status-card-dormant")).toContainText("11 accounts of 29");
    // Both instances report the store reachable and migrated.
    for (const base of POSTGRESQL_URLS) {
      const health = await page.request.get(`${base}/api/health`);
      expect(await health.json()).toEqual({
        status: "ok",
        database: "ok",
        migrations: { status: "current", applied: SHIPPED_MIGRATIONS, expected: SHIPPED_MIGRATIONS },
      });
    }
  });

  test("an ambassador signed in on one instance lands on their own scorecard on the other, and is refused HQ's screens there", async ({
    page,
  }) => {
    await signIn(page, second, "ambassadorGermany");
    await page.goto(`${first}/`);
    await page.waitForURL(/\/missions\//);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Germany");
    const imports = await page.goto(`${first}/imports`);
    expect(imports?.status()).toBe(404);
    const api = await page.request.post(`${second}/api/imports?fileName=tweets.js`, {
      data: "window.YTD.tweets.part0 = []",
      headers: { origin: second },
    });
    expect(api.status()).toBe(403);
  });

  test("one instance imports an X archive while the other serves the dashboard and shows the import's progress", async ({
    page,
    browser,
  }) => {
    await signIn(page, first, "admin");
    const dir = mkdtempSync(path.join(os.tmpdir(), "chancery-e2e-pg-"));
    // Large enough that the import is still writing for a few seconds.
    const count = 30_000;
    const tweets = Array.from({ length: count }, (_, i) => ({
      tweet: {
        id_str: String(990000000000000000n + BigInt(i)),
        created_at: `Wed Aug ${String(2 + (Math.floor(i / 1440) % 10)).padStart(2, "0")} ${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 14400) % 60).padStart(2, "0")} +0000 2017`,
        full_text: i === count - 1 ? "PostgreSQL e2e newest tweet" : `PostgreSQL e2e tweet ${i}`,
        lang: "en",
      },
    }));
    const file = path.join(dir, "tweets.js");
    writeFileSync(file, `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`);

    // The reader signs in on the other instance, with its own session.
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await signIn(reader, second, "analyst");

    await page.goto(`${first}/imports`);
    await page.getByTestId("import-account").selectOption({ index: 1 });
    const accountLabel = (await page.getByTestId("import-account").locator("option:checked").textContent())!;
    await page.getByTestId("import-file").setInputFiles(file);
    // The run's id from the panel's own polling (a 3 MB upload's response body is not kept by the browser).
    const polled = page.waitForRequest((request) => /\/api\/imports\/[^/?]+$/.test(new URL(request.url()).pathname));
    await page.getByTestId("import-start").click();
    const runId = new URL((await polled).url()).pathname.split("/").pop()!;
    const report = page.getByTestId("import-report");

    // While the import runs, the reader's dashboard requests go on, and the other instance
    // reports the run's progress from the shared database (report.count() does not wait).
    const statuses: number[] = [];
    const progressOnOther: { status: string; phase?: string; written?: number }[] = [];
    const finished = async () =>
      (await report.count()) > 0 &&
      ["succeeded", "rejected", "failed"].includes((await report.getAttribute("data-status")) ?? "");
    do {
      const [response, run] = await Promise.all([
        reader.request.get(`${second}${SURVEY}`),
        page.request.get(`${second}/api/imports/${runId}`),
      ]);
      statuses.push(response.status());
      const body = (await run.json()) as { status: string; progress: { phase: string; written: number } | null };
      progressOnOther.push({ status: body.status, phase: body.progress?.phase, written: body.progress?.written });
    } while (!(await finished()) && statuses.length < 400);
    await expect(report).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
    await expect(report.getByTestId("import-created")).toHaveText(count.toLocaleString("en"));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(
      progressOnOther.some(
        (p) => p.status === "running" && p.phase === "writing" && p.written! > 0 && p.written! < count,
      ),
    ).toBe(true);

    // The other instance lists the run, as recorded in the shared database.
    await reader.goto(`${second}/imports`);
    await expect(reader).toHaveURL(/\/imports/);
    await reader.close();
    await readerContext.close();
    await page.goto(`${second}/imports`);
    const row = page.getByTestId("import-run-row").first();
    await expect(row).toHaveAttribute("data-status", "succeeded");
    await expect(row.getByTestId("import-run-created")).toHaveText(count.toLocaleString("en"));
    expect(accountLabel).toMatch(/·/);
  });
});
