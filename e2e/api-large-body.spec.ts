// A request body past 10 MB reaches its handler whole: a ~13 MB FOCUS export previewed through the API counts every
// line and totals them exactly (a proxy that buffers bodies would cut it at 10 MB, mid-line). API answers carry the
// API's own content security policy.
import { expect, test } from "@playwright/test";
import { formatNanos, parseNanos } from "../lib/costs/money";
import { FOCUS_FIXTURE_COLUMNS, focusFixtureLines, focusFixtureRows } from "../lib/testing/focus-fixture";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

test("a 13 MB cost file is read to its last line", async ({ page }) => {
  test.slow();
  const options = { rows: 15_000, seed: 11, month: "2026-08" };
  const csv = [...focusFixtureLines(options)].join("");
  expect(Buffer.byteLength(csv)).toBeGreaterThan(12 * 1024 * 1024);
  const billed = FOCUS_FIXTURE_COLUMNS.indexOf("BilledCost");
  let total = 0n;
  for (const row of focusFixtureRows(options)) total += parseNanos(row[billed]!)!;

  const response = await page.request.post("/api/v1/costs?preview=true", { data: csv, headers: { "content-type": "text/csv" }, timeout: 120_000 });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  expect(body).toMatchObject({ format: "focus", lines: 15_000, issueCount: 0, total: formatNanos(total, 9) });
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
