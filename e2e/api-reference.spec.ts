// The API reference inside Keel: reachable from the sidebar, readable without anything from outside.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("viewer") });
// The reference is one long page of several thousand elements (every operation of every domain); axe needs a minute
// or more for it on a busy 2-core machine, so these journeys get six minutes.
test.describe.configure({ timeout: 360_000 });

test("a viewer opens the API reference and reads the SLI push body", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http")) outside.push(request.url());
  });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL("/api-reference");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");

  await page.getByRole("navigation", { name: "API contents" }).getByRole("link", { name: "POST /api/v1/sli" }).click();
  const sli = page.getByRole("article", { name: "POST /api/v1/sli" });
  await expect(sli).toBeInViewport();
  await expect(sli.getByText("Requires scope ingest")).toBeVisible();
  for (const field of ["points", "slo", "ts", "good", "total"]) await expect(sli.locator("code", { hasText: new RegExp(`^${field}$`) })).toBeVisible();

  await expect(page.getByRole("link", { name: "Download openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");
  const raw = await page.request.get("/api/v1/openapi.json");
  expect((await raw.json()).openapi).toMatch(/^3\.1/);

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(outside).toEqual([]);
});

test("the API reference reads in the dark theme and on a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/api-reference#post-api-v1-sli");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Dark theme" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // The theme changes colours only, so contrast is what needs checking again.
  const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
