// Journeys through the deploy gate: a new SLO's bad first half hour leaves the gate open during its warm-up; the
// gate panel of a frozen service says why, since when and who granted an exception; admins set the warm-up.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

// Axe over a full SLO or service page takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.use({ storageState: storageStateOf("admin") });

const MINUTE = 60_000;

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a new SLO with 30 minutes of bad data leaves its service's gate open, in warm-up", async ({ page }) => {
  const service = uniqueSlug("image-resizer");
  const slo = uniqueSlug("resize-success");
  expect((await page.request.post("/api/v1/services", { data: { slug: service, name: "Image Resizer", team: "streaming", tier: 2 } })).status()).toBe(201);
  const created = await page.request.post("/api/v1/slos", {
    // Its own 24-hour warm-up, so the admin journey changing the organisation's default alongside does not move it.
    data: { slug: slo, name: "Resize success", service, sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences", policy: { warmUpHours: 24 } },
  });
  expect(created.status()).toBe(201);
  // The last 30 minutes: one request in ten fails, a hundred times the allowance.
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const points = Array.from({ length: 30 }, (_, i) => ({ slo, ts: new Date(now - (30 - i) * MINUTE).toISOString(), good: 900, total: 1000 }));
  expect(await (await page.request.post("/api/v1/sli", { data: { points } })).json()).toEqual({ accepted: 30 });

  const status = await (await page.request.get(`/api/v1/slos/${slo}`)).json();
  expect(status.policy.state).toBe("freeze");
  expect(Date.parse(status.policy.warmUpUntil)).toBe(now - 30 * MINUTE + 24 * 60 * MINUTE);
  const gate = await (await page.request.get(`/api/v1/deploy-gate?service=${service}`)).json();
  expect(gate.allowed).toBe(true);
  expect(gate.reasons).toEqual([{ slo, rule: "warm_up", message: expect.stringMatching(/^Resize success is in warm-up until \d{4}-\d\d-\d\d \d\d:\d\d UTC: its freeze is advisory and does not close the gate/) }]);

  await page.goto(`/services/${service}`);
  const panel = page.getByRole("region", { name: "Deploy gate" });
  await expect(panel.getByText("Deploy gate:")).toContainText("open");
  await expect(panel.getByRole("heading", { name: "In warm-up (advisory, not blocking)" })).toBeVisible();
  await expect(panel.getByRole("listitem")).toContainText("is in warm-up until");
  await expectNoSeriousAxeViolations(page);

  await panel.getByRole("link", { name: "Resize success" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resize success" })).toBeVisible();
  await expect(page.getByText("Warm-up: advisory")).toBeVisible();
  await expect(page.getByRole("region", { name: "Error budget policy" })).toContainText("In warm-up until");
  await expect(page.getByRole("region", { name: "Error budget policy" })).toContainText("does not close the deploy gate of Image Resizer");
});

test("the gate panel of a frozen service says why and since when, and who granted the exception holding it open", async ({ page }) => {
  await page.goto("/services/log-pipeline");
  const panel = page.getByRole("region", { name: "Deploy gate" });
  await expect(panel.getByText("Deploy gate:")).toContainText("closed");
  await expect(panel).toContainText(/since/);
  await expect(panel.getByRole("heading", { name: "Closed because" })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "Error budget exhausted" }).getByRole("link", { name: "Log batches archived" })).toBeVisible();
  // The exception form is part of the gate's panel, not of the SLO list below it.
  await expect(panel.getByLabel("Reason for the exception")).toBeVisible();
  await expect(page.getByRole("table", { name: "SLOs of Log Pipeline" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await panel.getByLabel("Reason for the exception").fill("Rotate the archive credential");
  await panel.getByLabel("Allow deploys for (hours)").fill("2");
  await panel.getByRole("button", { name: "Grant exception" }).click();
  await expect(panel.getByText("Deploy gate:")).toContainText("open by exception");
  await expect(panel).toContainText("Held open by an exception granted by admin@keel.local");
  await expect(panel).toContainText("Rotate the archive credential");
  await expect(panel.getByRole("heading", { name: "Frozen by" })).toBeVisible();
  const gate = await (await page.request.get("/api/v1/deploy-gate?service=log-pipeline")).json();
  expect(gate.allowed).toBe(true);
  expect(gate.exception).toMatchObject({ grantedBy: "admin@keel.local", reason: "Rotate the archive credential" });
  await page.getByRole("button", { name: "Dark theme" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousAxeViolations(page);

  await panel.getByRole("button", { name: "Revoke" }).first().click();
  await expect(panel.getByText("Deploy gate:")).toContainText("closed");
});

test("an admin sets the organisation's warm-up, with the field named when it is not whole hours", async ({ page }) => {
  await page.goto("/settings/slo-policy");
  const warmUp = page.getByLabel("Warm-up for new SLOs (hours)");
  await expect(warmUp).toHaveValue("24");
  await warmUp.fill("1.5");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Warm-up must be whole hours between 0 and 720")).toBeVisible();
  await warmUp.fill("48");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText(/Error budget policy saved/)).toBeVisible();
  expect((await (await page.request.get("/api/v1/policy")).json()).warmUpHours).toBe(48);
  await page.reload();
  await expect(page.getByLabel("Warm-up for new SLOs (hours)")).toHaveValue("48");
  // Back to Keel's default for the other journeys.
  await page.getByLabel("Warm-up for new SLOs (hours)").fill("24");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText(/Error budget policy saved/)).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the demo's new SLO shows as warm-up in its service's gate", async ({ page }) => {
    await page.goto("/services/transcoding");
    const panel = page.getByRole("region", { name: "Deploy gate" });
    await expect(panel.getByText("Deploy gate:")).toContainText("open");
    await expect(panel.getByRole("listitem").filter({ hasText: "is in warm-up until" }).getByRole("link", { name: "Thumbnail generation success" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
