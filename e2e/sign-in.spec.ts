// Journeys: signing in as each role, a wrong password, landing back on the page you asked for, signing out.
import { expect, test } from "@playwright/test";
import { expectSignedIn, signIn } from "./fixtures/login";
import { USERS } from "./fixtures/users";

const ROLE_OF = { admin: "admin", manager: "editor", engineer: "editor", viewer: "viewer" } as const;

for (const [key, user] of Object.entries(USERS) as [keyof typeof USERS, (typeof USERS)[keyof typeof USERS]][]) {
  test(`${key} signs in and sees the shell with the ${ROLE_OF[key]} role`, async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Demo logins" })).toBeVisible();
    await signIn(page, user.email);
    await expect(page).toHaveURL("/");
    await expectSignedIn(page, user.name);
    await expect(page.getByLabel(`Role: ${ROLE_OF[key]}`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" }).first();
    for (const section of ["Overview", "Services", "SLOs", "Settings"]) {
      await expect(nav.getByRole("link", { name: section })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

    await nav.getByRole("link", { name: "Settings" }).click();
    const tabs = page.getByRole("navigation", { name: "Settings sections" });
    await expect(tabs.getByRole("link", { name: "Teams" })).toBeVisible();
    // Only admins manage users, tokens and the audit log.
    await expect(tabs.getByRole("link", { name: "Users" })).toHaveCount(key === "admin" ? 1 : 0);
    await expect(tabs.getByRole("link", { name: "API tokens" })).toHaveCount(key === "admin" ? 1 : 0);
  });
}

test("a wrong password shows an error and keeps you on the login page", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, USERS.engineer.email, "not-the-password");
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("without a session any page leads to the login page and back after signing in", async ({ page }) => {
  await page.goto("/settings/teams");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Fteams/);
  await expect(page.getByRole("heading", { name: "Sign in to Keel" })).toBeVisible();
  await signIn(page, USERS.viewer.email);
  await expect(page).toHaveURL("/settings/teams");
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, USERS.manager.email);
  await expectSignedIn(page, USERS.manager.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/services");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fservices/);
});
