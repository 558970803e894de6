// Journeys through the command palette: the best match is selected, so typing and Enter open a page; it finds every section and settings page the person may open.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

async function openPalette(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await page.getByRole("button", { name: "Search (Ctrl+K)" }).click();
  const palette = page.getByRole("dialog", { name: "Search Keel" });
  await expect(palette.getByRole("combobox", { name: "Search" })).toBeFocused();
  return palette;
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("typing audit selects the audit log, and Enter opens it", async ({ page }) => {
    const palette = await openPalette(page);
    await palette.getByRole("combobox", { name: "Search" }).fill("audit");
    const options = palette.getByRole("option");
    await expect(options.first()).toHaveAccessibleName(/^Audit log/);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/settings/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(palette).toBeHidden();
  });

  test("the first row is selected, the arrows move the selection, and a new query selects its best match again", async ({ page }) => {
    const palette = await openPalette(page);
    const options = palette.getByRole("option");
    await expect(options.first()).toHaveAccessibleName(/^Overview/);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(options.first()).toHaveAttribute("aria-selected", "false");
    await palette.getByRole("combobox", { name: "Search" }).fill("api");
    await expect(options.first()).toHaveAccessibleName(/^API reference/);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(palette.getByRole("option", { name: /^API tokens/ })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/settings/tokens");
  });

  const PAGES = [
    { query: "tokens", label: "API tokens", url: "/settings/tokens" },
    { query: "users", label: "Users", url: "/settings/users" },
    { query: "teams", label: "Teams", url: "/settings/teams" },
    { query: "SLO policy", label: "SLO policy", url: "/settings/slo-policy" },
    { query: "password", label: "Settings", url: "/settings" },
    { query: "settings", label: "Settings", url: "/settings" },
    { query: "API reference", label: "API reference", url: "/api-reference" },
    { query: "import OpenSLO", label: "Import OpenSLO", url: "/slos/import" },
    { query: "new SLO", label: "New SLO", url: "/slos/new" },
    { query: "new service", label: "New service", url: "/services/new" },
  ];

  test("every section and settings page is a few letters and Enter away", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    const palette = page.getByRole("dialog", { name: "Search Keel" });
    for (const { query, label, url } of PAGES) {
      // From wherever the last step landed, as a person moving through Keel would.
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.keyboard.press("Control+k");
      await palette.getByRole("combobox", { name: "Search" }).fill(query);
      const first = palette.getByRole("option").first();
      await expect(first).toHaveAccessibleName(new RegExp(`^${label}`));
      await expect(first).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the selected row stands out, ${scheme}`, async ({ page }) => {
      // axe takes a while on a busy machine.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      const palette = await openPalette(page);
      await palette.getByRole("combobox", { name: "Search" }).fill("settings");
      const options = palette.getByRole("option");
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      const look = (index: number) =>
        options.nth(index).evaluate((element) => {
          const style = getComputedStyle(element);
          return { background: style.backgroundColor, bar: style.borderLeftColor };
        });
      const selected = await look(0);
      const other = await look(1);
      expect(selected.background).not.toBe(other.background);
      expect(selected.bar).not.toBe(other.bar);
      await expectNoSeriousAxeViolations(page);
    });
  }
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("the palette offers only the pages a viewer may open", async ({ page }) => {
    const palette = await openPalette(page);
    await expect(palette.getByRole("option", { name: /^Teams/ })).toBeVisible();
    for (const hidden of ["Audit log", "API tokens", "Users", "SLO policy", "New SLO", "New service", "Import OpenSLO"]) {
      await expect(palette.getByRole("option", { name: new RegExp(`^${hidden}`) })).toHaveCount(0);
    }
    await palette.getByRole("combobox", { name: "Search" }).fill("password");
    await expect(palette.getByRole("option").first()).toHaveAccessibleName(/^Settings/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/settings");
    await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible();
  });
});
