// Journey: an admin edits an SLO and reads in the audit log what changed, field by field, on a desktop and on a phone.
import { expect, test } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

test("the audit log shows an SLO edit as before → after lines, readable on a phone", async ({ page }) => {
  // Axe runs four times.
  test.slow();
  const slug = uniqueSlug("audit-refunds");
  const created = await page.request.post("/api/v1/slos", {
    data: { slug, name: "Refunds audited", service: "refunds", sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences" },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/slos/${slug}/edit`);
  await page.getByLabel("Target (%)").fill("99.5");
  await page.getByLabel("Window length (days)").fill("28");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/slos/${slug}`);
  await expect(page.getByRole("status").getByText("Changes to “Refunds audited” saved.")).toBeVisible();

  // This admin's SLO changes: other journeys may be changing SLOs at the same time.
  await page.goto("/settings/audit?entity=slo&actor=admin%40keel.local");
  const entry = page.getByRole("list", { name: "Audit log entries" }).getByRole("listitem").filter({ hasText: "slo.update" }).filter({ hasText: slug });
  await expect(entry.getByText("target: 99.9% → 99.5%", { exact: true })).toBeVisible();
  await expect(entry.getByText("windowDays: 30 days → 28 days", { exact: true })).toBeVisible();
  // Only what changed: the row's own timestamps and untouched fields are left out, and no raw JSON.
  await expect(entry).not.toContainText("updatedAt");
  await expect(entry).not.toContainText("sliKind");
  await expect(entry).not.toContainText("{");
  await expectAccessibleInBothThemes(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(entry.getByText("target: 99.9% → 99.5%", { exact: true })).toBeVisible();
  const line = await entry.getByText("target: 99.9% → 99.5%", { exact: true }).boundingBox();
  expect(line && line.x >= 0 && line.x + line.width <= 390).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessibleInBothThemes(page);
});

test("creating an API token is logged field by field, never with the token", async ({ page }) => {
  const name = uniqueSlug("audit-token");
  await page.goto("/settings/tokens");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New token (shown once)");
  await expect(shown).toHaveValue(/^keel_/);
  const token = await shown.inputValue();

  await page.goto("/settings/audit?entity=api_token");
  const entry = page.getByRole("list", { name: "Audit log entries" }).getByRole("listitem").filter({ hasText: "token.create" }).filter({ hasText: `name: ${name}` });
  await expect(entry.getByText("scopes: read", { exact: true })).toBeVisible();
  await expect(entry.getByText(`prefix: ${token.slice(0, 9)}`, { exact: true })).toBeVisible();
  await expect(entry).not.toContainText(token);
});
