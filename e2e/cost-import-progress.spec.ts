// A large FOCUS export shows its progress while it is checked: the bar follows the upload the server reads line by
// line, then the last step shows a working bar, then the preview counts every line and totals them exactly.
import { expect, test } from "@playwright/test";
import { formatNanos, parseNanos } from "../lib/costs/money";
import { FOCUS_FIXTURE_COLUMNS, focusFixtureLines, focusFixtureRows } from "../lib/testing/focus-fixture";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

const ROWS = 5_000;

test("checking a large FOCUS export shows upload and reading progress, then the exact preview", async ({ page }) => {
  test.slow();
  const options = { rows: ROWS, seed: 7, month: "2026-09" };
  const csv = [...focusFixtureLines(options)].join("");
  const billed = FOCUS_FIXTURE_COLUMNS.indexOf("BilledCost");
  let total = 0n;
  for (const row of focusFixtureRows(options)) total += parseNanos(row[billed]!)!;

  await page.goto("/costs/import");
  await page.getByLabel(/Cost file/).setInputFiles({ name: "large-focus-export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  // A slow uplink (about 1 MB/s) so the ~4 MB upload takes seconds, as a real large file does.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1_000_000 });

  await page.getByRole("button", { name: "Check file" }).click();
  const uploading = page.getByRole("progressbar", { name: /^Uploading and checking large-focus-export\.csv: \d+%$/ });
  await expect(uploading).toBeVisible();
  // Part-way through: the label and the bar show a share between 1% and 99%.
  await expect(page.getByText(/^Uploading and checking large-focus-export\.csv: [1-9]\d?%$/)).toBeVisible({ timeout: 20_000 });
  const value = Number(await uploading.getAttribute("value"));
  expect(value).toBeGreaterThan(0);
  expect(value).toBeLessThan(100);

  await expect(page.getByRole("heading", { name: `Preview: ${ROWS.toLocaleString("en")} rows (FOCUS), total ${formatNanos(total, 2)} USD` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
});
