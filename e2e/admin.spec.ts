import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, screenshotBothWidths } from "./support/a11y";
import { storageStateFor } from "./support/users";
import { createThrowawayUser, signInInNewContext } from "./support/throwaway-user";

test.describe("administrator", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates an analyst, deactivates them, and finds both in the audit log", async ({ page }) => {
    // A fresh address per run: the demo users are shared with other specs and stay untouched.
    const email = `e2e.analyst.${Date.now()}@mfa.test`;
    const name = `E2E Analyst ${Date.now()}`;
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const form = page.getByTestId("create-user-form");
    // A refusal keeps what was typed and ties the message to its field.
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Add user" }).click();
    const password = form.getByLabel("Initial password");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/at least 12 characters/);
    await expect(form.getByLabel("E-mail")).toHaveValue(email);

    await password.fill("an e2e password of some length");
    await form.getByLabel("Role").selectOption("analyst");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("create-user-status")).toHaveText("User added.");
    await expect(form.getByLabel("E-mail")).toHaveValue("");

    const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await expect(row).toContainText(name);
    await expect(row).toContainText("Analyst");
    await expect(row.getByTestId("user-status")).toHaveText("Active");

    await row.getByRole("button", { name: `Manage ${name}` }).click();
    const panel = page.locator(`[data-testid="manage-user"][data-email="${email}"]`);
    await panel.getByRole("button", { name: "Deactivate" }).click();
    await expect(panel.getByText("User deactivated.")).toBeVisible();
    await expect(row.getByTestId("user-status")).toHaveText("Deactivated");
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const entries = page.getByTestId("audit-row").filter({ hasText: email });
    await expect(entries.filter({ hasText: "User created" })).toHaveCount(1);
    await expect(entries.filter({ hasText: "User deactivated" })).toHaveCount(1);
    // Newest first: the deactivation is listed above the creation.
    await expect(entries.first()).toContainText("User deactivated");
    await expectNoSeriousA11yViolations(page);
  });

  test("ends a user's sessions: that user's other browser is sent to sign-in on its next page", async ({
    page,
    browser,
  }) => {
    const user = await createThrowawayUser(browser, "sessions");
    const other = await signInInNewContext(browser, user);
    await other.page.goto("/posts");
    await expect(other.page.getByTestId("signed-in-as")).toContainText(user.name);

    await page.goto("/admin/users");
    const row = page.locator(`[data-testid="user-row"][data-email="${user.email}"]`);
    await row.getByRole("button", { name: `Manage ${user.name}` }).click();
    const panel = page.locator(`[data-testid="manage-user"][data-email="${user.email}"]`);
    await panel.getByRole("button", { name: "End sessions" }).click();
    await expect(panel.getByTestId("end-sessions-status")).toHaveText("Every session of this user has ended.");

    await other.page.reload();
    await expect(other.page).toHaveURL(/\/signin/);
    await other.context.close();
    // The administrator's own session is untouched, and the log names the action.
    await page.goto("/admin/audit");
    await expect(
      page.getByTestId("audit-row").filter({ hasText: user.email }).filter({ hasText: "Sessions ended" }),
    ).toHaveCount(1);
  });

  test("both admin pages pass the accessibility check and are screenshotted at two widths", async ({
    page,
  }, testInfo) => {
    await page.goto("/admin/users");
    await expect(page.getByTestId("user-row").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "admin-users");
    // With one user's forms open, as an administrator sees them while editing.
    await page
      .getByTestId("user-row")
      .first()
      .getByRole("button", { name: /^Manage / })
      .click();
    await expect(page.getByTestId("manage-user").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: testInfo.outputPath("admin-users-manage-desktop.png"), fullPage: true });

    await page.goto("/admin/audit");
    await expect(page.getByTestId("audit-row").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotBothWidths(page, testInfo, "admin-audit");
  });
});

test.describe("analyst", () => {
  test("does not see the admin pages or their links", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit", "/admin/audit?page=2"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Posts" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });
});
