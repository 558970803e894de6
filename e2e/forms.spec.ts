// Journeys through the SLO and service forms as people read them: the slug follows the name until edited, saving says so, a rejected submit lands on the first field in error.
import { expect, test } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test("a new SLO's slug follows its name until edited, and create, edit and delete say they were saved", async ({ page }) => {
  // Axe runs in both themes.
  test.slow();
  const tag = unique();
  await page.goto("/slos/new");
  await page.getByLabel("Service").selectOption("refunds");
  await page.getByLabel("Name").fill(`Rückerstattung Café & ${tag}`);
  await expect(page.getByLabel("Slug")).toHaveValue(`ruckerstattung-cafe-and-${tag}`);
  await page.getByLabel("Name").fill(`Refund success ${tag}`);
  await expect(page.getByLabel("Slug")).toHaveValue(`refund-success-${tag}`);

  // Once the person edits the slug, the name no longer changes it.
  const slug = `refunds-ok-${tag}`;
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Name").fill(`Refunds succeed ${tag}`);
  await expect(page.getByLabel("Slug")).toHaveValue(slug);

  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page).toHaveURL(`/slos/${slug}`);
  await expect(page.getByRole("status").getByText(`SLO “Refunds succeed ${tag}” created.`)).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit Refunds succeed ${tag}` })).toBeVisible();
  await expect(page.getByText("Prefilled with the service tier's default.")).toHaveCount(0);
  await expect(page.getByText("The default for Tier 2 services is 99.9%.")).toBeVisible();
  // An existing SLO keeps its slug when its name changes.
  await page.getByLabel("Name").fill(`Refunds complete ${tag}`);
  await expect(page.getByLabel("Slug")).toHaveValue(slug);
  await page.getByLabel("Target (%)").fill("99.5");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/slos/${slug}`);
  await expect(page.getByRole("status").getByText(`Changes to “Refunds complete ${tag}” saved.`)).toBeVisible();
  await page.getByRole("button", { name: "Dismiss message" }).click();
  await expect(page.getByRole("status").getByText(`Changes to “Refunds complete ${tag}” saved.`)).toHaveCount(0);

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete SLO" }).click();
  await expect(page).toHaveURL("/slos");
  await expect(page.getByRole("status").getByText(`SLO “Refunds complete ${tag}” deleted.`)).toBeVisible();
});

test("a rejected SLO form puts the focus on the first field in error", async ({ page }) => {
  await page.goto("/slos/new");
  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page.getByLabel("Service")).toBeFocused();
  await expect(page.getByLabel("Service")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Service").selectOption("refunds");
  await page.getByLabel("Name").fill(`Refund latency ${unique()}`);
  await page.getByLabel("Target (%)").fill("100");
  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page.getByLabel("Target (%)")).toBeFocused();
  await expect(page.getByText("must be less than 100%")).toBeVisible();
  // Typing goes straight into the field in error.
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("99");
  await expect(page.getByLabel("Target (%)")).toHaveValue("99");
});

test("a new service's slug follows its name; a rejected submit focuses the team; create and edit say they were saved", async ({ page }) => {
  // Axe runs in both themes.
  test.slow();
  const tag = unique();
  await page.goto("/services/new");
  await page.getByLabel("Name").fill(`Ærø Settlements ${tag}`);
  await expect(page.getByLabel("Slug")).toHaveValue(`aero-settlements-${tag}`);
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page.getByLabel("Owning team")).toBeFocused();
  await expect(page.getByLabel("Owning team")).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleInBothThemes(page);

  await page.getByLabel("Owning team").selectOption("payments");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(`/services/aero-settlements-${tag}`);
  await expect(page.getByRole("status").getByText(`Service “Ærø Settlements ${tag}” created.`)).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Slug")).toHaveAttribute("readonly", "");
  await page.getByLabel("Description").fill("Settles card payments overnight.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/services/aero-settlements-${tag}`);
  await expect(page.getByRole("status").getByText(`Changes to “Ærø Settlements ${tag}” saved.`)).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the saved message shows after creating a service", async ({ page }) => {
    const tag = unique();
    await page.goto("/services/new");
    await page.getByLabel("Name").fill(`Payouts ${tag}`);
    await expect(page.getByLabel("Slug")).toHaveValue(`payouts-${tag}`);
    await page.getByLabel("Owning team").selectOption("payments");
    await page.getByRole("button", { name: "Create service" }).click();
    const message = page.getByRole("status").getByText(`Service “Payouts ${tag}” created.`);
    await expect(message).toBeVisible();
    const box = await message.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("a new team's slug follows its name, and creating it says so", async ({ page }) => {
    const tag = unique();
    await page.goto("/settings/teams");
    await page.getByLabel("Team name").fill(`Fraud Détection ${tag}`);
    await expect(page.getByLabel("Team slug")).toHaveValue(`fraud-detection-${tag}`);
    await page.getByLabel("Team slug").fill(`fraud-${tag}`);
    await page.getByLabel("Team name").fill(`Fraud ${tag}`);
    await expect(page.getByLabel("Team slug")).toHaveValue(`fraud-${tag}`);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page).toHaveURL(`/settings/teams/fraud-${tag}`);
    await expect(page.getByRole("status").getByText(`Team “Fraud ${tag}” created.`)).toBeVisible();
  });
});
