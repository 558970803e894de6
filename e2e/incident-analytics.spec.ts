// Incident analytics: a team of its own (so concurrent journeys cannot move its figures) has no MTTR; an incident that
// began an hour ago is declared, acknowledged and resolved through the API, and the page's MTTR becomes about 60 min.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

const statValue = (page: Page, label: string) => page.getByRole("region", { name: "Headline figures" }).getByText(label, { exact: true }).locator("xpath=following-sibling::dd[1]");

test("MTTR on the analytics page follows an incident resolved through the API", async ({ page }) => {
  test.slow();
  const team = uniqueSlug("analytics-team");
  const service = uniqueSlug("analytics-svc");
  expect((await page.request.post("/api/v1/teams", { data: { slug: team, name: `Analytics ${team.slice(-4)}` } })).status()).toBe(201);
  expect((await page.request.post("/api/v1/services", { data: { slug: service, name: "Analytics probe", team, tier: 3 } })).status()).toBe(201);

  await page.goto(`/incidents/analytics?days=30&team=${team}`);
  await expect(page.getByRole("heading", { level: 1, name: "Incident analytics" })).toBeVisible();
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue(team);
  await expect(statValue(page, "MTTR (mean)")).toHaveText("—");
  await expect(statValue(page, "Incidents")).toHaveText("0");

  const startedAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const declared = await page.request.post("/api/v1/incidents", { data: { title: "Analytics probe outage", severity: "SEV3", services: [service], startedAt } });
  expect(declared.status()).toBe(201);
  const { number } = await declared.json();
  expect((await page.request.patch(`/api/v1/incidents/${number}`, { data: { status: "acknowledged" } })).status()).toBe(200);
  expect((await page.request.patch(`/api/v1/incidents/${number}`, { data: { status: "resolved" } })).status()).toBe(200);

  const api = await (await page.request.get(`/api/v1/incidents/analytics?team=${team}`)).json();
  expect(api.count).toBe(1);
  expect(api.mttrMinutes.mean).toBeGreaterThanOrEqual(60);
  expect(api.mttrMinutes.mean).toBeLessThan(62);

  await page.reload();
  await expect(statValue(page, "Incidents")).toHaveText("1");
  await expect(statValue(page, "MTTR (mean)")).toHaveText(/^6[01](\.\d)? min$/);
  await expect(statValue(page, "MTTR (median)")).toHaveText(/^6[01](\.\d)? min$/);
  await expect(page.getByRole("table", { name: "MTTA and MTTR by team" })).toContainText("Analytics");
  await expectAccessibleInBothThemes(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(statValue(page, "MTTR (mean)")).toHaveText(/min$/);
  await expect(page.getByRole("list", { name: "MTTA and MTTR by team" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessibleInBothThemes(page);
});
