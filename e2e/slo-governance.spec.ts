// Journeys for admins: a deploy-gate exception for a frozen service, and the organisation's error budget policy.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

test("an admin grants a deploy-gate exception to a frozen service and revokes it", async ({ page }) => {
  await page.goto("/services/core-ledger");
  await expect(page.getByText("Deploy gate:")).toContainText("closed");
  await page.getByLabel("Reason for the exception").fill("Security patch for CVE-2026-1234");
  await page.getByLabel("Allow deploys for (hours)").fill("200");
  await page.getByRole("button", { name: "Grant exception" }).click();
  await expect(page.getByText("at most 168 hours (7 days)")).toBeVisible();
  await page.getByLabel("Allow deploys for (hours)").fill("2");
  await page.getByRole("button", { name: "Grant exception" }).click();
  await expect(page.getByText(/Deploys of Core Ledger are allowed until/)).toBeVisible();
  await expect(page.getByText("Deploy gate:")).toContainText("open by exception");
  const gate = await page.request.get("/api/v1/deploy-gate?service=core-ledger");
  expect((await gate.json()).allowed).toBe(true);

  await page.getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByText("Exception revoked: the freeze applies again.")).toBeVisible();
  await expect(page.getByText("Deploy gate:")).toContainText("closed");
});

test("an admin edits the error budget policy with field errors", async ({ page }) => {
  await page.goto("/settings/slo-policy");
  await expect(page.getByRole("heading", { level: 1, name: "SLO policy" })).toBeVisible();
  await expect(page.getByLabel("Warn below budget left (%)")).toHaveValue("50");
  await page.getByLabel("Warn below budget left (%)").fill("150");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText(/Warn threshold must be between 0% and 100%/)).toBeVisible();
  await page.getByLabel("Warn below budget left (%)").fill("50");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText(/Error budget policy saved/)).toBeVisible();
  await expect(page.getByLabel("Tier 2 default (%)")).toHaveValue("99.9");
});
