// Journeys on a 390 × 844 phone: the menu drawer reaches every section, the overview's SLOs in trouble read as cards, nothing is wider than the screen.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("admin"), viewport: { width: 390, height: 844 }, hasTouch: true });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

const SECTIONS = [
  { label: "Services", url: "/services", heading: "Services" },
  { label: "SLOs", url: "/slos", heading: "SLOs" },
  { label: "Incidents", url: "/incidents", heading: "Incidents" },
  { label: "On-call", url: "/oncall", heading: "On-call" },
  { label: "Readiness", url: "/readiness", heading: "Production readiness" },
  { label: "Costs", url: "/costs", heading: "Costs" },
  { label: "API reference", url: "/api-reference", heading: "API reference" },
  { label: "Settings", url: "/settings", heading: "Settings" },
  { label: "Overview", url: "/", heading: "Overview" },
];

test("the menu drawer opens full height and a tap on each section gets there", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  for (const section of SECTIONS) {
    await page.getByRole("button", { name: "Open menu" }).tap();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await expect(drawer).toBeVisible();
    // The drawer once opened as a 25 px strip: it must span the screen's height and show every link.
    const box = await drawer.boundingBox();
    expect(box?.height).toBeGreaterThan(800);
    expect(box?.width).toBeGreaterThan(250);
    const nav = drawer.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveCount(SECTIONS.length);
    const link = nav.getByRole("link", { name: section.label, exact: true });
    await expect(link).toBeInViewport();
    await link.tap();
    await expect(page).toHaveURL(section.url);
    await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
    await expect(drawer).toBeHidden();
    await expectNoSidewaysScroll(page);
  }
});

test("the drawer is a dialog: focus goes in, Escape closes it and focus returns to the menu button", async ({ page }) => {
  await page.goto("/");
  const menuButton = page.getByRole("button", { name: "Open menu" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const drawer = page.getByRole("dialog", { name: "Menu" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Close menu" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(drawer.getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();

  // With the keyboard alone: open, move to SLOs, follow it; the drawer closes on the way.
  await page.keyboard.press("Enter");
  await expect(drawer).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(drawer.getByRole("link", { name: "SLOs" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/slos");
  await expect(drawer).toBeHidden();

  // The close button closes it too, and Tab stays inside while it is open.
  await menuButton.tap();
  await expect(drawer).toBeVisible();
  for (let i = 0; i < 7; i++) await page.keyboard.press("Tab");
  expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await drawer.getByRole("button", { name: "Close menu" }).tap();
  await expect(drawer).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test("the overview shows the SLOs in trouble as cards with why and status, and nothing scrolls sideways", async ({ page }) => {
  await page.goto("/");
  const trouble = page.getByRole("list", { name: "SLOs in trouble" });
  await expect(trouble).toBeVisible();
  // The table is for wide screens only; here it is not displayed at all.
  await expect(page.getByRole("table", { name: "SLOs in trouble" })).toHaveCount(0);
  const checkout = trouble.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Checkout availability", exact: true }) });
  const status = checkout.getByRole("definition").filter({ hasText: "Breached" });
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeInViewport();
  await expect(checkout).toContainText("Already spent");
  // Why, in words, right of its term and within the screen.
  const whyTerm = checkout.getByRole("term").filter({ hasText: /^Why$/ });
  await expect(whyTerm).toBeVisible();
  expect((await whyTerm.evaluate((term) => term.nextElementSibling?.textContent ?? "")).length).toBeGreaterThan(10);
  for (const value of await checkout.getByRole("definition").all()) {
    const box = await value.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expectNoSidewaysScroll(page);

  await checkout.getByRole("link", { name: "Checkout availability", exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Checkout availability" })).toBeVisible();
});

test("wide SLO tables stay inside the screen and say when they scroll sideways", async ({ page }) => {
  for (const path of ["/slos", "/services/checkout", "/slos/checkout-availability"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    // Every table wider than its box is marked so, which shows the cue above it.
    const regions = page.getByRole("region", { name: /\(scrolls sideways\)$/ });
    for (const region of await regions.all()) {
      const overflows = await region.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
      if (overflows) await expect(region).toHaveAttribute("data-overflows", "true");
      else await expect(region).not.toHaveAttribute("data-overflows");
    }
  }
  await page.goto("/slos/checkout-availability");
  await expect(page.getByText("Scroll sideways for more columns →").first()).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing serious on the overview and in the open drawer, ${scheme}`, async ({ page }) => {
    // Two axe runs over the longest page: slow on a busy machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.getByRole("list", { name: "SLOs in trouble" })).toBeVisible();
    if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Open menu" }).tap();
    await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}
