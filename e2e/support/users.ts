import path from "node:path";
import { DEMO_USERS, type DemoUser } from "../../prisma/demo/demo-users";

export type DemoRole = "admin" | "analyst" | "leadership" | "ambassadorGermany" | "ambassadorSingapore";

export const ROLE_USERS: Record<DemoRole, DemoUser> = {
  admin: DEMO_USERS.find((u) => u.role === "admin")!,
  analyst: DEMO_USERS.find((u) => u.role === "analyst")!,
  leadership: DEMO_USERS.find((u) => u.role === "leadership")!,
  ambassadorGermany: DEMO_USERS.find((u) => u.missionSlug === "germany")!,
  ambassadorSingapore: DEMO_USERS.find((u) => u.missionSlug === "singapore")!,
};

/** Saved signed-in browser state per role, written by auth.setup.ts. */
export const storageStateFor = (role: DemoRole) => path.join(process.cwd(), "e2e", ".auth", `${role}.json`);

/** The administrator that scripts/e2e-server.ts creates with the CLI on the empty store. */
export const FIRST_ADMIN = { email: "first.admin@chancery.test", password: "first-admin-password" } as const;
export const emptyStoreUrl = () => `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3200) + 1}`;

export async function signInOnEmptyStore(page: import("@playwright/test").Page, path = "/") {
  await page.goto(`${emptyStoreUrl()}${path}`);
  await page.getByLabel("E-mail").fill(FIRST_ADMIN.email);
  await page.getByLabel("Password").fill(FIRST_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}
