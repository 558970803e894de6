// Journey: plan a game day for a service, run it, work its incident (acknowledge, escalate, resolve), record the runbook
// followed, turn a finding into an action item and complete it; the Drills page shows its timings while the incident log
// and the analytics figures stay as they were.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

test("plan and run a drill: timings on the Drills page, incident figures unchanged", async ({ page }) => {
  test.slow();
  // A team and service of this journey's own, so other journeys' incidents cannot move its figures.
  const team = uniqueSlug("drill-team");
  const service = uniqueSlug("drill-svc");
  expect((await page.request.post("/api/v1/teams", { data: { slug: team, name: `Drill team ${team}` } })).status()).toBe(201);
  expect((await page.request.post("/api/v1/services", { data: { slug: service, name: `Edge ${service}`, team, tier: 2 } })).status()).toBe(201);
  const analytics = async () => (await page.request.get(`/api/v1/incidents/analytics?team=${team}&from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z`)).json();
  const before = await analytics();
  expect(before).toMatchObject({ count: 0, mttaMinutes: { mean: null }, mttrMinutes: { mean: null } });

  await page.goto(`/drills/new?service=${service}`);
  await expect(page.getByRole("heading", { level: 1, name: "Plan a drill" })).toBeVisible();
  await page.getByRole("button", { name: "Partial CDN outage" }).click();
  await expect(page.getByLabel("Scenario")).toHaveValue(/edge nodes stop serving/);
  await expectAccessibleInBothThemes(page);
  await page.getByRole("button", { name: "Plan drill" }).click();
  await expect(page).toHaveURL(/\/drills\/\d+$/);
  const drillUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Drill: Partial CDN outage" })).toBeVisible();

  // The fault went in four minutes ago; the team noticed now.
  await page.getByLabel("Fault injected at").fill(new Date(Date.now() - 4 * 60_000).toISOString().slice(0, 16));
  await page.getByRole("button", { name: "Fault detected: open the drill incident" }).click();
  // The team works the drill's incident next.
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  const number = Number(page.url().split("/").at(-1));
  await expect(page.getByText(`Drill running: incident #${number} opened, flagged as a drill.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `#${number} Drill: Partial CDN outage` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Incident state" }).getByText("Drill", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText(`Incident #${number} acknowledged.`)).toBeVisible();
  await page.getByRole("button", { name: "Escalate" }).click();
  await expect(page.getByText(`Incident #${number} escalated.`)).toBeVisible();
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByText(`Incident #${number} resolved.`)).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByRole("link", { name: /drill page: Partial CDN outage/ }).click();
  await expect(page).toHaveURL(drillUrl);
  await page.getByRole("radio", { name: "Partly" }).check();
  await page.getByLabel("Runbook note").fill("The failover step named the old console.");
  await page.getByRole("button", { name: "Save runbook outcome" }).click();
  await expect(page.getByText("Runbook outcome saved.")).toBeVisible();

  const finding = `Update the CDN failover runbook ${uniqueSlug("f")}`;
  await page.getByRole("textbox", { name: "Action item" }).fill(finding);
  await page.getByRole("button", { name: "Add action item" }).click();
  await expect(page.getByText(`Action item “${finding}” added.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Findings" }).getByRole("cell", { name: finding, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Complete drill" }).click();
  await expect(page).toHaveURL(/\/drills$/);
  await expect(page.getByText("Drill “Partial CDN outage” completed.")).toBeVisible();
  await page.goto(drillUrl);
  // The fault's time was typed to the minute, so detection took four minutes and some seconds.
  await expect(page.getByRole("region", { name: "What it measured" }).getByText(/^[45] min$/).first()).toBeVisible();
  await expectAccessibleInBothThemes(page);

  // The Drills page lists it with its timings, under its service.
  await page.goto(`/drills?service=${service}`);
  const row = page.getByRole("table", { name: "Drills" }).getByRole("row").filter({ hasText: "Partial CDN outage" });
  await expect(row.getByText("Completed")).toBeVisible();
  await expect(row.getByRole("cell", { name: /^[45] min$/ })).toBeVisible();
  await expect(row.getByText("Partly")).toBeVisible();
  await expect(page.getByRole("table", { name: "Drill timings per service" }).getByRole("row").filter({ hasText: `Edge ${service}` })).toContainText("1");
  await expect(page.getByRole("figure", { name: "Drill timings over time" })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  // The incident log and the analytics leave the drill out; the action item is on the action items list.
  await page.goto(`/incidents?service=${service}`);
  await expect(page.getByRole("link", { name: `#${number} Drill: Partial CDN outage` })).toHaveCount(0);
  expect(await analytics()).toEqual(before);
  const drills = await (await page.request.get(`/api/v1/incidents?drill=true&service=${service}`)).json();
  expect(drills.incidents.map((i: { number: number; drill: boolean }) => [i.number, i.drill])).toEqual([[number, true]]);
  const plain = await (await page.request.get(`/api/v1/incidents?service=${service}`)).json();
  expect(plain.total).toBe(0);
  await page.goto(`/action-items?team=${team}`);
  await expect(page.getByText(finding).filter({ visible: true }).first()).toBeVisible();
});
