// Journey: a core-banking team lead opens the team's maturity page — four quarters of stage history, the SEV1 outages
// 6 months either side of the first approved readiness review (5 → 3, −40%) — answers this quarter's questionnaire and
// sees the stage, logs a toil task and marks it automated; axe in light and dark, and once on a phone.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes, expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("manager"), timezoneId: "UTC" });

test("a team's maturity: stage history, −40% major outages, this quarter's questionnaire and the toil log", async ({ page }) => {
  test.slow();
  await page.goto("/readiness/maturity");
  await expect(page.getByRole("heading", { level: 1, name: "Reliability maturity" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Team maturity" }).getByRole("row", { name: /Core Banking/ })).toContainText("Stage 4: Continuous improvement");
  await expectAccessibleInBothThemes(page);
  await page.getByRole("table", { name: "Team maturity" }).getByRole("link", { name: "Core Banking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Core Banking: reliability maturity" })).toBeVisible();
  await expect(page.getByRole("img", { name: /over 4 quarters: stage 1 \(Reactive monitoring\) in \d{4}-Q\d, stage 4 \(Continuous improvement\) in \d{4}-Q\d/ })).toBeVisible();
  const outages = page.getByRole("region", { name: "Major outages" });
  await expect(outages.getByRole("definition").nth(0)).toHaveText("5");
  await expect(outages.getByRole("definition").nth(1)).toHaveText("3");
  await expect(outages.getByRole("definition").nth(2)).toHaveText("−40%");
  await expect(page.getByRole("heading", { name: "Next steps towards stage 5: Mature SRE practice" })).toBeVisible();

  // This quarter: the answers start from last quarter's; every stage-5 practice is now in place.
  const form = page.getByRole("form", { name: /Maturity questionnaire for \d{4}-Q\d/ });
  for (const practice of ["Roadmaps are planned from SLOs and error budgets", "Toil is measured and kept below half of the team's time", "SRE champions in the team spread reliability practice", "Reliability standards are governed organisation-wide (tiers, reviews, audits)"]) {
    await form.getByRole("radiogroup", { name: practice }).getByRole("radio", { name: "Yes" }).check();
  }
  await form.getByRole("radiogroup", { name: "Requests are traced across service boundaries" }).getByRole("radio", { name: "Partly" }).check();
  await form.getByRole("button", { name: /Save assessment for/ }).click();
  await expect(page.getByText(/Assessment for \d{4}-Q\d saved: stage 5, Mature SRE practice\./)).toBeVisible();
  await expect(page.getByRole("region", { name: "Current stage" })).toContainText("Stage 5: Mature SRE practice");
  await expect(page.getByText("Every stage is reached.", { exact: false })).toBeVisible();

  // The toil log: a new task by hand, then automated.
  const task = `Re-run failed statement batches ${uniqueSlug("toil")}`;
  const toilForm = page.getByRole("form", { name: "Log toil" });
  await toilForm.getByLabel("Task").fill(task);
  await toilForm.getByLabel("Hours a week").fill("6");
  await toilForm.getByRole("button", { name: "Log toil" }).click();
  await expect(page.getByText(`Logged “${task}”: 6 h a week.`)).toBeVisible();
  const row = page.getByRole("table", { name: "Toil log" }).getByRole("row", { name: new RegExp(task) });
  await expect(row).toContainText("By hand");
  await expect(page.getByRole("img", { name: /Toil share by quarter/ })).toBeVisible();
  await expectAccessibleInBothThemes(page);
  await row.getByRole("button", { name: `Mark “${task}” automated` }).click();
  await expect(row).toContainText("Automated");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.getByRole("list", { name: "Toil log" }).getByText(task)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousAxeViolations(page);
});
