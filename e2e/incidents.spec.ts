// Journey: an editor declares an incident on their team's service, finds it on the log, acknowledges it, adds a note with
// an earlier time, raises the severity and resolves it; the log's status filter then lists it under resolved.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test.use({ storageState: storageStateOf("engineer"), timezoneId: "UTC" });

/** The browser's datetime-local text for an instant (the journey's browser runs in UTC). */
const localText = (ms: number) => new Date(ms).toISOString().slice(0, 16);

async function timelineTexts(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Timeline" }).getByRole("listitem").allTextContents();
}

test("declare, acknowledge, note, change severity and resolve an incident", async ({ page }) => {
  test.slow();
  const title = `Refunds stuck ${uniqueSlug("e2e")}`;
  const now = Date.now();

  await page.goto("/incidents/new");
  await expect(page.getByRole("heading", { level: 1, name: "Declare incident" })).toBeVisible();
  // Each severity says what it means and its targets.
  await expect(page.getByText(/Critical outage: the service is down.*Respond within 5 min, resolve within 1 h; escalates at once\. Needs a postmortem\./)).toBeVisible();
  await expect(page.getByText(/Quality degradation.*Respond within 15 min, resolve within 4 h; escalates after 1 h\./)).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /SEV2/ }).check();
  await page.getByRole("group", { name: "Payments" }).getByRole("checkbox", { name: "Refunds" }).check();
  await page.getByLabel("Summary").fill("Refund batches stop half-way.");
  await page.getByLabel("Customer impact").fill("Refunds arrive late.");
  await page.getByLabel("Tags").fill("refunds, e2e");
  await page.getByLabel("Started at").fill(localText(now - 2 * 3_600_000));
  await page.getByRole("button", { name: "Declare incident" }).click();

  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  const number = Number(page.url().split("/").at(-1));
  await expect(page.getByRole("heading", { level: 1, name: `#${number} ${title}` })).toBeVisible();
  await expect(page.getByText(`Incident #${number} declared.`)).toBeVisible();
  const lifecycle = page.getByRole("list", { name: "Lifecycle" });
  await expect(lifecycle.getByRole("listitem").filter({ hasText: "Triggered" }).locator("time")).toBeVisible();
  // Two hours past a 15-minute response target.
  await expect(page.getByText(/Response target missed by 1 h 4\d min/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Refunds", exact: true })).toHaveAttribute("href", "/services/refunds");

  // On the log, and found by its number.
  await page.goto(`/incidents?q=${number}`);
  await expect(page.getByRole("link", { name: `#${number} ${title}` })).toBeVisible();
  await expectAccessibleInBothThemes(page);
  await page.getByRole("link", { name: `#${number} ${title}` }).click();

  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByText(`Incident #${number} acknowledged.`)).toBeVisible();
  await expect(lifecycle.getByRole("listitem").filter({ hasText: "Acknowledged" }).locator("time")).toBeVisible();

  // A note an hour back lands between the declaration and the acknowledgement.
  const note = `Found the stuck batch ${uniqueSlug("note")}`;
  await page.getByLabel("Note", { exact: true }).fill(note);
  await page.getByLabel("Note time").fill(localText(now - 3_600_000));
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText(note, { exact: true })).toBeVisible();
  const texts = await timelineTexts(page);
  const declared = texts.findIndex((t) => t.includes("Declared as SEV2"));
  const noted = texts.findIndex((t) => t.includes(note));
  const acknowledged = texts.findIndex((t) => t.includes("Triggered → Acknowledged"));
  expect(declared).toBeGreaterThanOrEqual(0);
  expect(declared).toBeLessThan(noted);
  expect(noted).toBeLessThan(acknowledged);
  // A note's words can be corrected in place.
  await page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ hasText: note }).getByRole("button", { name: /Edit note/ }).click();
  await page.getByLabel("Note text").fill(`${note} (batch 17)`);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" }).locator("p", { hasText: `${note} (batch 17)` })).toBeVisible();

  await page.getByLabel("Severity", { exact: true }).selectOption("SEV1");
  await page.getByRole("button", { name: "Change severity" }).click();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("Severity SEV2 → SEV1")).toBeVisible();
  await expectAccessibleInBothThemes(page);

  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByText(`Incident #${number} resolved.`)).toBeVisible();
  // SEV1 needs a published postmortem before closing.
  await expect(page.getByRole("button", { name: "Close", exact: true })).toBeDisabled();
  await expect(page.getByText("This severity needs a published postmortem before the incident is closed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Postmortem" })).toHaveAttribute("href", `/incidents/${number}/postmortem`);

  await page.goto("/incidents");
  await page.getByLabel("Status").selectOption("resolved");
  await page.getByLabel("Search incidents").fill(title);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=resolved/);
  await expect(page.getByRole("link", { name: `#${number} ${title}` })).toBeVisible();

  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: "No incidents match these filters" })).toBeVisible();

  // The service page lists it, with a way to declare the next one there.
  await page.goto("/services/refunds");
  await expect(page.getByRole("link", { name: `#${number} ${title}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Declare incident" })).toHaveAttribute("href", "/incidents/new?service=refunds");
});
