// Journey: a manager looks for cost anomalies. A team of this run spends a flat 100 a month for six months, then 300:
// the month before lists none; the spike month lists the team and all teams together with what was expected, and the
// 12-month chart names the month.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

test("a month far above the months before it is listed as an anomaly, for the team and for all teams", async ({ page }) => {
  test.slow();
  const team = uniqueSlug("anomaly-team");
  // Years no other journey writes costs in, so "all teams" is this journey's lines only.
  const year = 1800 + Math.floor(Math.random() * 100);
  const months = ["01", "02", "03", "04", "05", "06", "07"].map((m) => `${year}-${m}`);
  const csv = ["month,team,service,signal,cost,currency", ...months.map((month, i) => `${month},${team},ledger-api,logs,${i === 6 ? "300.00" : "100.00"},USD`)].join("\n");
  const imported = await page.request.post("/api/v1/costs", { data: csv, headers: { "content-type": "text/csv" } });
  expect(imported.status()).toBe(200);

  await page.goto(`/costs?month=${year}-06`);
  const june = page.getByRole("region", { name: "Budgets, anomalies and forecast" });
  await expect(june.getByRole("heading", { name: `Anomalies in the 12 months to June ${year}` })).toBeVisible();
  await expect(june.getByText("None: every month stayed within the range of the months before it.")).toBeVisible();

  const filters = page.getByRole("search", { name: "Choose the month and breakdown" });
  await filters.getByLabel("Month").selectOption(`${year}-07`);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${year}-07`));
  await expect(page.getByText("A month is an anomaly when its cost is more than 3σ from the mean of the 6 months before it, or more than 50.0% above that mean.")).toBeVisible();
  const list = page.getByRole("list", { name: `Cost anomalies in the 12 months to July ${year}` });
  await expect(list.getByRole("listitem")).toHaveText([
    `July ${year}, all teams: $300.00, above the $0.00–$150.00 expected from the mean of $100.00 (+200.0%).`,
    `July ${year}, ${team}: $300.00, above the $0.00–$150.00 expected from the mean of $100.00 (+200.0%).`,
  ]);
  const outlook = page.getByRole("table", { name: `Budgets, anomalies and forecast per team, July ${year}` });
  await expect(outlook.getByRole("row", { name: new RegExp(team) })).toContainText("Anomaly: above the trailing months");
  await expect(page.getByRole("img", { name: /Monthly observability cost in USD by team/ })).toHaveAccessibleName(/anomalies in Jul/);
  await expectNoSeriousAxeViolations(page);
});
