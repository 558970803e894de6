// Journey: an admin edits a readiness template (adds an item); saving makes a new version, the version history lists
// both, the old version stays readable, and a review started before the edit keeps its version and its items.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";
import { createCoreBankingService, createJourneyTemplate, launchDate, startReview } from "./support/readiness";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

test("edit a template: a new version appears, an existing review keeps the old one", async ({ page }) => {
  test.slow();
  const slug = uniqueSlug("prr-tpl");
  const name = await createJourneyTemplate(page.request, slug, [{ key: "runbook-written", text: "Runbook written" }]);
  const service = uniqueSlug("ledger-tpl");
  await createCoreBankingService(page.request, service);
  const reviewId = await startReview(page.request, { service, template: slug, launchDate: launchDate() });

  await page.goto("/readiness/templates");
  await expect(page.getByRole("heading", { level: 1, name: "Readiness templates" })).toBeVisible();
  const row = page.getByRole("table", { name: "Readiness templates" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("v1");
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Template: ${name}` })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit template: ${name}` })).toBeVisible();
  // A new item left empty is refused on its own field.
  await page.getByRole("button", { name: "Add item to Launch basics" }).click();
  await page.getByRole("button", { name: "Save as new version" }).click();
  const newText = page.getByLabel("Item 2 text");
  await expect(newText).toHaveAttribute("aria-invalid", "true");
  await expect(newText).toBeFocused();
  await newText.fill("Rollback plan rehearsed");
  await page.getByLabel("Automatic check for “Rollback plan rehearsed”").selectOption("recent_drill");
  await page.getByLabel("Within months (default 6)").fill("3");
  await page.getByRole("button", { name: "Move “Rollback plan rehearsed” up" }).click();
  await expect(page.getByLabel("Item 1 text")).toHaveValue("Rollback plan rehearsed");
  await page.getByLabel("What changed").fill("Add a rollback item with the drill check");
  await expectAccessibleInBothThemes(page);
  await page.getByRole("button", { name: "Save as new version" }).click();

  await expect(page).toHaveURL(new RegExp(`/readiness/templates/${slug}$`));
  await expect(page.getByText(`Template “${name}” saved as version 2.`)).toBeVisible();
  await expect(page.getByText("Showing version 2 (current).")).toBeVisible();
  const launch = page.getByRole("region", { name: "Launch basics" });
  await expect(launch.getByText("Rollback plan rehearsed")).toBeVisible();
  await expect(launch.getByText("Automatic check: A game day or drill of the service ran in the last 3 months")).toBeVisible();
  const versions = page.getByRole("table", { name: "Template versions" });
  await expect(versions.getByRole("row").filter({ hasText: "Add a rollback item with the drill check" })).toContainText("Version 2");
  await expect(versions.getByRole("row").filter({ hasText: "First version" })).toContainText("Version 1");

  // The old version is still there to read.
  await versions.getByRole("link", { name: "Version 1" }).click();
  await expect(page.getByText("Showing version 1 (the current version is 2).")).toBeVisible();
  await expect(page.getByRole("region", { name: "Launch basics" }).getByText("Rollback plan rehearsed")).toHaveCount(0);

  // The review started before the edit keeps version 1 and its one item.
  await page.goto(`/readiness/reviews/${reviewId}`);
  await expect(page.getByRole("link", { name: `${name} v1` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Runbook written", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Rollback plan rehearsed", exact: true })).toHaveCount(0);
  await expect(page.getByRole("progressbar", { name: "Review progress" })).toHaveAttribute("aria-valuetext", "0 of 1 applicable item passed");
});
