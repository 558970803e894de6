// An engineer imports a FOCUS export: the preview shows the file's exact total before anything is written, the import
// writes every row, importing it again skips them all, and undoing the import removes it.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { formatNanos, parseNanos } from "../lib/costs/money";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

const SAMPLE = fs.readFileSync("e2e/fixtures/focus-sample.csv", "utf8");

test("import a FOCUS CSV with a preview, re-import it (all skipped) and undo it", async ({ page }) => {
  test.slow();
  // Rows of this run only: the journeys share one database, so the environment tag is made unique.
  const environment = uniqueSlug("e2e-env");
  const csv = SAMPLE.replaceAll('""environment"":""', `""environment"":""${environment}-`);
  const lines = csv.trim().split("\n").slice(1);
  const header = SAMPLE.split("\n")[0]!.split(",");
  const billed = header.indexOf("BilledCost");
  const total = lines.reduce((sum, line) => sum + parseNanos(line.split(",")[billed]!)!, 0n);
  const file = { name: `${environment}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) };

  await page.goto("/costs/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import costs" })).toBeVisible();
  const chooser = page.getByLabel(/Cost file/);
  await chooser.setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: `Preview: 30 rows (FOCUS), total ${formatNanos(total, 2)} USD` })).toBeVisible();
  await expect(page.getByText("30 new; 0 already imported")).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByRole("button", { name: "Import 30 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 30 rows; skipped 0 already imported." })).toBeVisible();
  const list = page.getByRole("table", { name: "Cost imports" });
  const row = list.getByRole("row").filter({ hasText: file.name });
  await expect(row).toContainText(`${formatNanos(total, 2)} USD`);

  // The same file again: the preview says every row is stored already, and importing adds nothing.
  await chooser.setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("0 new; 30 already imported")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ rows?$/ })).toHaveCount(0);
  const again = await page.request.post(`/api/v1/costs?fileName=${environment}-again.csv`, { headers: { "Content-Type": "text/csv" }, data: csv });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ imported: 0, skipped: 30 });

  // A broken line: the preview names its line and column, and nothing is imported.
  const broken = csv.split("\n");
  broken[17] = broken[17]!.replace(/^([^,]*),([^,]*),/, "$1,not-a-number,");
  await chooser.setInputFiles({ ...file, name: `${environment}-broken.csv`, buffer: Buffer.from(broken.join("\n")) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("line 18: BilledCost is not a number")).toBeVisible();

  await page.reload();
  await row.getByRole("button", { name: `Undo import ${file.name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByRole("table", { name: "Cost imports" }).getByRole("row").filter({ hasText: file.name }).first()).toContainText("Undone");
});
