// Journey: an editor changes what belongs to their team, and only that.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

test("an editor edits a service of their team but not of another team", async ({ page }) => {
  await page.goto("/services/refunds");
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Refunds" })).toBeVisible();
  const description = `Refund processing, reviewed ${Date.now()}`;
  await page.getByLabel("Description").fill(description);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL("/services/refunds");
  await expect(page.getByText(description)).toBeVisible();

  await page.goto("/services/live-video");
  await expect(page.getByRole("heading", { level: 1, name: "Live Video" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  const response = await page.goto("/services/live-video/edit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  expect((await page.goto("/slos/live-video-playback/edit"))?.status()).toBe(403);
  expect((await page.goto("/settings/tokens"))?.status()).toBe(403);
});

test("services filter by team and tier, and search by name", async ({ page }) => {
  await page.goto("/services");
  await page.getByLabel("Team").selectOption("streaming");
  await page.getByLabel("Tier").selectOption("2");
  await page.getByRole("button", { name: "Apply" }).click();
  const table = page.getByRole("table", { name: "Services" });
  await expect(table.getByRole("link", { name: "Transcoding" })).toBeVisible();
  await expect(table.getByRole("link", { name: "CDN Edge" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Live Video" })).toHaveCount(0);
  await expect(table.getByRole("link", { name: "Checkout" })).toHaveCount(0);

  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL("/services");
  await expect(page.getByLabel("Team")).toHaveValue("");
  await page.getByLabel("Search services").fill("ledger");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(table.getByRole("link", { name: "Core Ledger" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
});
