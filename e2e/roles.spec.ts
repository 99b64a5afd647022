import { expect, test } from "@playwright/test";
import { demoDb } from "./support/demo-db";
import { ROLE_USERS, storageStateFor } from "./support/users";
import { createThrowawayUser, signInInNewContext } from "./support/throwaway-user";

async function missionId(slug: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Mission WHERE slug = ?", args: [slug] });
  return String(result.rows[0]!.id);
}
async function accountId(handle: string): Promise<string> {
  const result = await demoDb().execute({ sql: "SELECT id FROM Account WHERE handle = ?", args: [handle] });
  return String(result.rows[0]!.id);
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page sends to sign-in and the API answers 401", async ({ page, request }) => {
    for (const path of ["/", "/posts", "/themes", `/missions/${await missionId("germany")}`]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/signin/);
    }
    expect((await request.get("/api/posts")).status()).toBe(401);
  });

  test("signing in at the bare address leads each role to its own home", async ({ browser }) => {
    const homes = [
      ["leadership", /\/summaries$/, "Quarterly summaries"],
      ["analyst", /:\d+\/$/, "Ministry overview"],
      ["ambassadorSingapore", new RegExp(`/missions/${await missionId("singapore")}$`), "Singapore"],
    ] as const;
    for (const [role, url, heading] of homes) {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.79" } });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(/\/signin$/);
      await page.getByLabel("E-mail").fill(ROLE_USERS[role].email);
      await page.getByLabel("Password").fill(ROLE_USERS[role].password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page, role).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await context.close();
    }
  });

  test("a wrong password is refused with a clear message", async ({ browser }) => {
    // Its own address, so that this failure slows nobody else's sign-in.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("E-mail").fill(ROLE_USERS.analyst.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong e-mail or password.");
    await context.close();
  });

  test("five failures lock the account, even with the right password afterwards", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.78" } });
    const page = await context.newPage();
    await page.goto("/signin");
    const user = ROLE_USERS.leadership;
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${i}-password`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("sign-in-error")).toBeVisible();
    }
    await expect(page.getByTestId("sign-in-error")).toContainText("locked");
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toContainText("locked");
    await context.close();
  });
});

test.describe("ambassador of a dormant mission", () => {
  test.use({ storageState: storageStateFor("ambassadorGermany") });

  test("lands on their own scorecard and cannot open another mission", async ({ page, request }) => {
    const germany = await missionId("germany");
    const singapore = await missionId("singapore");
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/missions/${germany}`));
    await expect(page.getByRole("heading", { level: 1, name: "Germany" })).toBeVisible();
    await expect(page.getByTestId("peer-score")).toContainText("anonymous");
    await expect(page.getByRole("link", { name: "← All missions" })).toHaveCount(0);
    // Typing another mission's address shows the same page as a mission that does not exist.
    const response = await page.goto(`/missions/${singapore}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect((await page.goto(`/accounts/${await accountId("demo_mn_singapore")}`))?.status()).toBe(404);
    expect((await page.goto(`/posts?mission=${singapore}`))?.status()).toBe(404);
    expect((await request.get(`/api/posts?mission=${singapore}`)).status()).toBe(404);
    // Their own posts are there.
    await page.goto(`/posts?asOf=2017-08-15&since=all`);
    await expect(page.getByTestId("post-total")).toHaveText("76 posts up to the as-of date");
  });
});

test.describe("ambassador of an active mission", () => {
  test.use({ storageState: storageStateFor("ambassadorSingapore") });

  test("sees only Singapore's posts and accounts", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    await expect(page.getByRole("heading", { level: 1, name: "Singapore" })).toBeVisible();
    await expect(page.getByTestId("account-row")).toHaveCount(1);
    expect((await page.goto(`/missions/${await missionId("germany")}`))?.status()).toBe(404);
    await page.goto("/posts?asOf=2017-08-15");
    const missions = await page.getByTestId("post-row").locator("td:nth-child(2) .text-xs").allTextContents();
    expect(new Set(missions)).toEqual(new Set(["Singapore"]));
  });
});

for (const role of ["leadership", "admin"] as const) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("sees every mission", async ({ page }) => {
      await page.goto("/?asOf=2017-08-15");
      await expect(page.getByTestId("mission-row")).toHaveCount(28);
      await expect(page.getByTestId("signed-in-as")).toContainText(ROLE_USERS[role].name);
    });
  });
}

test.describe("signing out", () => {
  // Signing out ends every session of the user: a user of its own, not a demo user other specs are signed in as.
  test("ends the session, and a copy of its cookie replayed afterwards opens nothing", async ({ browser }) => {
    const user = await createThrowawayUser(browser, "signout");
    const { context, page } = await signInInNewContext(browser, user);
    const copy = await context.storageState();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
    await context.close();

    const replay = await browser.newContext({ storageState: copy });
    const replayed = await replay.newPage();
    await replayed.goto("/posts");
    await expect(replayed).toHaveURL(/\/signin/);
    expect((await replayed.request.get("/api/posts")).status()).toBe(401);
    // next-auth's own session endpoint names no user for it either.
    const session = await replayed.request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    expect(await session.json()).toEqual({});
    expect(session.headers()["cache-control"]).toContain("no-store");
    const { csrfToken } = await (await replayed.request.get("/api/auth/csrf")).json();
    const posted = await replayed.request.post("/api/auth/session", { data: { csrfToken } });
    expect(await posted.json()).toEqual({});
    await replay.close();
  });
});

for (const role of ["admin", "analyst", "leadership", "ambassadorGermany"] as const) {
  test.describe(`${role}'s header`, () => {
    test.use({ storageState: storageStateFor(role), viewport: { width: 1440, height: 900 } });

    test("keeps who is signed in, sign-out and the colour scheme on one line at 1440 px", async ({ page }) => {
      // Not "/": an ambassador is redirected from there to the scorecard, on a loaded machine after the header has shown.
      await page.goto("/posts?asOf=2017-08-15");
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      // Measured in the page in one go, and again until it holds, so that a re-render between two reads cannot fail it.
      const offset = () =>
        page.evaluate(() => {
          const middle = (element: Element | null | undefined) => {
            if (!element) return Number.NaN;
            const box = element.getBoundingClientRect();
            return box.top + box.height / 2;
          };
          const header = document.querySelector("header");
          const signedIn = middle(header?.querySelector("[data-testid=signed-in-as]"));
          const toggle = middle(header?.querySelector("[data-testid=theme-toggle]"));
          const signOut = middle(
            [...(header?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Sign out"),
          );
          return Math.max(Math.abs(toggle - signedIn), Math.abs(signOut - signedIn));
        });
      await expect.poll(offset).toBeLessThan(4);
    });
  });
}
