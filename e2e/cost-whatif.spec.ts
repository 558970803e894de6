// Journey: an engineer opens the cost what-if on the demo's newest month (it starts from the fintech plan), turns the
// log summaries off, moves non-critical log retention between 30 and 14 days and sees the saving follow; saves the
// scenario and, after a reload, loads it back with its levers.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test.use({ storageState: storageStateOf("engineer"), timezoneId: "UTC" });

test("what-if: 14-day non-critical log retention shows its saving; a saved scenario comes back", async ({ page }) => {
  test.slow();
  await page.goto("/costs/what-if");
  await expect(page.getByRole("heading", { level: 1, name: "Cost what-if" })).toBeVisible();
  // The one-glance answer: what 14-day retention of non-critical logs alone would save.
  await expect(page.getByText("14-day retention for non-critical logs")).toBeVisible();
  // A lever that would raise the cost says so in words; no "saves -$…".
  const projection = page.getByRole("region", { name: /^Projection for / });
  await expect(projection).toContainText(/nothing else changed: (saves \$[\d,.]+ a month \([\d.]+%\)\.|costs \$[\d,.]+ more a month \([\d.]+%\): this month keeps those logs fewer than 14 days already\.|changes nothing)/);
  await expect(projection).not.toContainText("-$");
  const saving = page.getByTestId("whatif-saving");
  await expect(saving).toContainText("$");
  const retentionSaving = page.getByRole("listitem").filter({ hasText: "Retention changes" });

  // The fintech plan keeps raw logs 7 days behind daily summaries; without them, retention decides.
  await page.getByLabel("Roll logs up into summaries").uncheck();
  const retention = page.getByLabel("Non-critical log retention (tiers 2 and 3)", { exact: true });
  await expect(retention).toHaveValue("14");
  await retention.fill("30");
  const at30 = await saving.textContent();
  const retentionAt30 = await retentionSaving.textContent();
  await retention.fill("14");
  await expect(saving).not.toHaveText(at30 ?? "");
  await expect(retentionSaving).not.toHaveText(retentionAt30 ?? "");
  const at14 = await saving.textContent();

  // The slider moves the same lever with the keyboard.
  const slider = page.getByLabel("Non-critical log retention (tiers 2 and 3) slider");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(retention).toHaveValue("15");
  await page.keyboard.press("ArrowLeft");
  await expect(retention).toHaveValue("14");
  await expect(saving).toHaveText(at14 ?? "");
  await expect(page.getByRole("table", { name: "Projected cost per team" })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  const name = uniqueSlug("No summaries, 14 days");
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByText(`Scenario "${name}" saved.`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Cost what-if" })).toBeVisible();
  await expect(page.getByLabel("Roll logs up into summaries")).toBeChecked();
  await page.getByLabel("Saved scenario").selectOption({ label: name });
  await expect(page.getByLabel("Roll logs up into summaries")).not.toBeChecked();
  await expect(page.getByLabel("Non-critical log retention (tiers 2 and 3)", { exact: true })).toHaveValue("14");
  await expect(saving).toHaveText(at14 ?? "");

  await page.getByRole("button", { name: "Reset to the fintech plan" }).click();
  await expect(page.getByLabel("Roll logs up into summaries")).toBeChecked();

  // On a phone the page does not scroll sideways; the team table becomes cards.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("list", { name: "Projected cost per team" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("a saved scenario is loaded at once; its changes and new name save to it, and it is deleted after confirming", async ({ page }) => {
  test.slow();
  await page.goto("/costs/what-if");
  const retention = page.getByLabel("Non-critical log retention (tiers 2 and 3)", { exact: true });
  const chooser = page.getByLabel("Saved scenario");
  const name = uniqueSlug("Retention 21 days");
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page.getByText(`Scenario "${name}" saved.`)).toBeVisible();
  // The new scenario is the loaded one: saving again changes it rather than making another.
  await expect(chooser.locator("option:checked")).toHaveText(name);
  await expect(page.getByLabel("Scenario name")).toHaveValue(name);

  await retention.fill("21");
  const renamed = `${name} (renamed)`;
  await page.getByLabel("Scenario name").fill(renamed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Scenario "${renamed}" updated.`)).toBeVisible();
  await expect(chooser.getByRole("option", { name, exact: true })).toHaveCount(0);

  await page.reload();
  await chooser.selectOption({ label: renamed });
  await expect(retention).toHaveValue("21");
  await page.getByRole("button", { name: "Delete this scenario" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete the scenario "${renamed}"?` });
  await dialog.getByRole("button", { name: "Delete scenario" }).click();
  await expect(chooser.getByRole("option", { name: renamed })).toHaveCount(0);
  await expect(chooser).toHaveValue("");
  await expect(retention).toHaveValue("14");
});
