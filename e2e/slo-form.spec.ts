// Journey: an editor creates an SLO through the form — a rejected target is named next to its field — then edits its target and alert windows, and deletes it.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

test("an editor creates, edits and deletes an SLO through the form", async ({ page }) => {
  const slug = uniqueSlug("refunds-latency");
  await page.goto("/slos");
  await page.getByRole("link", { name: "New SLO" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "New SLO" })).toBeVisible();
  await page.getByLabel("Service").selectOption("refunds");
  // Tier 2 default: 99.9%.
  await expect(page.getByLabel("Target (%)")).toHaveValue("99.9");
  await expect(page.getByText("99.9% over 30 days allows 43.2 min of full outage.")).toBeVisible();
  await page.getByRole("button", { name: "Latency: requests under X ms (e.g. p99)" }).click();
  await page.getByLabel("Name").fill("Refunds under 800 ms");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Latency threshold (ms)").fill("800");
  await page.getByLabel("Target (%)").fill("100");
  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page.getByText("must be less than 100%")).toBeVisible();
  await expect(page.getByLabel("Target (%)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Refunds under 800 ms");

  await page.getByLabel("Target (%)").fill("99");
  await expect(page.getByText("99% over 30 days allows 7.2 h of full outage.")).toBeVisible();
  await page.getByRole("button", { name: "Create SLO" }).click();
  await expect(page).toHaveURL(`/slos/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Refunds under 800 ms" })).toBeVisible();
  await expect(page.getByText("No data yet, so no forecast.")).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Target (%)").fill("98.5");
  // Advanced: keep only the two page alerts, first with an inverted pair of windows that is refused next to its field.
  await page.getByText("Advanced: alert windows, error budget policy overrides, data freshness and incidents").click();
  // Refunds is tier 2: page alerts open incidents only when asked.
  await expect(page.getByLabel("Open an incident on a page alert")).toHaveValue("auto");
  await page.getByLabel("Open an incident on a page alert").selectOption("on");
  await page.getByLabel("Open a SEV3 incident when SLI data goes missing").check();
  await page.getByLabel("Custom windows").check();
  await page.getByRole("button", { name: "Remove alert window 4" }).click();
  await page.getByRole("button", { name: "Remove alert window 3" }).click();
  const second = page.getByRole("group", { name: "Alert window 2" });
  await expect(second.getByLabel("Long window")).toHaveValue("6h");
  await second.getByLabel("Short window").selectOption("1d");
  await expect(second).toContainText("The short window must be shorter than the long one.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByLabel("Short window")).toHaveAttribute("aria-invalid", "true");
  await expect(second).toContainText("must be shorter than the long window");
  await expect(page.getByLabel("Target (%)")).toHaveValue("98.5");
  await second.getByLabel("Short window").selectOption("30m");
  await second.getByLabel("Budget spent (%)").fill("6");
  // 6% of a 30-day budget within 6 hours is a burn rate of 7.2.
  await expect(second).toContainText("exceed 7.20×");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/slos/${slug}`);
  await expect(page.getByRole("region", { name: "SLI vs target" })).toContainText("target 98.5%");
  const alerts = page.getByRole("table", { name: "Burn-rate alerts" });
  await expect(alerts.getByRole("row")).toHaveCount(3);
  await expect(alerts).toContainText("7.20×");
  await expect(alerts).not.toContainText("1d / 2h");
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Open an incident on a page alert")).toHaveValue("on");
  await expect(page.getByLabel("Open a SEV3 incident when SLI data goes missing")).toBeChecked();
  await page.goto(`/slos/${slug}`);

  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("dialog")).toContainText("0 minutes of SLI data");
  await page.getByRole("button", { name: "Delete SLO" }).click();
  await expect(page).toHaveURL("/slos");
  await expect(page.getByRole("link", { name: "Refunds under 800 ms" })).toHaveCount(0);
});

test("a viewer cannot open the SLO form", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("viewer") });
  const page = await context.newPage();
  const response = await page.goto("/slos/new");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  await context.close();
});

test("data pushed through the API shows on the SLO page with the API's numbers", async ({ page }) => {
  const slug = uniqueSlug("refunds-push");
  const created = await page.request.post("/api/v1/slos", {
    data: { slug, name: "Refund pushes", service: "refunds", sliKind: "availability", target: 0.99, window: { kind: "rolling", days: 7 }, budgetingMethod: "occurrences" },
  });
  expect(created.status()).toBe(201);
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const points = Array.from({ length: 120 }, (_, i) => ({ slo: slug, ts: new Date(now - (120 - i) * 60_000).toISOString(), good: i % 10 === 0 ? 95 : 100, total: 100 }));
  const pushed = await page.request.post("/api/v1/sli", { data: { points } });
  expect(await pushed.json()).toEqual({ accepted: 120 });

  const status = await (await page.request.get(`/api/v1/slos/${slug}`)).json();
  // 12 minutes lost 5 of 100 requests: 60 bad of 12,000.
  expect(status.sli).toBeCloseTo(1 - 60 / 12_000, 12);
  expect(status.errorBudget.remaining).toBeCloseTo(0.5, 12);
  await page.goto(`/slos/${slug}`);
  await expect(page.getByRole("region", { name: "SLI vs target" })).toContainText("99.5%");
  await expect(page.getByRole("region", { name: "Error budget left" })).toContainText("50.0%");
  await expect(page.getByRole("region", { name: "In plain words" })).toContainText("≈ 60 failed requests left");
});
