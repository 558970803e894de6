// Journey: an admin imports a FOCUS 1.x export (all 44 columns) through the import page, then the showback of its
// month shows a total equal to the file's BilledCost sum, exactly, rounded once to cents.
import { expect, test } from "@playwright/test";
import { formatNanos, parseNanos } from "../lib/costs/money";
import { FOCUS_FIXTURE_COLUMNS, focusFixtureCsv, focusFixtureRows } from "../lib/testing/focus-fixture";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

test("a FOCUS CSV imported through the page: the showback total equals the file's sum", async ({ page }) => {
  test.slow();
  const team = uniqueSlug("focus-team");
  // A month of its own, far from the demo's and other journeys', so the month's total is this file's.
  const year = 1900 + Math.floor(Math.random() * 90);
  const month = `${year}-03`;
  const options = { rows: 240, month, seed: Math.floor(Math.random() * 1e6), teams: { [team]: ["gateway", "ledger"] } };
  const billed = FOCUS_FIXTURE_COLUMNS.indexOf("BilledCost");
  let sum = 0n;
  for (const row of focusFixtureRows(options)) sum += parseNanos(row[billed]!)!;
  const expected = `$${Number(formatNanos(sum, 2)).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

  await page.goto("/costs/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import costs" })).toBeVisible();
  await page.getByLabel(/Cost file/).setInputFiles({ name: `${team}.csv`, mimeType: "text/csv", buffer: Buffer.from(focusFixtureCsv(options)) });
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 240 rows" }).click();
  await expect(page.getByText(/Imported 240 rows; skipped 0/)).toBeVisible();

  await page.goto(`/costs?month=${month}`);
  await expect(page.getByRole("heading", { level: 1, name: "Costs" })).toBeVisible();
  await expect(page.getByTestId("cost-total")).toHaveText(expected);
  await expect(page.getByRole("table", { name: `Cost by team, March ${year}` }).getByRole("row", { name: new RegExp(team) })).toContainText(expected);
  await expectNoSeriousAxeViolations(page);
});
