// An engineer writes and publishes the blameless postmortem of a resolved incident, with action items; the published
// postmortem goes on the incident's timeline, and the past-due action item shows under overdue on /action-items.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug, USERS } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

async function declareResolvedIncident(page: Page, title: string): Promise<number> {
  const created = await page.request.post("/api/v1/incidents", { data: { title, severity: "SEV2", services: ["checkout"], startedAt: new Date(Date.now() - 45 * 60_000).toISOString() } });
  expect(created.status()).toBe(201);
  const { number } = (await created.json()) as { number: number };
  expect((await page.request.patch(`/api/v1/incidents/${number}`, { data: { status: "resolved" } })).status()).toBe(200);
  return number;
}

async function addActionItem(page: Page, { title, due, priority }: { title: string; due: string; priority: string }) {
  const form = page.getByRole("form", { name: "Add an action item" });
  await form.getByRole("textbox", { name: "Action item" }).fill(title);
  await form.getByRole("combobox", { name: "Owner" }).selectOption(USERS.engineer.email);
  await form.getByLabel("Due date").fill(due);
  await form.getByRole("combobox", { name: "Priority" }).selectOption(priority);
  await form.getByRole("button", { name: "Add action item" }).click();
  await expect(form.getByText(`Action item “${title}” added.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Action items" }).getByRole("cell", { name: title, exact: true })).toBeVisible();
}

test("write, review and publish a postmortem with action items", async ({ page }) => {
  test.slow();
  const title = `Checkout timeouts ${uniqueSlug("pm")}`;
  const number = await declareResolvedIncident(page, title);

  await page.goto(`/incidents/${number}/postmortem`);
  await expect(page.getByRole("heading", { level: 1, name: `Postmortem: #${number} ${title}` })).toBeVisible();
  await expect(page.getByText("What in the system made this possible? Describe conditions, not people.")).toBeVisible();
  // The impact: duration, and the budget burned on the checkout SLOs (linked).
  const impact = page.getByRole("region", { name: "Impact" });
  await expect(impact.getByText("Duration")).toBeVisible();
  await expect(impact.getByRole("table", { name: "Error budget burned" }).getByRole("link").first()).toBeVisible();
  // The incident's timeline, pulled in.
  await expect(page.getByRole("list", { name: "Incident timeline" }).getByText(/Declared as SEV2/)).toBeVisible();

  await page.getByRole("textbox", { name: "Summary" }).fill("Checkout requests timed out for 40 minutes after a pool limit change.");
  await page.getByRole("textbox", { name: "Root causes" }).fill("The connection pool limit was lower than peak traffic needs.");
  await page.getByRole("textbox", { name: "What went well" }).fill("The page reached the on-call engineer within a minute.");
  await page.getByRole("textbox", { name: "Users affected" }).fill("About 4,000 checkouts failed");
  await page.getByRole("button", { name: "Save postmortem" }).click();
  await expect(page.getByText("Postmortem saved.")).toBeVisible();

  const later = `Alert on pool saturation ${uniqueSlug("ai")}`;
  const late = `Raise the pool limit ${uniqueSlug("ai")}`;
  await addActionItem(page, { title: later, due: "2099-01-31", priority: "P2" });
  await addActionItem(page, { title: late, due: "2020-01-15", priority: "P1" });
  // Inline status change.
  await page.getByRole("table", { name: "Action items" }).getByRole("combobox", { name: `Status of “${later}”` }).selectOption("in_progress");
  await page.getByRole("table", { name: "Action items" }).getByRole("button", { name: `Save the status of “${later}”` }).click();
  await expect(page.getByRole("table", { name: "Action items" }).getByRole("combobox", { name: `Status of “${later}”` })).toHaveValue("in_progress");

  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByText("Postmortem sent for review.")).toBeVisible();
  await expectAccessibleInBothThemes(page);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Postmortem published.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Close incident" })).toBeVisible();

  // Reloaded, the text is kept and the postmortem is on the incident's timeline.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Root causes" })).toHaveValue("The connection pool limit was lower than peak traffic needs.");
  const incident = await (await page.request.get(`/api/v1/incidents/${number}`)).json();
  expect(incident.timeline.filter((e: { kind: string }) => e.kind === "postmortem").map((e: { text: string }) => e.text)).toEqual([`Postmortem published by ${USERS.engineer.email}; the incident may now be closed`]);

  // On a phone the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Every open action item: the past-due one under overdue, the other under open, each linked to its incident.
  await page.goto("/action-items?team=payments");
  await expect(page.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
  const overdue = page.getByRole("table", { name: "Overdue action items" });
  await expect(overdue.getByRole("cell", { name: late, exact: true })).toBeVisible();
  await expect(overdue.getByRole("cell", { name: later, exact: true })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Open action items" }).getByRole("cell", { name: later, exact: true })).toBeVisible();
  await expect(overdue.getByRole("row", { name: new RegExp(late) }).getByRole("link", { name: `Incident #${number}: ${title}` })).toBeVisible();
  await expectAccessibleInBothThemes(page);
});
