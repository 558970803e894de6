// Journey: a manager opens Costs for a month (lines of a team of their own, imported through the API), sees the total
// and the month-over-month change, switches the breakdown to environment and to cost type, and drills down
// team → service → signal; axe in light and dark, and once on a phone.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes, expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

test("showback of a month: total, breakdowns by environment and cost type, drill-down team → service → signal", async ({ page }) => {
  test.slow();
  const team = uniqueSlug("showback-team");
  // A month of its own, far from the demo's, so the total is this journey's lines only.
  const year = 1900 + Math.floor(Math.random() * 90);
  const month = `${year}-07`;
  const previous = `${year}-06`;
  const csv = [
    "month,team,service,signal,cost,currency,usage,unit,environment,cost_type",
    `${previous},${team},ledger-api,logs,100.00,USD,200,GB,production,ingest`,
    `${month},${team},ledger-api,logs,120.50,USD,241,GB,production,ingest`,
    `${month},${team},ledger-api,traces,30.25,USD,6.05,million spans,production,storage`,
    `${month},${team},ledger-api,logs,9.25,USD,,,staging,query`,
    `${month},${team},card-auth,metrics,40.000000001,USD,,,production,licence`,
  ].join("\n");
  const imported = await page.request.post("/api/v1/costs", { data: csv, headers: { "content-type": "text/csv" } });
  expect(imported.status()).toBe(200);
  expect(await imported.json()).toMatchObject({ imported: 5, skipped: 0 });

  await page.goto("/costs");
  await expect(page.getByRole("heading", { level: 1, name: "Costs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import costs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "What-if" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Choose the month and breakdown" });
  await filters.getByLabel("Month").selectOption(month);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await expect(page.getByTestId("cost-total")).toHaveText("$200.00");
  await expect(page.getByRole("paragraph").filter({ hasText: /^\+100\.0%$/ })).toBeVisible();
  await expect(page.getByText("Up $100.00 from $100.00")).toBeVisible();
  const byTeam = page.getByRole("table", { name: `Cost by team, July ${year}` });
  await expect(byTeam.getByRole("row", { name: new RegExp(team) })).toContainText("$200.00");
  await expect(byTeam.getByRole("row", { name: new RegExp(team) })).toContainText("100.0%");
  await expect(page.getByRole("img", { name: /Monthly observability cost in USD by team/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export chargeback CSV" })).toHaveAttribute("href", `/api/v1/costs/chargeback?month=${month}`);
  await expectAccessibleInBothThemes(page);

  await filters.getByLabel("Breakdown").selectOption("environment");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/groupBy=environment/);
  const byEnvironment = page.getByRole("table", { name: `Cost by environment, July ${year}` });
  await expect(byEnvironment.getByRole("row", { name: /production/ })).toContainText("$190.75");
  await expect(byEnvironment.getByRole("row", { name: /staging/ })).toContainText("$9.25");

  await page.getByRole("search", { name: "Choose the month and breakdown" }).getByLabel("Breakdown").selectOption("costType");
  await page.getByRole("search", { name: "Choose the month and breakdown" }).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/groupBy=costType/);
  const byCostType = page.getByRole("table", { name: `Cost by cost type, July ${year}` });
  await expect(byCostType.getByRole("row", { name: /ingest/ })).toContainText("$120.50");
  await expect(byCostType.getByRole("row", { name: /licence/ })).toContainText("$40.00");
  await expect(byCostType.getByRole("row", { name: /storage/ })).toContainText("$30.25");

  // Drill down: team → service → signal.
  await page.getByRole("search", { name: "Choose the month and breakdown" }).getByLabel("Breakdown").selectOption("team");
  await page.getByRole("search", { name: "Choose the month and breakdown" }).getByRole("button", { name: "Apply" }).click();
  await page.getByRole("table", { name: `Cost by team, July ${year}` }).getByRole("link", { name: team }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Costs of ${team}` })).toBeVisible();
  const byService = page.getByRole("table", { name: `Cost by service, July ${year}` });
  await expect(byService.getByRole("row", { name: /ledger-api/ })).toContainText("$160.00");
  await expect(byService.getByRole("row", { name: /card-auth/ })).toContainText("$40.00");
  await byService.getByRole("link", { name: "ledger-api" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Costs of ledger-api" })).toBeVisible();
  const bySignal = page.getByRole("table", { name: `Cost by signal, July ${year}` });
  await expect(bySignal.getByRole("row", { name: /logs/ })).toContainText("$129.75");
  await expect(bySignal.getByRole("row", { name: /logs/ })).toContainText("$100.00");
  await expect(bySignal.getByRole("row", { name: /traces/ })).toContainText("$30.25");
  await expectNoSeriousAxeViolations(page);

  // On a phone: cards instead of the table, nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/costs?month=${month}`);
  await expect(page.getByRole("list", { name: `Cost by team, July ${year}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});
