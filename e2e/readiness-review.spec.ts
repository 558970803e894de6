// Journey: an editor of core-banking starts a readiness review of a new service, passes items as they click, marks one
// N/A with a justification, fails a required one and sees approval refused with it listed, fixes it, approves, and the
// review says Ready with the re-review due date. Axe in light and dark, and the page on a phone.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug, USERS } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";
import { createCoreBankingService, createJourneyTemplate, launchDate } from "./support/readiness";

test.use({ storageState: storageStateOf("manager"), timezoneId: "UTC" });

const ITEMS = [
  { key: "runbook-written", text: "Runbook written" },
  { key: "dashboard-published", text: "Dashboard published" },
  { key: "rollback-plan", text: "Rollback plan rehearsed" },
  { key: "security-review", text: "Security review done" },
  { key: "capacity-plan", text: "Capacity plan", required: false },
];

const item = (page: Page, text: string) => page.getByRole("region", { name: text, exact: true });

async function setStatus(page: Page, text: string, status: "Pass" | "Fail" | "N/A" | "Pending") {
  await item(page, text).getByRole("radio", { name: status, exact: true }).check();
}

async function expectSaved(page: Page, text: string) {
  await expect(item(page, text).getByRole("status")).toHaveText("Saved");
}

test("complete a readiness review: pass, N/A with a justification, a failed required item refused at sign-off, then approved", async ({ page, playwright, baseURL }) => {
  // Many saves, reloads and axe passes on a shared two-core machine.
  test.setTimeout(240_000);
  const templateSlug = uniqueSlug("prr-journey");
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf("admin") });
  const templateName = await createJourneyTemplate(admin, templateSlug, ITEMS);
  await admin.dispose();
  const serviceSlug = uniqueSlug("ledger");
  const serviceName = await createCoreBankingService(page.request, serviceSlug);

  await page.goto("/readiness/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Readiness reviews" })).toBeVisible();
  await page.getByRole("link", { name: "Start a review" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a readiness review" })).toBeVisible();
  await page.getByLabel("Service").selectOption(serviceSlug);
  await page.getByLabel("Template").selectOption(templateSlug);
  const launch = launchDate();
  await page.getByLabel("Launch date").fill(launch);
  await page.getByLabel("Reviewer").selectOption({ label: USERS.manager.name });
  await expectAccessibleInBothThemes(page);
  await page.getByRole("button", { name: "Start review" }).click();

  await expect(page).toHaveURL(/\/readiness\/reviews\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Readiness review: ${serviceName}` })).toBeVisible();
  const details = page.getByRole("definition").filter({ hasText: `${templateName} v1` });
  await expect(details).toBeVisible();
  await expect(page.getByText(launch)).toBeVisible();
  const progress = page.getByRole("progressbar", { name: "Review progress" });
  await expect(progress).toHaveAttribute("aria-valuetext", "0 of 5 applicable items passed");
  // Guidance is Markdown, rendered as elements with http(s) links only.
  await item(page, "Runbook written").getByText("Guidance").click();
  await expect(item(page, "Runbook written").getByRole("link", { name: "the guide" })).toHaveAttribute("href", "https://example.com/prr");

  await setStatus(page, "Runbook written", "Pass");
  await expectSaved(page, "Runbook written");
  await setStatus(page, "Dashboard published", "Pass");
  await expectSaved(page, "Dashboard published");
  await expect(progress).toHaveAttribute("aria-valuetext", "2 of 5 applicable items passed");

  // N/A needs a justification; it saves when the field is left.
  await setStatus(page, "Security review done", "N/A");
  const justification = item(page, "Security review done").getByLabel("Justification for N/A");
  await expect(justification).toBeFocused();
  await justification.fill("Covered by the platform's annual security review; no new endpoints.");
  await item(page, "Security review done").getByLabel("Comment").click();
  await expectSaved(page, "Security review done");
  await expect(progress).toHaveAttribute("aria-valuetext", "2 of 4 applicable items passed");

  await setStatus(page, "Rollback plan rehearsed", "Fail");
  await expectSaved(page, "Rollback plan rehearsed");
  const comment = item(page, "Rollback plan rehearsed").getByLabel("Comment");
  await comment.fill("The rollback script still points at the old cluster.");
  await item(page, "Rollback plan rehearsed").getByLabel("Evidence link").click();
  await expectSaved(page, "Rollback plan rehearsed");

  // Sign-off is refused while a required item has failed; the server's answer lists it.
  const signOff = page.getByRole("region", { name: "Sign-off" });
  await signOff.getByRole("button", { name: "Approve" }).click();
  const refusal = signOff.getByRole("alert");
  await expect(refusal).toContainText("Approval refused");
  await expect(refusal).toContainText("Rollback plan rehearsed");
  await expect(signOff.getByRole("list", { name: "Required items not yet passed" })).toContainText("Rollback plan rehearsed");
  await expectAccessibleInBothThemes(page);

  // Fixed: the reload shows what was saved, then the item passes and the review is approved.
  await page.reload();
  await expect(item(page, "Rollback plan rehearsed").getByLabel("Comment")).toHaveValue("The rollback script still points at the old cluster.");
  await expect(item(page, "Security review done").getByRole("radio", { name: "N/A", exact: true })).toBeChecked();
  await setStatus(page, "Rollback plan rehearsed", "Pass");
  await expectSaved(page, "Rollback plan rehearsed");
  await expect(progress).toHaveAttribute("aria-valuetext", "3 of 4 applicable items passed");
  await signOff.getByRole("button", { name: "Approve" }).click();
  const ready = page.getByRole("region", { name: "Ready" });
  await expect(ready).toContainText(/Approved .* by Morgan Manager\. Re-review due /);
  await expect(page.getByRole("region", { name: "Sign-off" })).toHaveCount(0);
  await expect(item(page, "Capacity plan").getByRole("radio", { name: "Pass", exact: true })).toBeDisabled();
  await expectAccessibleInBothThemes(page);

  // The list shows it approved, filtered by its service.
  await page.goto(`/readiness/reviews?service=${serviceSlug}`);
  const row = page.getByRole("table", { name: "Readiness reviews" }).getByRole("row").filter({ hasText: serviceName });
  await expect(row.getByText("Approved")).toBeVisible();
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "3 of 4 applicable items passed");

  // On a phone the review reads without scrolling sideways.
  const reviewUrl = await row.getByRole("link", { name: serviceName }).getAttribute("href");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(reviewUrl!);
  await expect(page.getByRole("heading", { level: 1, name: `Readiness review: ${serviceName}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessibleInBothThemes(page);
  await page.goto(`/readiness/reviews?service=${serviceSlug}`);
  await expect(page.getByRole("list", { name: "Readiness reviews" }).getByRole("link", { name: serviceName })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
