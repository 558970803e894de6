// Journey: an admin gives a new team a monthly budget and changes a cost threshold, sees both saved; a viewer is refused
// the cost settings page and the budget change, and reads the budget through the API.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test.use({ storageState: storageStateOf("admin") });

test("an admin sets a team budget and a threshold; a viewer is refused", async ({ page, browser, baseURL }) => {
  test.slow();
  const teamSlug = uniqueSlug("budget");
  const teamName = `Budget ${teamSlug}`;
  await page.goto("/settings/teams");
  await page.getByLabel("Team name").fill(teamName);
  await page.getByLabel("Team slug").fill(teamSlug);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(`/settings/teams/${teamSlug}`);

  await page.goto("/settings/costs");
  await expect(page.getByRole("heading", { level: 1, name: "Cost settings" })).toBeVisible();
  const team = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: teamName }) });
  await expect(team.getByText("No budget set")).toBeVisible();

  // A bad amount is refused beside its field, and nothing is saved.
  await page.getByLabel(`Monthly budget of ${teamName}`).fill("12,50");
  await page.getByRole("button", { name: `Save budget of ${teamName}` }).click();
  await expect(team.getByText("amount must be a decimal number")).toBeVisible();
  await expect(page.getByLabel(`Monthly budget of ${teamName}`)).toBeFocused();

  await page.getByLabel(`Monthly budget of ${teamName}`).fill("1234.56");
  await page.getByLabel(`Currency of ${teamName}'s budget`).fill("eur");
  await page.getByRole("button", { name: `Save budget of ${teamName}` }).click();
  await expect(team.getByText(`Budget of team "${teamSlug}" saved.`)).toBeVisible();
  await page.reload();
  await expect(team.getByText("1234.56 EUR a month")).toBeVisible();
  await expect(page.getByLabel(`Monthly budget of ${teamName}`)).toHaveValue("1234.56");
  await expect(page.getByLabel(`Currency of ${teamName}'s budget`)).toHaveValue("EUR");

  // A threshold: other journeys may read the policy at the same time, so a small change, put back at the end.
  const sigma = page.getByLabel("Anomaly beyond (standard deviations)");
  const before = await sigma.inputValue();
  const changed = before === "3.2" ? "3.3" : "3.2";
  await sigma.fill(changed);
  await page.getByRole("button", { name: "Save cost thresholds" }).click();
  await expect(page.getByText("Cost thresholds saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Anomaly beyond (standard deviations)")).toHaveValue(changed);
  // Warning must stay below over budget: refused, naming the field.
  await page.getByLabel("Budget warning at (% of budget)").fill("120");
  await page.getByRole("button", { name: "Save cost thresholds" }).click();
  await expect(page.getByText("budgetOverAt must be above budgetWarnAt")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Budget warning at (% of budget)")).not.toHaveValue("120");
  await expectAccessibleInBothThemes(page);

  const viewerContext = await browser.newContext({ storageState: storageStateOf("viewer") });
  try {
    const viewer = await viewerContext.newPage();
    // The cost settings are an admin page: a viewer gets the 403 answer, and the budgets API refuses the change too.
    const response = await viewer.goto("/settings/costs");
    expect(response?.status()).toBe(403);
    await expect(viewer.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    await expect(viewer.getByLabel(`Monthly budget of ${teamName}`)).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: "Save cost thresholds" })).toHaveCount(0);
    const listed = await viewer.request.get("/api/v1/costs/budgets");
    expect((await listed.json()).budgets).toContainEqual(expect.objectContaining({ team: teamSlug, amount: 1234.56, currency: "EUR" }));
    const refused = await viewer.request.put(`/api/v1/costs/budgets/${teamSlug}`, { data: { amount: 1 }, headers: { origin: baseURL! } });
    expect(refused.status()).toBe(403);
  } finally {
    await viewerContext.close();
  }

  await page.getByLabel("Anomaly beyond (standard deviations)").fill(before);
  await page.getByRole("button", { name: "Save cost thresholds" }).click();
  await expect(page.getByText("Cost thresholds saved.")).toBeVisible();
});
