// Signs in once per demo role and saves the session for the journeys.
import { test as setup } from "@playwright/test";
import { expectSignedIn, signIn } from "./fixtures/login";
import { storageStateOf, USERS, type RoleName } from "./fixtures/users";

for (const role of Object.keys(USERS) as RoleName[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await signIn(page, USERS[role].email);
    await page.waitForURL("/");
    await expectSignedIn(page, USERS[role].name);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
