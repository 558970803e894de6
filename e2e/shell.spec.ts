// Journeys through the shell: the command palette, breadcrumbs, the theme toggle, a 375 px phone, accessibility.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin") });

test("Ctrl+K finds a service by name and opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Search").fill("gateway");
  await dialog.getByRole("option", { name: /^Payment Gateway Tier 1/ }).click();
  await expect(page).toHaveURL("/services/payment-gateway");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Services" })).toBeVisible();
  await expect(crumbs.getByText("payment-gateway")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Services" })).toHaveAttribute("aria-current", "page");
});

test("the overview counts each team's services", async ({ page }) => {
  await page.goto("/");
  const teams = page.getByRole("table", { name: "Teams and their services" });
  // Each team's demo services (three each), plus those journeys add as they run (Payments, and Core Banking for readiness).
  await expect(teams.getByRole("row", { name: /Streaming/ }).getByRole("cell").nth(1)).toHaveText(/^([3-9]|\d{2,})$/);
  await expect(teams.getByRole("row", { name: /Core Banking/ }).getByRole("cell").nth(1)).toHaveText(/^([3-9]|\d{2,})$/);
  await expect(teams.getByRole("row", { name: /Payments/ }).getByRole("cell").nth(1)).toHaveText(/^([3-9]|\d{2,})$/);
});

test("each status card on the overview is one link as a whole", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const byStatus = page.getByRole("list", { name: "SLOs by status" });
  await expect(byStatus.getByRole("link")).toHaveCount(4);
  const breached = byStatus.getByRole("link", { name: /^Breached \d+ SLOs?$/ });
  // The link is the card: its box is the card's, so a click on the figure's corner, far from the label, follows it.
  await expect(breached).toBeVisible();
  // Polled: the streamed section may still be swapping its server HTML for the hydrated one.
  await expect.poll(async () => (await breached.boundingBox())?.height ?? 0).toBeGreaterThan(70);
  const box = await breached.boundingBox();
  await breached.click({ position: { x: (box?.width ?? 0) - 8, y: (box?.height ?? 0) - 8 } });
  await expect(page).toHaveURL("/slos?status=breached");
  await expect(page.getByRole("heading", { level: 1, name: "SLOs" })).toBeVisible();
  await page.goBack();
  // One tab stop per card, with the focus ring drawn round the whole card.
  const atRisk = byStatus.getByRole("link", { name: /^At risk \d+ SLOs?$/ });
  await breached.focus();
  await page.keyboard.press("Tab");
  await expect(atRisk).toBeFocused();
  expect(await atRisk.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/slos?status=at_risk");
});

test("the dark theme toggle applies and survives a reload", async ({ page }) => {
  await page.goto("/services");
  await page.getByRole("button", { name: "Dark theme" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousAxeViolations(page);
});

test("a 375 px wide phone gets a menu that reaches every section", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

const PAGES = ["/", "/services", "/services/payment-gateway", "/services/new", "/slos", "/slos/payment-success", "/slos/core-ledger-availability", "/settings", "/settings/users", "/settings/teams", "/settings/teams/payments", "/settings/tokens", "/settings/audit", "/settings/slo-policy", "/slos/new", "/incidents", "/incidents/new", "/settings/incident-policy"];

for (const path of PAGES) {
  test(`${path} has one h1 and no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
  });
}

// KEEL_UPDATE_SCREENSHOTS=1 refreshes the committed pictures; other runs keep theirs with the test results.
const README_PAGES = [
  { path: "/", file: "overview.png", heading: "Overview" },
  { path: "/incidents", file: "incidents.png", heading: "Incidents" },
  { path: "/incidents/analytics", file: "incident-analytics.png", heading: "Incident analytics" },
];

for (const shot of README_PAGES) {
  test(`${shot.heading}, for the README`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(shot.path);
    await expect(page.getByRole("heading", { level: 1, name: shot.heading })).toBeVisible();
    // Hydrated: instants are re-rendered in the browser's locale (the server sends ISO dates).
    await expect(page.getByRole("main").locator("time").first()).not.toHaveText(/^\d{4}-\d{2}-\d{2}/);
    // Streamed sections have arrived: no skeleton is left.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.screenshot({ path: process.env.KEEL_UPDATE_SCREENSHOTS ? `public/readme/${shot.file}` : testInfo.outputPath(shot.file) });
  });
}
