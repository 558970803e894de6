// Journey: an admin changes SEV3's response target and sees it where people declare incidents.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test.use({ storageState: storageStateOf("admin") });

test("an admin edits the incident policy and the declare form shows it", async ({ page }) => {
  test.slow();
  await page.goto("/settings/incident-policy");
  await expect(page.getByRole("heading", { level: 1, name: "Incident policy" })).toBeVisible();
  await expectAccessibleInBothThemes(page);
  const respond = page.getByLabel("SEV3 respond within (minutes)");
  const before = await respond.inputValue();
  // A value other journeys do not depend on, and back afterwards.
  await respond.fill("90");
  await page.getByRole("button", { name: "Save incident policy" }).click();
  await expect(page.getByText("Incident policy saved.")).toBeVisible();

  await page.goto("/incidents/new");
  await expect(page.getByText(/Minor bug.*Respond within 1 h 30 min, resolve within 1 day/)).toBeVisible();

  await page.goto("/settings/incident-policy");
  await page.getByLabel("SEV3 respond within (minutes)").fill("-5");
  await page.getByRole("button", { name: "Save incident policy" }).click();
  await expect(page.getByText("respondWithinMinutes cannot be negative")).toBeVisible();
  await expect(page.getByLabel("SEV3 respond within (minutes)")).toBeFocused();
  await page.getByLabel("SEV3 respond within (minutes)").fill(before);
  await page.getByRole("button", { name: "Save incident policy" }).click();
  await expect(page.getByText("Incident policy saved.")).toBeVisible();
});
