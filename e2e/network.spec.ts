import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { demoDb, scalar, SURVEY_PERIOD } from "./support/demo-db";
import { storageStateFor } from "./support/users";

const NETWORK = "/network?asOf=2017-08-15";
const SCREENSHOTS = path.join(process.cwd(), "e2e", "screenshots");

/** Whether a post names a handle in any role: replied to, quoted, reposted or mentioned. */
const NAMES_HANDLE = `(lower(p.replyToHandle) = lower(t.handle) OR lower(p.quotedHandle) = lower(t.handle)
  OR lower(p.repostOfHandle) = lower(t.handle)
  OR EXISTS (SELECT 1 FROM PostMention m WHERE m.postId = p.id AND m.handle = lower(t.handle)))`;

/** Posts in the survey period of other accounts on its platform naming the account: its links in, straight from the store. */
function linksInFromDb(handle: string): Promise<number> {
  return scalar(
    `SELECT COUNT(*) FROM Post p JOIN Account s ON s.id = p.accountId JOIN Account t ON t.handle = ?
     WHERE t.platform = s.platform AND s.id <> t.id AND s.ownerType = 'institutional' AND p.postedAt >= ? AND p.postedAt < ? AND ${NAMES_HANDLE}`,
    [handle, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  );
}

/** Posts of one account in the survey period naming another. */
function linkPostsFromDb(sourceId: string, targetHandle: string): Promise<number> {
  return scalar(
    `SELECT COUNT(*) FROM Post p JOIN Account t ON t.handle = ?
     WHERE p.accountId = ? AND p.postedAt >= ? AND p.postedAt < ? AND ${NAMES_HANDLE}`,
    [targetHandle, sourceId, SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  );
}

/** Per pair of institutional accounts on one platform, the posts of the first naming the second in the survey period. */
async function linkWeightsFromDb(): Promise<{ source: string; target: string; posts: number }[]> {
  const result = await demoDb().execute({
    sql: `SELECT s.id AS source, t.id AS target, COUNT(*) AS posts
          FROM Post p JOIN Account s ON s.id = p.accountId JOIN Account t ON t.platform = s.platform AND t.id <> s.id
          WHERE s.ownerType = 'institutional' AND t.ownerType = 'institutional' AND p.postedAt >= ? AND p.postedAt < ? AND ${NAMES_HANDLE}
          GROUP BY s.id, t.id`,
    args: [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
  });
  return result.rows.map((r) => ({ source: String(r.source), target: String(r.target), posts: Number(r.posts) }));
}

async function accountId(handle: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Account WHERE handle = ?", args: [handle] });
  return String(result.rows[0]!.id);
}
async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}

/** Waits for Cytoscape to draw, and checks its canvases hold a drawing rather than nothing. */
async function expectGraphPainted(page: Page) {
  const graph = page.getByTestId("network-graph");
  await expect(graph).toHaveAttribute("data-state", "ready");
  await expect(graph.locator("canvas").first()).toBeVisible();
  // Cytoscape paints on the next animation frames after the layout.
  await expect
    .poll(() =>
      graph.evaluate((element) =>
        [...element.querySelectorAll("canvas")].reduce((sum, canvas) => {
          const context = canvas.getContext("2d");
          if (!context || canvas.width === 0 || canvas.height === 0) return sum;
          const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          return sum + painted;
        }, 0),
      ),
    )
    .toBeGreaterThan(500);
}

test.describe("account network (HQ analyst)", () => {
  test("draws the heaviest links on a canvas, says how many of how many, and lists all 29 accounts in the table", async ({
    page,
  }) => {
    await page.goto(NETWORK);
    await expect(page.getByRole("heading", { level: 1, name: "Account network" })).toBeVisible();
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");
    await expect(page.getByTestId("period")).toContainText("90 days");
    await expectGraphPainted(page);
    // Room for 50 links: the 40 of 2 posts or more fit; the 104 of one post do not all fit, so none of them is drawn.
    const links = await linkWeightsFromDb();
    expect(links).toHaveLength(144);
    const drawn = links.filter((l) => l.posts >= 2);
    expect(drawn).toHaveLength(40);
    const joined = new Set(drawn.flatMap((l) => [l.source, l.target])).size;
    const graph = page.getByTestId("network-graph");
    await expect(graph).toHaveAttribute("data-edges", "40");
    await expect(graph).toHaveAttribute("data-nodes", String(joined));
    await expect(page.getByTestId("graph-capped")).toHaveText(
      `The drawing shows the 40 heaviest of 144 links, every link of 2 posts or more, and the ${joined} accounts they join; the table below lists every account with its heaviest links.`,
    );
    await expect(page.getByTestId("network-row")).toHaveCount(29);
    await expect(page.getByTestId("network-mission-row")).toHaveCount(28);
  });

  test("marks the 11 dormant accounts in the table and explains size, outline, width and labels in the legend", async ({
    page,
  }) => {
    await page.goto(NETWORK);
    // The survey's 11 of 29 accounts dormant as of its date; the UK's is one that others still mention.
    await expect(page.getByTestId("flag-dormant")).toHaveCount(11);
    const uk = page.locator("[data-testid=network-row][data-handle=demo_mn_united_kingdom]");
    await expect(uk.getByTestId("flag-dormant")).toHaveText("Dormant");
    expect(Number(await uk.getByTestId("links-in").textContent())).toBeGreaterThan(0);
    const legend = page.getByTestId("graph-legend");
    await expect(legend.getByTestId("legend-size")).toContainText(
      "links an active account sent and received in the period",
    );
    await expect(legend.getByTestId("legend-dormant")).toHaveText(
      "Dormant or never posted (muted, dashed outline): no own post in the 90 days up to Aug 15, 2017; drawn smallest",
    );
    await expect(legend.getByTestId("legend-width")).toContainText("Line width: posts behind the link, 2 posts to");
    await expect(legend.getByTestId("legend-labels")).toContainText("the 10 most active accounts");
    await expect(page.getByTestId("network-graph")).toHaveAttribute(
      "aria-label",
      /Handles are written beside 10 accounts/,
    );
  });

  test("loads the graph library only with the graph, not in the first-load JavaScript", async ({ page, request }) => {
    const html = await (await request.get(NETWORK)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const body = await (await request.get(src)).text();
      expect(body.includes("cytoscape_stylesheet"), src).toBe(false);
    }
    const loaded: string[] = [];
    page.on("response", async (response) => {
      if (!response.url().includes("/_next/static/chunks/")) return;
      // A body still being read when the test ends is not a failure of the test.
      const body = await response.text().catch(() => "");
      if (body.includes("cytoscape_stylesheet")) loaded.push(response.url());
    });
    await page.goto(NETWORK);
    await expect(page.getByTestId("network-graph")).toHaveAttribute("data-state", "ready");
    await expect.poll(() => loaded.length).toBe(1);
  });

  test("counts HQ's English account's links in as the store does, and flags it receive-only", async ({ page }) => {
    await page.goto(NETWORK);
    const row = page.locator("[data-testid=network-row][data-handle=demo_mn_mfa_en]");
    const expected = await linksInFromDb("demo_mn_mfa_en");
    expect(expected).toBeGreaterThan(0);
    await expect(row.getByTestId("links-in")).toHaveText(String(expected));
    await expect(row.getByTestId("links-out")).toHaveText("0");
    await expect(row.getByTestId("flag-receive-only")).toHaveText("Receive-only");
    await expect(page.getByTestId("receive-only-accounts")).toContainText("@demo_mn_mfa_en");
  });

  test("the total of links equals every post naming another ministry account", async ({ page }) => {
    await page.goto(NETWORK);
    const expected = await scalar(
      `SELECT COUNT(*) FROM Post p JOIN Account s ON s.id = p.accountId JOIN Account t ON t.platform = s.platform AND t.id <> s.id
       WHERE s.ownerType = 'institutional' AND t.ownerType = 'institutional' AND p.postedAt >= ? AND p.postedAt < ? AND ${NAMES_HANDLE}`,
      [SURVEY_PERIOD.from, SURVEY_PERIOD.toExclusive],
    );
    await expect(page.getByTestId("links-total")).toHaveText(expected.toLocaleString("en-US"));
    await expect(page.getByTestId("reciprocity")).toHaveText(/^\d+(\.\d)?%$/);
  });

  test("a link's count leads to the posts of its source naming its target", async ({ page }) => {
    await page.goto(NETWORK);
    const singapore = await accountId("demo_mn_singapore");
    const row = page.locator(`[data-testid=network-row][data-account="${singapore}"]`);
    await row.locator("summary").click();
    const outgoing = row.locator(`[data-testid=network-link][data-source="${singapore}"]`).first();
    const target = (await outgoing.getAttribute("data-target"))!;
    const targetHandle = String(
      (await demoDb().execute({ sql: "SELECT handle FROM Account WHERE id = ?", args: [target] })).rows[0]!.handle,
    );
    const link = outgoing.getByTestId("link-posts");
    await expect(link).toHaveText(String(await linkPostsFromDb(singapore, targetHandle)));
    const href = new URL((await link.getAttribute("href"))!, "http://x");
    expect(href.pathname).toBe("/posts");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      asOf: "2017-08-15",
      account: singapore,
      with: targetHandle,
    });
  });

  test("an account with more than ten links lists its ten heaviest and leads to its posts for the rest", async ({
    page,
  }) => {
    await page.goto(NETWORK);
    const counts = (await page.locator("[data-testid=network-row] summary").allTextContents()).map((text) =>
      Number(/\d+/.exec(text)?.[0] ?? 0),
    );
    const most = Math.max(...counts);
    expect(most).toBeGreaterThan(10);
    const row = page
      .locator("[data-testid=network-row]")
      .filter({ has: page.locator("summary", { hasText: new RegExp(`^${most} links$`) }) })
      .first();
    await row.locator("summary").click();
    const listed = row.getByTestId("network-link");
    await expect(listed).toHaveCount(10);
    // Heaviest first.
    const shown = (await listed.getByTestId("link-posts").allTextContents()).map(Number);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const more = row.getByTestId("more-links");
    await expect(more).toContainText(`${most - 10} more links`);
    const href = new URL((await more.getByRole("link").getAttribute("href"))!, "http://x");
    expect(href.pathname).toBe("/posts");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      asOf: "2017-08-15",
      account: await row.getAttribute("data-account"),
    });
  });

  test("the flag filter narrows the table to the flagged accounts, and a bad flag is refused by name", async ({
    page,
  }) => {
    await page.goto(NETWORK);
    const receiveOnly = await page.getByTestId("receive-only-count").textContent();
    expect(Number(receiveOnly)).toBeGreaterThan(0);
    await expect(page.getByTestId("network-table-count")).toHaveText("Accounts 1–29 of 29");
    await page
      .getByTestId("network-flag-filter")
      .getByRole("link", { name: `Receive-only (${receiveOnly})` })
      .click();
    await expect(page).toHaveURL(/flag=receiveOnly/);
    await expect(page.getByTestId("network-row")).toHaveCount(Number(receiveOnly));
    for (const row of await page.getByTestId("network-row").all())
      await expect(row.getByTestId("flag-receive-only")).toBeVisible();
    await expect(page.getByTestId("network-table-count")).toHaveText(`Accounts 1–${receiveOnly} of ${receiveOnly}`);
    // The other views keep the period; "All" brings every account back.
    await page.getByTestId("network-flag-filter").getByRole("link", { name: "All (29)" }).click();
    await expect(page.getByTestId("network-row")).toHaveCount(29);
    await expect(page.getByTestId("as-of")).toContainText("As of Aug 15, 2017");

    await page.goto(`${NETWORK}&flag=dormant`);
    await expect(page.getByTestId("filter-error")).toContainText("flag");
    await expect(page.getByTestId("network-row")).toHaveCount(0);
  });

  test("pages the account table at the chosen rows per page", async ({ page }) => {
    await page.goto(NETWORK);
    const all = await page
      .getByTestId("network-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-account")));
    expect(all).toHaveLength(29);
    await page.getByTestId("network-pages").getByRole("link", { name: "10", exact: true }).click();
    await expect(page).toHaveURL(/rows=10/);
    await expect(page.getByTestId("network-table-count")).toHaveText("Accounts 1–10 of 29");
    await page.getByTestId("network-pages").getByRole("link", { name: "Next" }).click();
    await expect(page.getByTestId("network-table-count")).toHaveText("Accounts 11–20 of 29");
    expect(
      await page.getByTestId("network-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-account"))),
    ).toEqual(all.slice(10, 20));
    await page.getByTestId("network-pages").getByRole("link", { name: "Next" }).click();
    await expect(page.getByTestId("network-row")).toHaveCount(9);
    await expect(page.getByTestId("network-pages").getByTestId("page-of")).toHaveText("Page 3 of 3");
    await page.goto(`${NETWORK}&rows=12`);
    await expect(page.getByTestId("filter-error")).toContainText("rows");
  });

  test("an account's name opens the account; a mission's opens its own network", async ({ page }) => {
    await page.goto(NETWORK);
    await page
      .locator("[data-testid=network-row][data-handle=demo_mn_mfa_en]")
      .getByRole("link", { name: "@demo_mn_mfa_en" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${await accountId("demo_mn_mfa_en")}\\?asOf=2017-08-15`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("@demo_mn_mfa_en");

    await page.goto(NETWORK);
    await page
      .locator("[data-testid=network-mission-row][data-mission=germany]")
      .getByRole("link", { name: "Germany" })
      .click();
    await expect(page).toHaveURL(new RegExp(`mission=${await missionId("germany")}`));
    await expect(page.getByRole("heading", { level: 1, name: "Account network: Germany" })).toBeVisible();
    await expect(page.getByTestId("network-row")).toHaveCount(1);
    await expectGraphPainted(page);
    // HQ sees Germany's partners by name.
    await expect(page.getByText("Another mission's account")).toHaveCount(0);
  });

  test("explains a malformed mission and does not find an unknown one", async ({ page }) => {
    await page.goto("/network?mission=not%20an%20id");
    await expect(page.getByTestId("filter-error")).toContainText("mission");
    const response = await page.goto("/network?mission=no-such-mission");
    expect(response?.status()).toBe(404);
    await page.goto("/network?asOf=2017-02-30");
    await expect(page.getByTestId("range-error")).toContainText("2017-02-30");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto(NETWORK);
    await expect(page.getByTestId("network-graph")).toHaveAttribute("data-state", "ready");
    await expectNoSeriousA11yViolations(page);
  });

  test("screenshots at desktop and phone width", async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, width, height] of [
      ["desktop", 1280, 900],
      ["phone", 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(NETWORK);
      await expectGraphPainted(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `network-${name}.png`), fullPage: true });
    }
  });
});

test.describe("account network (ambassador to Singapore)", () => {
  test.use({ storageState: storageStateFor("ambassadorSingapore") });

  test("sees Singapore's account by name and every other mission's account anonymously", async ({ page }) => {
    await page.goto(NETWORK);
    await expect(page.getByRole("heading", { level: 1, name: "Account network: Singapore" })).toBeVisible();
    await expectGraphPainted(page);
    const rows = page.getByTestId("network-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute("data-handle", "demo_mn_singapore");
    await expect(rows.first().getByTestId("links-in")).toHaveText(String(await linksInFromDb("demo_mn_singapore")));
    await rows.first().locator("summary").click();
    await expect(page.getByText("Another mission's account 1", { exact: false }).first()).toBeVisible();

    // No other account's handle, and no other mission's name, anywhere on the page or in its links.
    const text = await page.locator("main").innerText();
    const html = await page.locator("main").innerHTML();
    const others = await demoDb().execute(
      "SELECT a.id, a.handle, m.name FROM Account a JOIN Mission m ON m.id = a.missionId WHERE m.slug <> 'singapore'",
    );
    for (const other of others.rows) {
      expect(html.includes(String(other.handle)), String(other.handle)).toBe(false);
      expect(html.includes(String(other.id)), String(other.id)).toBe(false);
      expect(text.includes(String(other.name)), String(other.name)).toBe(false);
    }
    // Links with anonymous accounts lead nowhere; the ministry's totals are shown as aggregates only.
    await expect(page.locator("a[href*='with=']")).toHaveCount(0);
    await expect(page.getByTestId("ministry-comparison")).toContainText("Ministry reciprocity");
    await expect(page.getByTestId("network-missions")).toHaveCount(0);
  });

  test("cannot open another mission's network", async ({ page }) => {
    const response = await page.goto(`/network?mission=${await missionId("germany")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("screenshots of the ambassador's view", async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, width, height] of [
      ["desktop", 1280, 900],
      ["phone", 390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(NETWORK);
      await expectGraphPainted(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `network-ambassador-${name}.png`), fullPage: true });
    }
  });
});

test.describe("account network (ambassador to Germany)", () => {
  test.use({ storageState: storageStateFor("ambassadorGermany") });

  test("sees their dormant account flagged receive-only", async ({ page }) => {
    await page.goto(NETWORK);
    const row = page.locator("[data-testid=network-row][data-handle=demo_mn_germany]");
    await expect(row.getByTestId("links-in")).toHaveText(String(await linksInFromDb("demo_mn_germany")));
    await expect(row.getByTestId("flag-receive-only")).toBeVisible();
    await expect(page.getByTestId("receive-only-count")).toHaveText("1");
  });
});

test.describe("account network (leadership)", () => {
  test.use({ storageState: storageStateFor("leadership") });

  test("reads the whole network", async ({ page }) => {
    await page.goto(NETWORK);
    await expect(page.getByRole("heading", { level: 1, name: "Account network" })).toBeVisible();
    await expect(page.getByTestId("network-row")).toHaveCount(29);
    await expect(
      page.locator("[data-testid=network-row][data-handle=demo_mn_mfa_en] [data-testid=links-in]"),
    ).toHaveText(String(await linksInFromDb("demo_mn_mfa_en")));
    await expectGraphPainted(page);
  });
});
