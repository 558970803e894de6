// Journeys reading an SLO page's words: an overspent budget says by how much and when it resets or recovers,
// and the forecast names the burn rate it uses.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";

// Axe over a full SLO or service page takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.use({ storageState: storageStateOf("viewer") });

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a calendar SLO that spent more than its month says by how much and when the budget resets", async ({ page }) => {
  await page.goto("/slos/log-archive-delivery");
  await expect(page.getByRole("heading", { level: 1, name: "Log batches archived" })).toBeVisible();
  const words = page.getByRole("region", { name: "In plain words" });
  // Early in a month the days so far can be over while the whole month's allowance is not yet spent; the
  // words then name the days ("the allowance for December's first 2 days"). Both name the reset.
  await expect(words).toContainText(
    /Spent \d+(\.\d)?× (\w+'s allowance|the allowance for \w+'s first (day|\d+ days)); the budget resets on 1 \w+, Europe\/London\./,
  );
  await expect(words).toContainText(/[\d,]+ failed requests against [\d,]+ allowed so far in this window\./);
  await expect(words).not.toContainText("of full outage left");
  await expect(page.getByRole("region", { name: "Forecast" })).toContainText("The budget is already spent, so there is nothing left to run out.");
  await expect(page.getByRole("region", { name: "Period budget" })).toContainText(/% of \w+'s budget used on day \d+/);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Dark theme" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousAxeViolations(page);
});

test("a rolling SLO that spent its budget says when it is back above zero with no new failures", async ({ page }) => {
  await page.goto("/slos/checkout-availability");
  const words = page.getByRole("region", { name: "In plain words" });
  await expect(words).toContainText(
    /Spent \d+(\.\d)?× the 30-day allowance; with no new failed requests and traffic at its usual rate, the budget is back above zero on \d{1,2} \w+ at \d\d:\d\d UTC\./,
  );
  await expectNoSeriousAxeViolations(page);
});

test("a burning SLO's forecast names the last hour's and the last day's rates", async ({ page }) => {
  const status = await (await page.request.get("/api/v1/slos/live-video-playback")).json();
  await page.goto("/slos/live-video-playback");
  const forecast = page.getByRole("region", { name: "Forecast" });
  if (status.errorBudget.remaining <= 0) {
    await expect(forecast).toContainText("The budget is already spent");
  } else if (status.burnRates["1h"] > 0) {
    await expect(forecast).toContainText(/At the last hour's rate \([\d.]+×\) the budget is gone (in|on) /);
    await expect(forecast).toContainText(/at the last day's rate \([\d.]+×\)/);
  } else {
    await expect(forecast).toContainText(/The last hour burned nothing/);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the overspend words read on a phone", async ({ page }) => {
    await page.goto("/slos/log-archive-delivery");
    await expect(page.getByRole("region", { name: "In plain words" })).toContainText(/the budget resets on 1 \w+, Europe\/London/);
    await expectNoSeriousAxeViolations(page);
  });
});
