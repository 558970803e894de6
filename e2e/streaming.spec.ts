// Journey: the SLO page, the service page and the overview show their header, then every section arrives; each section is its own Suspense boundary.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

const FAILED = "This section could not be loaded";

// A resolved Suspense boundary is `<!--$-->`, one still streaming `<!--$?-->`; a section that failed on the server is
// `<!--$!-->` in the shell or, once streamed, a `$RX(` call that hands it to the client (and its section boundary).
function suspenseBoundaries(html: string) {
  return { all: (html.match(/<!--\$[?!]?-->/g) ?? []).length, failed: (html.match(/<!--\$!-->|\$RX\(/g) ?? []).length };
}

async function expectEverySectionSettled(page: Page) {
  await expect(page.getByRole("status", { name: /^Loading / })).toHaveCount(0);
  await expect(page.getByText(FAILED)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

test("the SLO page shows its header, then every section", async ({ page }) => {
  const response = await page.request.get("/slos/payment-success");
  expect(response.status()).toBe(200);
  const boundaries = suspenseBoundaries(await response.text());
  // Status badges, delete button and nine sections each sit in a boundary of their own.
  expect(boundaries.all).toBeGreaterThanOrEqual(10);
  expect(boundaries.failed).toBe(0);

  await page.goto("/slos/payment-success");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export OpenSLO" })).toBeVisible();
  await expect(page.getByRole("region", { name: "SLI vs target" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Forecast" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Error budget policy" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Trends" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Burn-rate alerts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Alert history (30 days)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Policy changes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Recent deployments of / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reviews and target history" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Definition" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toBeEnabled();
  await expectEverySectionSettled(page);
});

test("an unknown SLO still answers 404 before anything streams", async ({ page }) => {
  const response = await page.request.get("/slos/no-such-slo");
  expect(response.status()).toBe(404);
});

test("the service page shows its header, then the gate, SLOs and deployments", async ({ page }) => {
  const response = await page.request.get("/services/checkout");
  expect(response.status()).toBe(200);
  const boundaries = suspenseBoundaries(await response.text());
  // Ownership, the deploy-gate panel, the SLOs and the deployments.
  expect(boundaries.all).toBeGreaterThanOrEqual(4);
  expect(boundaries.failed).toBe(0);

  await page.goto("/services/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Links" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ownership" })).toContainText("Team members");
  await expect(page.getByText("Deploy gate:")).toContainText("closed");
  await expect(page.getByRole("table", { name: "SLOs of Checkout" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent deployments" })).toBeVisible();
  await expectEverySectionSettled(page);
});

test("the overview shows its greeting, then live health, reviews due and the catalogue", async ({ page }) => {
  const response = await page.request.get("/");
  expect(response.status()).toBe(200);
  const boundaries = suspenseBoundaries(await response.text());
  expect(boundaries.all).toBeGreaterThanOrEqual(4);
  expect(boundaries.failed).toBe(0);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "SLO health" })).toBeVisible();
  await expect(page.getByText(/Updated .* refreshes every 30 s/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Due for review" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Services", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Teams and their services" })).toBeVisible();
  await expectEverySectionSettled(page);
});

test("the overview's live section refreshes under the key the server filled", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText(/Updated .* refreshes every 30 s/)).toBeVisible();
  // The server's statuses seed the cache: no request for them until the 30 s refresh.
  const early = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/v1/slos", { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  expect(await early).toBe(false);
});
