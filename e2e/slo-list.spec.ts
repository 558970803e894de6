// Journey: reading the SLO list — the Service filter offers the chosen team's services, and the sort is readable and named, on a phone too.
import { expect, test, type Locator } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf } from "./fixtures/users";

test.use({ storageState: storageStateOf("viewer") });

test("choosing a team narrows the Service filter to that team's services", async ({ page }) => {
  // Axe runs in both themes.
  test.slow();
  await page.goto("/slos");
  const service = page.getByLabel("Service");
  await expect(service.getByRole("option", { name: "Payment Gateway" })).toHaveCount(1);

  await page.getByLabel("Team").selectOption("streaming");
  // Streaming's demo services, and no other team's (journeys running beside this one may add Streaming services).
  for (const name of ["All services", "CDN Edge", "Live Video", "Transcoding"]) await expect(service.getByRole("option", { name, exact: true })).toHaveCount(1);
  await expect(service.getByRole("option", { name: "Payment Gateway" })).toHaveCount(0);
  await expect(service.getByRole("option", { name: "Core Ledger" })).toHaveCount(0);
  await service.selectOption("transcoding");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/team=streaming/);
  const table = page.getByRole("table", { name: "SLOs" });
  await expect(table.getByRole("link", { name: "Transcoding job success" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Live playback success" })).toHaveCount(0);
  // The narrowed list survives the reload the filter causes.
  await expect(page.getByLabel("Service")).toHaveValue("transcoding");
  await expect(page.getByLabel("Service").getByRole("option", { name: "Payment Gateway" })).toHaveCount(0);

  // A service the new team does not own goes back to "All services".
  await page.getByLabel("Team").selectOption("payments");
  await expect(page.getByLabel("Service")).toHaveValue("");
  await expect(page.getByLabel("Service").getByRole("option", { name: "Transcoding" })).toHaveCount(0);
  await expect(page.getByLabel("Service").getByRole("option", { name: "Refunds" })).toHaveCount(1);
  await expectAccessibleInBothThemes(page);
});

/** Whether the select's chosen option fits inside it, padding and arrow included, and the select inside the viewport. */
async function showsWholeChoice(select: Locator, viewportWidth: number): Promise<boolean> {
  return select.evaluate((element, width) => {
    const el = element as HTMLSelectElement;
    const style = getComputedStyle(el);
    const context = document.createElement("canvas").getContext("2d");
    if (!context) return false;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(el.selectedOptions[0]?.text ?? "").width;
    const arrow = 20;
    const box = el.getBoundingClientRect();
    return text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + arrow <= el.clientWidth && box.left >= 0 && box.right <= width;
  }, viewportWidth);
}

test("the subtitle names the chosen sort, and the sort select shows it whole", async ({ page }) => {
  await page.goto("/slos");
  await expect(page.getByText("its policy state; trouble first.")).toBeVisible();
  await page.getByLabel("Sort by").selectOption("burn");
  expect(await showsWholeChoice(page.getByLabel("Sort by"), 1280)).toBe(true);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("its policy state; the fastest burn over the last hour first.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sort select is fully visible and the subtitle follows it", async ({ page }) => {
    // Axe runs in both themes.
    test.slow();
    await page.goto("/slos");
    const sort = page.getByLabel("Sort by");
    await sort.scrollIntoViewIfNeeded();
    await sort.selectOption("budget");
    expect(await showsWholeChoice(sort, 390)).toBe(true);
    await sort.selectOption("burn");
    expect(await showsWholeChoice(sort, 390)).toBe(true);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("its policy state; the fastest burn over the last hour first.")).toBeVisible();
    await expect(page.getByLabel("Sort by")).toHaveValue("burn");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessibleInBothThemes(page);
  });
});
