import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { demoServerLog } from "./support/demo-db";
import { ROLE_USERS } from "./support/users";

/** The security headers every response must carry (issue: production hardening). */
function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-powered-by"]).toBeUndefined();
  return policy;
}

test.describe("security headers", () => {
  test("pages: a nonce-based policy, fresh on every response, and no HSTS over plain HTTP", async ({ request }) => {
    const first = await request.get("/?asOf=2017-08-15", { maxRedirects: 0 });
    expect(first.status()).toBe(200);
    const policy = expectCommonHeaders(first);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(first.headers()["strict-transport-security"]).toBeUndefined();
    // Next.js puts the nonce on its own scripts.
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    const second = await request.get("/?asOf=2017-08-15");
    expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);
  });

  test("sign-in, redirects, API routes and static files carry them too; HSTS behind an HTTPS proxy", async ({
    request,
    page,
  }) => {
    const signedOut = await request.get("/posts", { maxRedirects: 0, headers: { cookie: "" } });
    expect(signedOut.status()).toBe(307);
    expectCommonHeaders(signedOut);
    expectCommonHeaders(await request.get("/signin"));
    const api = await request.get("/api/posts?asOf=2017-08-15");
    expect(expectCommonHeaders(api)).toContain("default-src 'none'");
    const health = await request.get("/api/health");
    expectCommonHeaders(health);

    await page.goto("/?asOf=2017-08-15");
    const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
    expect(expectCommonHeaders(await request.get(script!))).toContain("default-src 'none'");

    for (const path of ["/?asOf=2017-08-15", "/api/health"]) {
      const https = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      // The server's own HTTPS signal comes from the request guard; a client's copy of it is dropped.
      const forged = await request.get(path, { headers: { "x-forwarded-proto": "http", "x-chancery-https": "1" } });
      expect(forged.headers()["strict-transport-security"]).toBeUndefined();
    }
  });

  test("the app runs under the policy: no violations while pages load and react", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto("/?asOf=2017-08-15");
    // A client component that only works once hydrated.
    const toggle = page.getByRole("button", { name: /^Theme:/ });
    const before = await toggle.textContent();
    await toggle.click();
    await expect(toggle).not.toHaveText(before ?? "");
    await page.getByRole("link", { name: "Themes" }).first().click();
    await expect(page).toHaveURL(/\/themes/);
    await page.goto("/summaries/2017-Q2");
    await expect(page.getByTestId("narrative")).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("cross-site requests", () => {
  test("an upload from another origin is refused and writes nothing", async ({ page }) => {
    await page.goto("/imports");
    const runsBefore = await page.getByTestId("import-run-row").count();
    const response = await page.request.post("/api/imports?fileName=tweets.js", {
      data: "window.YTD.tweets.part0 = []",
      headers: { origin: "https://evil.example" },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "cross_origin" });
    await page.reload();
    await expect(page.getByTestId("import-run-row")).toHaveCount(runsBefore);
  });

  test("signing out without next-auth's CSRF token does not end the session", async ({ page }) => {
    await page.goto("/?asOf=2017-08-15");
    const response = await page.request.post("/api/auth/signout", {
      form: { callbackUrl: "/" },
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    await page.goto("/?asOf=2017-08-15");
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  });
});

test.describe("structured logs", () => {
  test("the server writes one JSON line per request, without query strings or personal data", async ({ request }) => {
    const marker = `/posts-log-probe-${Date.now()}`;
    const response = await request.get(`${marker}?email=ambassador.germany%40chancery.demo`);
    // The log of this worker's demo server, the one `request` talks to.
    const file = demoServerLog();
    await expect
      .poll(
        () =>
          readFileSync(file, "utf8")
            .split("\n")
            .filter((line) => line.includes(marker)).length,
        { timeout: 5000 },
      )
      .toBe(1);
    const line = readFileSync(file, "utf8")
      .split("\n")
      .find((l) => l.includes(marker))!;
    expect(JSON.parse(line)).toMatchObject({
      level: "info",
      event: "request",
      method: "GET",
      path: marker,
      status: response.status(),
    });
    expect(line).not.toMatch(/chancery\.demo|email|session-token/);
  });
});

test.describe("cross-site server actions", () => {
  test("a server action posted from another origin is refused with 403, not a server error", async ({ page }) => {
    await page.goto("/themes");
    // Any action id: the refusal comes before Next.js looks the action up.
    const response = await page.request.post("/themes", {
      data: "[]",
      headers: {
        origin: "https://evil.example",
        "next-action": "0".repeat(42),
        "content-type": "text/plain;charset=UTF-8",
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "cross_origin" });
    expect(response.headers()["cache-control"]).toBe("no-store");
  });
});

test.describe("as-of dates outside the store's range", () => {
  test("every screen explains 9999-12-31 and 0001-01-01 instead of failing, and the API answers 400", async ({
    page,
  }) => {
    for (const screen of ["/posts", "/stakeholders", "/working-hours", "/languages", "/people"]) {
      for (const asOf of ["9999-12-31", "0001-01-01"]) {
        const response = await page.goto(`${screen}?asOf=${asOf}`);
        expect(response?.status(), `${screen} ${asOf}`).toBe(200);
        await expect(page.getByTestId("range-error"), `${screen} ${asOf}`).toContainText(
          `“${asOf}” is outside the days Chancery can show`,
        );
      }
    }
    const api = await page.request.get("/api/posts?asOf=9999-12-31");
    expect(api.status()).toBe(400);
    expect(await api.json()).toEqual({ error: "invalid_parameters", fields: ["asOf"] });
  });
});

test.describe("the front door (issue 21)", () => {
  test("a signed-in visit to the sign-in page with a crafted callback stays on the site", async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    for (const callback of [
      "/.//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
      "/\\evil.example",
      "//evil.example",
      "https://evil.example/",
      "/%2F/evil.example",
    ]) {
      const response = await request.get(`/signin?callbackUrl=${encodeURIComponent(callback)}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      const location = response.headers()["location"] ?? "";
      expect(location, callback).not.toMatch(/^\/[\/\\]/);
      expect(new URL(location, baseURL).origin, callback).toBe(origin);
    }
  });

  test("bodies over their route's limit get a short JSON 413 before anything reads them", async ({ request }) => {
    const signIn = await request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `email=a%40b.example&password=${"a".repeat(9 * 1024)}`,
    });
    expect(signIn.status()).toBe(413);
    expect(signIn.headers()["content-type"]).toBe("application/json");
    expect(await signIn.json()).toEqual({ error: "too_large", limitBytes: 8 * 1024 });
    const action = await request.post("/", {
      headers: { "next-action": "0".repeat(40), "content-type": "text/plain" },
      data: "a".repeat(1024 * 1024 + 1),
    });
    expect(action.status()).toBe(413);
    expect(await action.json()).toEqual({ error: "too_large", limitBytes: 1024 * 1024 });
  });

  /** One credentials sign-in through next-auth's own endpoints; the URL it sends the browser to. */
  async function credentialsSignIn(
    api: APIRequestContext,
    baseURL: string,
    email: string,
    password: string,
    forwardedFor: string,
  ): Promise<string> {
    const headers = { "x-forwarded-for": forwardedFor, origin: new URL(baseURL).origin };
    const { csrfToken } = (await (await api.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", {
      headers,
      form: { email, password, csrfToken, json: "true" },
    });
    return ((await response.json()) as { url: string }).url;
  }

  test("an address locked after five failures stays locked behind a forged X-Forwarded-For", async ({
    playwright,
    baseURL,
  }) => {
    // The e2e servers trust one proxy (Playwright): the rightmost X-Forwarded-For entry is the client.
    const locked = "198.51.100.91";
    const api = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    for (let i = 0; i < 5; i++) {
      expect(await credentialsSignIn(api, baseURL!, `nobody${i}@forged.example`, "guess", locked)).toContain("error=");
    }
    const user = ROLE_USERS.analyst;
    expect(await credentialsSignIn(api, baseURL!, user.email, user.password, `10.0.0.3, ${locked}`)).toContain(
      "error=locked",
    );
    // The same right password from another address signs in: the refusal was the address's lock.
    expect(await credentialsSignIn(api, baseURL!, user.email, user.password, "198.51.100.92")).not.toContain("error=");
    await api.dispose();
  });
});
