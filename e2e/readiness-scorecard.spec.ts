// Journey: a team lead opens the readiness scorecard, filters it to the core-banking team and a tier, sees the bank's
// ledger ready and its accounts API blocked by the drill check, a review of their own blocked by its failing automatic
// check, and opens a service page's Readiness section; the page holds up in light and dark and on a phone.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes, expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), timezoneId: "UTC" });

async function filter(page: Page, team: string, tier: string) {
  const form = page.getByRole("search", { name: "Filter the scorecard" });
  await form.getByLabel("Team").selectOption({ label: team });
  await form.getByLabel("Tier").selectOption({ label: tier });
  await form.getByRole("button", { name: "Apply" }).click();
}

const scorecardRow = (page: Page, service: string) => page.getByRole("table", { name: "Readiness scorecard" }).getByRole("row").filter({ has: page.getByRole("link", { name: service, exact: true }) });

test("the scorecard by team and tier, blocked reviews with their blockers, a service's Readiness section", async ({ page }) => {
  test.slow();
  // A service of this journey's own with a review started from the tier-3 template: without SLOs its checks fail.
  const team = uniqueSlug("prr-team");
  const service = uniqueSlug("prr-svc");
  const serviceName = `Statements ${service}`;
  expect((await page.request.post("/api/v1/teams", { data: { slug: team, name: `PRR team ${team}` } })).status()).toBe(201);
  expect((await page.request.post("/api/v1/services", { data: { slug: service, name: serviceName, team, tier: 3 } })).status()).toBe(201);
  const started = await page.request.post("/api/v1/readiness/reviews", { data: { service, template: "tier-3", launchDate: "2027-03-01" } });
  expect(started.status()).toBe(201);
  // Reading the review evaluates its automatic checks.
  expect((await page.request.get(`/api/v1/readiness/reviews/${(await started.json()).id}`)).status()).toBe(200);

  await page.goto("/readiness");
  await expect(page.getByRole("heading", { level: 1, name: "Production readiness" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Readiness scorecard" })).toBeVisible();
  await expectAccessibleInBothThemes(page);

  // The bank's tier-1 ledger: approved, every applicable item passed.
  await filter(page, "Core Banking", "Tier 1");
  await expect(page).toHaveURL(/team=core-banking/);
  await expect(page).toHaveURL(/tier=1/);
  const ledger = scorecardRow(page, "Core Ledger");
  await expect(ledger).toBeVisible();
  await expect(ledger.getByText("Ready", { exact: true })).toBeVisible();
  await expect(ledger.getByText(/^Gold/)).toBeVisible();
  await expect(scorecardRow(page, "Accounts API")).toHaveCount(0);

  // Its accounts API: blocked by the drill check (its last drill is older than six months).
  await filter(page, "Core Banking", "Tier 2");
  await expect(scorecardRow(page, "Accounts API").getByText("Blocked", { exact: true })).toBeVisible();
  const blocked = page.getByRole("region", { name: "Blocked" });
  const accounts = blocked.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Accounts API", exact: true }) });
  await expect(accounts.getByText(/drill .*more than 6 months ago/i)).toBeVisible();

  // This journey's own review: blocked by its failing SLO check, in the list and on the service page.
  await filter(page, `PRR team ${team}`, "Tier 3");
  await expect(scorecardRow(page, serviceName).getByText("Blocked", { exact: true })).toBeVisible();
  await expect(blocked.getByText(`${serviceName} has no SLO`, { exact: false }).first()).toBeVisible();
  await scorecardRow(page, serviceName).getByRole("link", { name: serviceName }).click();
  await expect(page.getByRole("heading", { level: 1, name: serviceName })).toBeVisible();
  const section = page.getByRole("region", { name: "Readiness" });
  await expect(section.getByText("Blocked", { exact: true })).toBeVisible();
  await expect(section.getByRole("heading", { name: `What stands between ${serviceName} and ready` })).toBeVisible();
  await expect(section.getByRole("link", { name: "Open the review" })).toHaveAttribute("href", /\/readiness\/reviews\/\d+$/);
  await expectAccessibleInBothThemes(page);

  // The ledger's page says when it was approved and when the re-review is due.
  await page.goto("/services/core-ledger");
  const ledgerSection = page.getByRole("region", { name: "Readiness" });
  await expect(ledgerSection.getByText("Ready", { exact: true })).toBeVisible();
  await expect(ledgerSection.getByText("Re-review due")).toBeVisible();
  await expect(ledgerSection.getByText("Not yet")).toHaveCount(0);

  // On a phone the scorecard reads as cards and nothing is wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/readiness?team=core-banking");
  await expect(page.getByRole("heading", { level: 1, name: "Production readiness" })).toBeVisible();
  const cards = page.getByRole("list", { name: "Readiness scorecard" });
  await expect(cards.getByRole("link", { name: "Core Ledger", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});
