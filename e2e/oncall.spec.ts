// Journey: an editor sets up an on-call schedule, covers a stretch with an override, and subscribes to its calendar feed; a viewer only reads.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

/** Local wall-clock time in a zone as a datetime-local value, `hours` from now. */
function localInput(timeZone: string, hours: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(Date.now() + hours * 3_600_000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test.describe("as an editor of Payments", () => {
  test.use({ storageState: storageStateOf("engineer") });

  test("creates a daily schedule, adds an override that becomes on call now, and reads the iCal feed", async ({ page }) => {
    test.slow();
    const name = `Payments nights ${uniqueSlug("x").slice(2)}`;
    await page.goto("/oncall");
    await expect(page.getByRole("heading", { level: 1, name: "On-call" })).toBeVisible();
    await page.getByRole("link", { name: "New schedule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New on-call schedule" })).toBeVisible();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Team").selectOption("payments");
    await page.getByLabel("Time zone").selectOption("Europe/London");
    await page.getByLabel("Rotation").selectOption("daily");
    await page.getByLabel("Handoff time").fill("09:00");
    await page.getByLabel("First handoff on").fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel("Participant 1").selectOption("engineer@keel.local");
    await page.getByLabel("Participant 2").selectOption("priya.patel@keel.local");
    await page.getByRole("button", { name: "Create schedule" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(`Schedule “${name}” created.`)).toBeVisible();
    const onCall = page.getByRole("region", { name: "On call", exact: true });
    await expect(onCall.getByText(/On call now: (Eli Engineer|Priya Patel) until/)).toBeVisible();
    await expect(onCall.getByText(/next: (Eli Engineer|Priya Patel)/)).toBeVisible();
    await expect(page.getByRole("list", { name: "Weeks" })).toContainText("Eli Engineer");

    // Tom Okafor covers from an hour ago for three hours: he is on call now, marked as an override.
    await page.getByLabel("Who is on call instead").selectOption("tom.okafor@keel.local");
    await page.getByLabel("From").fill(localInput("Europe/London", -1));
    await page.getByLabel("Until").fill(localInput("Europe/London", 3));
    await page.getByLabel("Reason (optional)").fill("Covering the on-call handover");
    await page.getByRole("button", { name: "Add override" }).click();
    await expect(page.getByText("Override added.")).toBeVisible();
    await page.reload();
    await expect(onCall.getByText(/On call now: Tom Okafor until/)).toBeVisible();
    await expect(onCall.getByText("override", { exact: true })).toBeVisible();
    const today = page.locator('[aria-current="date"]');
    await expect(today).toContainText("Tom Okafor");
    await expect(today.getByText("override", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Overrides" })).toContainText("Covering the on-call handover");

    // The feed URL on the page serves the schedule as text/calendar without a session.
    const url = await page.getByLabel("Calendar feed URL (iCalendar)").inputValue();
    expect(url).toMatch(/\/api\/v1\/oncall\/[a-z0-9-]+\.ics\?token=/);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const text = await feed.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(80);
    expect(text).toContain("SUMMARY:On call (override): Tom Okafor");
    expect(text).toContain("DTSTART;TZID=Europe/London:");
    expect((await page.request.get(url.replace(/token=[^&]+/, "token=wrong"))).status()).toBe(404);

    // Changes that land back on this page still say they were made.
    await page.getByRole("button", { name: "Regenerate URL" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Regenerate" }).click();
    await expect(page.getByText("A new calendar feed URL is in place; the old one no longer works.")).toBeVisible();
    await expect(page.getByLabel("Calendar feed URL (iCalendar)")).not.toHaveValue(url);
    expect((await page.request.get(url)).status()).toBe(404);
    await page.getByRole("button", { name: "Remove override: Tom Okafor" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove override" }).click();
    await expect(page.getByText("Override removed.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Overrides" }).getByText("Covering the on-call handover")).toHaveCount(0);

    await expectAccessibleInBothThemes(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto("/oncall");
    await expect(page.getByRole("list", { name: "Payments schedules" })).toContainText(name);
    await expectNoSidewaysScroll(page);
  });
});

test.describe("as an editor of Payments, the team's on-call", () => {
  test.use({ storageState: storageStateOf("engineer") });

  test("shows the escalation policy with whom each level reaches now, and its editor", async ({ page }) => {
    test.slow();
    await page.goto("/oncall");
    await page.getByRole("region", { name: "Payments", exact: true }).getByRole("link", { name: "Escalation policy and team on-call" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payments on-call" })).toBeVisible();
    const levels = page.getByRole("list", { name: "Escalation levels" });
    await expect(levels.getByRole("listitem")).toHaveCount(3);
    await expect(levels).toContainText("whoever is on call in Payments primary");
    await expect(levels).toContainText("after 15 min");
    await expect(levels).toContainText("Morgan Manager");
    await expect(page.getByLabel("Level 1 notifies")).toHaveValue("schedule:payments-primary");
    await expect(page.getByLabel("Level 3 delay (minutes)")).toHaveValue("30");
    await expectAccessibleInBothThemes(page);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees a schedule and who is on call but cannot change it", async ({ page }) => {
    test.slow();
    await page.goto("/oncall/payments-primary");
    await expect(page.getByRole("heading", { level: 1, name: "Payments primary" })).toBeVisible();
    await expect(page.getByRole("region", { name: "On call", exact: true }).getByText(/On call now: .+ until/)).toBeVisible();
    await expect(page.getByRole("list", { name: "Weeks" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add override" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Regenerate URL" })).toHaveCount(0);
    await expectAccessibleInBothThemes(page);
    for (const path of ["/oncall/payments-primary/edit", "/oncall/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    const refused = await page.request.post("/api/v1/oncall/schedules/payments-primary/overrides", { data: { user: "viewer@keel.local", from: "2030-01-01T00:00:00Z", until: "2030-01-01T06:00:00Z" } });
    expect(refused.status()).toBe(403);
    const policy = await page.request.put("/api/v1/oncall/escalation-policies/payments", { data: { levels: [] } });
    expect(policy.status()).toBe(403);
  });
});
