// Journey: a manager sees which SLOs are in trouble and why, and the SLO page agrees with the API.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("manager") });

test("the overview names the SLOs in trouble and one click explains why", async ({ page }) => {
  await page.goto("/");
  const trouble = page.getByRole("table", { name: "SLOs in trouble" });
  await expect(trouble.getByRole("row", { name: /Checkout availability/ })).toContainText("Breached");
  await expect(trouble.getByRole("row", { name: /Core ledger availability/ })).toContainText("Freeze");
  // Why, and when the budget runs out, without leaving the overview.
  await expect(trouble.getByRole("row", { name: /Checkout availability/ })).toContainText("Already spent");
  await expect(trouble.getByRole("row", { name: /Core ledger availability/ })).toContainText(/of \w+'s budget went in its first/);
  await expect(page.getByText(/Deploys frozen for/)).toContainText("Checkout");
  await expect(page.getByText(/Updated .* refreshes every 30 s/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Firing alerts" })).toBeVisible();

  await trouble.getByRole("link", { name: "Core ledger availability" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Core ledger availability" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Error budget policy" })).toContainText(/of \w+'s budget went in its first [\d.]+ days/);
  // A calendar SLO leads with the period's budget, the so-far figure one line below.
  const budget = page.getByRole("region", { name: "Period budget" });
  await expect(budget).toContainText(/\d+% of \w+'s budget used on day \d+/);
  await expect(budget).toContainText(/the first (day's|\d+ days') errors (are within|are [\d.,]+× what)/i);
});

test("an SLO whose data stopped says so next to its status, and its alerts are unknown", async ({ page }) => {
  const status = await (await page.request.get("/api/v1/slos/account-opening-success")).json();
  expect(status).toMatchObject({ stale: true, staleAfterMinutes: 15 });
  await page.goto("/slos/account-opening-success");
  await expect(page.getByText(/^Data missing since/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Burn-rate alerts" })).toContainText("unknown, data missing");
  await page.goto("/");
  const trouble = page.getByRole("table", { name: "SLOs in trouble" });
  await expect(trouble.getByRole("row", { name: /Account opening success/ })).toContainText(/No SLI data since/);
  await expect(trouble.getByRole("row", { name: /Account opening success/ })).toContainText("Data missing since");
});

test("the SLO page shows the same figures as the API", async ({ page }) => {
  const response = await page.request.get("/api/v1/slos/payment-success");
  expect(response.status()).toBe(200);
  const status = await response.json();
  await page.goto("/slos/payment-success");
  const sli = `${(status.sli * 100).toFixed(3)}%`;
  const remaining = `${(status.errorBudget.remaining * 100).toFixed(1)}%`;
  await expect(page.getByRole("region", { name: "SLI vs target" })).toContainText(sli);
  await expect(page.getByRole("region", { name: "Error budget left" })).toContainText(remaining);
  await expect(page.getByRole("table", { name: "Burn-rate alerts" }).getByRole("row")).toHaveCount(5);
});

test("the service page shows its SLOs with budget sparklines and the deploy gate", async ({ page }) => {
  await page.goto("/services/checkout");
  await expect(page.getByText("Deploy gate:")).toContainText("closed");
  const checkout = page.getByRole("table", { name: "SLOs of Checkout" }).getByRole("row", { name: /Checkout availability/ });
  await expect(checkout.getByRole("link", { name: "Checkout availability" })).toBeVisible();
  // Its sparkline tells the week's story in words: the budget ends overspent.
  await expect(checkout.getByRole("img", { name: /^Error budget left over the last 7 days: from -?\d+\.\d% to -\d+\.\d%/ })).toBeVisible();
  await page.goto("/services/payment-gateway");
  const slos = page.getByRole("table", { name: "SLOs of Payment Gateway" });
  await expect(slos.getByText("tier=premium")).toBeVisible();
  await expect(slos.getByText("tier=standard")).toBeVisible();
});

test("the demo's raised target shows in the review history", async ({ page }) => {
  await page.goto("/slos/payment-success");
  await expect(page.getByRole("table", { name: "Reviews" }).getByRole("row", { name: /raise/ })).toContainText("99.9% → 99.95%");
});

test("a multi-dimensional SLO shows its segments side by side", async ({ page }) => {
  await page.goto("/slos/payment-latency-premium");
  const segments = page.getByRole("region", { name: "Segments side by side" });
  await expect(segments.getByRole("link", { name: "tier=premium" })).toBeVisible();
  await expect(segments.getByRole("link", { name: "tier=standard" })).toBeVisible();
});

test("the SLO list filters by service and tier, sorts and pages", async ({ page }) => {
  await page.goto("/slos");
  await page.getByLabel("Service").selectOption("payment-gateway");
  await page.getByLabel("Sort by").selectOption("name");
  await page.getByRole("button", { name: "Apply" }).click();
  const table = page.getByRole("table", { name: "SLOs" });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row").nth(1)).toContainText("Payment success rate");
  await expect(page.getByText("3 SLOs · page 1 of 1")).toBeVisible();
});
