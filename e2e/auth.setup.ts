import { expect, test as setup } from "@playwright/test";
import { ROLE_USERS, storageStateFor, type DemoRole } from "./support/users";

for (const role of Object.keys(ROLE_USERS) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = ROLE_USERS[role];
    await page.goto("/signin");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The first sign-in also renders the first page of a cold server: allow for a busy machine.
    await expect(page.getByTestId("signed-in-as")).toContainText(user.name, { timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
