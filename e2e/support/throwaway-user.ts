import { expect, type Browser } from "@playwright/test";
import { storageStateFor } from "./users";

export interface ThrowawayUser {
  name: string;
  email: string;
  password: string;
}

/**
 * A new analyst, added through the users screen by the demo administrator. For tests that
 * sign a user out or end their sessions: ending them ends every session of that user, and
 * the demo users' saved sessions are shared by the other specs.
 */
export async function createThrowawayUser(browser: Browser, label: string): Promise<ThrowawayUser> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const user = {
    name: `E2E ${label} ${stamp}`,
    email: `e2e.${label}.${stamp}@mfa.test`,
    password: `an e2e password ${stamp}`,
  };
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("E-mail").fill(user.email);
  await form.getByLabel("Initial password").fill(user.password);
  await form.getByLabel("Role").selectOption("analyst");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("create-user-status")).toHaveText("User added.");
  await context.close();
  return user;
}

/** A browser of its own, signed in as `user` through the sign-in form. */
export async function signInInNewContext(browser: Browser, user: ThrowawayUser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
  return { context, page };
}
