// Journeys through an SLO's charts: a new SLO's first half hour of data on every range, and the charts on a phone,
// where alert and deployment labels live in the legend and the tooltip instead of piling up on the plot.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

const trends = (page: Page) => page.getByRole("region", { name: "Trends" });

test.describe("a new SLO with half an hour of pushed data", () => {
  test.use({ storageState: storageStateOf("engineer") });

  test("its charts show the data on the default range and on 1 hour, 6 hours, 24 hours and 7 days", async ({ page }) => {
    test.setTimeout(120_000);
    const slug = uniqueSlug("refunds-charts");
    const created = await page.request.post("/api/v1/slos", {
      data: { slug, name: "Refund charts", service: "refunds", sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 28 }, budgetingMethod: "occurrences" },
    });
    expect(created.status()).toBe(201);
    // The 30 minutes up to the current one: 998 of 1,000 requests good in each, an SLI of 99.8%.
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const points = Array.from({ length: 30 }, (_, i) => ({ slo: slug, ts: new Date(now - (30 - i) * 60_000).toISOString(), good: 998, total: 1000 }));
    const pushed = await page.request.post("/api/v1/sli", { data: { points } });
    expect(await pushed.json()).toEqual({ accepted: 30 });

    await page.goto(`/slos/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: "Refund charts" })).toBeVisible();
    const charts = trends(page);
    await expect(charts.getByRole("radio", { name: "This window" })).toBeChecked();
    await expect(charts.getByRole("img", { name: /^SLI over the 28 days to .*: latest 99\.80%/ })).toBeVisible();
    await expect(charts.getByRole("heading", { name: "No SLI data in this range" })).toHaveCount(0);

    for (const [option, length] of [
      ["1 hour", "60 min"],
      ["6 hours", "6 h"],
      ["24 hours", "24 h"],
      ["7 days", "7 days"],
    ] as const) {
      await charts.getByText(option, { exact: true }).click();
      await expect(charts.getByRole("radio", { name: option })).toBeChecked();
      await expect(charts.getByRole("img", { name: new RegExp(`^SLI over the ${length} to .*: latest 99\\.80%`) })).toBeVisible();
      await expect(charts.getByRole("heading", { name: "No SLI data in this range" })).toHaveCount(0);
    }

    // The 1-hour chart's table starts with empty minutes and ends with the data, minute by minute.
    await charts.getByText("1 hour", { exact: true }).click();
    const sliFigure = charts.getByRole("figure", { name: "SLI over time" });
    await sliFigure.getByText(/^Show the data as a table \(\d+ rows\)$/).click();
    const rows = sliFigure.getByRole("table", { name: "SLI over time" }).getByRole("row");
    await expect(rows).toHaveCount(62);
    await expect(rows.last()).toContainText("99.80%");
    await expect(rows.nth(1)).toContainText("—");
    await expectNoSeriousAxeViolations(page);

    expect((await page.request.delete(`/api/v1/slos/${slug}`)).status()).toBe(204);
  });
});

test.describe("on a phone", () => {
  test.use({ storageState: storageStateOf("manager"), viewport: { width: 390, height: 844 }, timezoneId: "UTC" });

  /** The legend's entries sit inside the chart's card and clear of each other. */
  async function expectLegendLaidOut(page: Page, title: string) {
    const figure = trends(page).getByRole("figure", { name: title });
    const frame = (await figure.boundingBox())!;
    const items = figure.getByRole("list", { name: "Legend" }).getByRole("listitem");
    const boxes = [];
    for (const item of await items.all()) boxes.push((await item.boundingBox())!);
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
      for (const other of boxes.slice(i + 1)) {
        const apart = box.x + box.width <= other.x || other.x + other.width <= box.x || box.y + box.height <= other.y || other.y + other.height <= box.y;
        expect(apart).toBe(true);
      }
    }
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`in ${colorScheme} mode`, () => {
      test.use({ colorScheme });

      test("alert bands and deployments are named once in the legend, never printed or cut on the plot", async ({ page }) => {
        test.setTimeout(90_000);
        // The demo's checkout outage three days ago: page and ticket alerts fired, and v2.0.0 was deployed 20 minutes before.
        await page.goto("/slos/checkout-availability");
        await expect(page.getByRole("heading", { level: 1, name: "Checkout availability" })).toBeVisible();
        if (colorScheme === "dark") await expect(page.locator("html")).toHaveClass(/dark/);
        const charts = trends(page);
        await charts.getByText("7 days", { exact: true }).click();
        const sli = charts.getByRole("figure", { name: "SLI over time" });
        const burn = charts.getByRole("figure", { name: "Burn rate by alert window" });
        await expect(sli.getByRole("img", { name: /^SLI over the 7 days to .* Marked: \d+ alert episodes, \d+ deployments\.$/ })).toBeVisible();
        await expect(sli.getByRole("list", { name: "Legend" })).toContainText("page alert firing (1h/5m, 6h/30m)");
        await expect(sli.getByRole("list", { name: "Legend" })).toContainText("deployment (version in the tooltip)");
        await expect(burn.getByRole("list", { name: "Legend" })).toContainText("page threshold 14.4× (1h/5m)");
        // No label of an alert, threshold or version is printed on the plots (the markers' hover titles start "Deployed").
        for (const figure of [sli, burn, charts.getByRole("figure", { name: "Error budget burndown" })]) {
          await expect(figure.getByRole("img").getByText(/^(page|ticket|v\d+\.\d+|target)/)).toHaveCount(0);
        }
        for (const title of ["SLI over time", "Error budget burndown", "Burn rate by alert window"]) await expectLegendLaidOut(page, title);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoSeriousAxeViolations(page);
      });
    });
  }

  test("a deployment's marker names its version in the tooltip", async ({ page }) => {
    test.setTimeout(90_000);
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const history = await (await page.request.get(`/api/v1/slos/checkout-availability/history?from=${from}&to=${to}`)).json();
    const deployedAt = Date.parse(history.deployments.find((d: { version: string }) => d.version === "v2.0.0").at);

    // Zoom in on the hour around the deployment with a custom range (the browser runs in UTC).
    await page.goto("/slos/checkout-availability");
    const charts = trends(page);
    await charts.getByText("Custom", { exact: true }).click();
    const custom = charts.getByRole("form", { name: "Custom time range" });
    const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    await custom.getByLabel("From", { exact: true }).fill(local(deployedAt - 30 * 60_000));
    await custom.getByLabel("To", { exact: true }).fill(local(deployedAt + 30 * 60_000));
    await custom.getByRole("button", { name: "Apply" }).click();
    const sli = charts.getByRole("figure", { name: "SLI over time" });
    const plot = sli.getByRole("img", { name: /^SLI over the 60 min to .* Marked: .*1 deployment\.$/ });
    await expect(plot).toBeVisible();
    const box = (await plot.boundingBox())!;
    // The plot runs from the y-axis (84 px) to the right margin (16 px); the deployment is halfway through the hour.
    await page.mouse.move(box.x + 84 + (box.width - 84 - 16) / 2, box.y + box.height / 3);
    await expect(sli.getByText(/^Deployed v2\.0\.0 at .* — New payment provider client$/)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
