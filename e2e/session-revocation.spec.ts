// Journeys: an admin's change to a person's role or activation ends that person's sessions in other browsers at once.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSignedIn, signIn } from "./fixtures/login";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

const PASSWORD = "revocation-test-pw";

test.use({ storageState: storageStateOf("admin") });
// Each journey signs in two or three browsers on top of the admin's.
test.slow();

/** The admin adds a person of their own, so no journey running alongside shares them. */
async function addPerson(adminPage: Page, role: "viewer" | "editor" | "admin") {
  const slug = uniqueSlug("person");
  const person = { name: `Pat ${slug}`, email: `${slug}@keel.local` };
  await adminPage.goto("/settings/users");
  const form = adminPage.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Initial password").fill(PASSWORD);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(adminPage.getByText(`Created ${person.email}.`).first()).toBeVisible();
  return person;
}

/** A separate browser, signed in as `email`. */
async function signedInBrowser(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL("/");
  await expectSignedIn(page, name);
  return page;
}

async function expectSentToLogin(page: Page) {
  await page.goto("/services");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Keel" })).toBeVisible();
}

test("changing a person's role ends their session in another browser", async ({ page, browser }) => {
  const person = await addPerson(page, "viewer");
  const theirs = await signedInBrowser(browser, person.email, person.name);

  await page.goto("/settings/users");
  await page.getByLabel(`Role of ${person.name}`).selectOption("editor");
  await expect(page.getByText(`${person.name} is now editor.`).first()).toBeVisible();

  await expectSentToLogin(theirs);
  // Signing in again gives a session with the new role.
  await signIn(theirs, person.email, PASSWORD);
  await expect(theirs).toHaveURL("/");
  await expect(theirs.getByLabel("Role: editor")).toBeVisible();
  await theirs.context().close();
});

test("deactivating a person ends their session in another browser", async ({ page, browser }) => {
  const person = await addPerson(page, "editor");
  const theirs = await signedInBrowser(browser, person.email, person.name);

  await page.goto("/settings/users");
  await page.getByRole("button", { name: `Deactivate ${person.name}` }).click();
  await expect(page.getByText(`${person.name} is deactivated.`).first()).toBeVisible();

  await expectSentToLogin(theirs);
  await theirs.context().close();
});

test("an admin changing their own role keeps this session and ends their others", async ({ page, browser }) => {
  const person = await addPerson(page, "admin");
  const here = await signedInBrowser(browser, person.email, person.name);
  const elsewhere = await signedInBrowser(browser, person.email, person.name);

  await here.goto("/settings/users");
  await here.getByLabel(`Role of ${person.name}`).selectOption("editor");
  // As an editor they may no longer see the users page, so it may give way to the "no access" page.
  await expect(here.getByText(`${person.name} is now editor.`).or(here.getByRole("heading", { name: "You don't have access to this page" })).first()).toBeVisible();

  await here.goto("/");
  await expectSignedIn(here, person.name);
  await expect(here.getByLabel("Role: editor")).toBeVisible();
  await expectSentToLogin(elsewhere);
  await here.context().close();
  await elsewhere.context().close();
});

test("a person changes their own password: this browser stays signed in, their other one ends", async ({ page, browser }) => {
  const person = await addPerson(page, "viewer");
  const here = await signedInBrowser(browser, person.email, person.name);
  const elsewhere = await signedInBrowser(browser, person.email, person.name);

  await here.goto("/settings");
  const form = here.getByRole("region", { name: "Change your password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill("a brand new secret");
  await form.getByLabel("Repeat the new password").fill("a brand new secret");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("that is not your current password")).toBeVisible();

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("a brand new secret");
  await form.getByLabel("Repeat the new password").fill("a brand new secret");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Password changed.")).toBeVisible();

  await here.goto("/");
  await expectSignedIn(here, person.name);
  await expectSentToLogin(elsewhere);
  await signIn(elsewhere, person.email, "a brand new secret");
  await expect(elsewhere).toHaveURL("/");
  await here.context().close();
  await elsewhere.context().close();
});

test("an admin resets a person's password: their session ends and the new password signs in", async ({ page, browser }) => {
  const person = await addPerson(page, "editor");
  const theirs = await signedInBrowser(browser, person.email, person.name);

  await page.goto("/settings/users");
  await page.getByRole("button", { name: `Reset the password of ${person.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Set a new password for ${person.name}` });
  await dialog.getByLabel("New password").fill("short");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByText("must be at least 8 characters")).toBeVisible();
  await dialog.getByLabel("New password").fill("reset by the admin");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByText(`New password set for ${person.name}`)).toBeVisible();

  await expectSentToLogin(theirs);
  await signIn(theirs, person.email, "reset by the admin");
  await expect(theirs).toHaveURL("/");
  await theirs.context().close();
});
