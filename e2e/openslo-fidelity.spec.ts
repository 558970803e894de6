// Journeys: an imported SLO reads as what the person picked in the preview (or as a neutral ratio of good events), and a Prometheus-sourced one says Keel does not pull yet.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectNoSeriousAxeViolations } from "./support/axe";

test.use({ storageState: storageStateOf("engineer") });
// Each journey runs axe twice (light and dark) over pages with charts; on a 2-core machine that takes tens of seconds.
test.slow();

/** Light, then dark: the theme changes colours only, so both are checked. */
async function expectAccessibleInBothThemes(page: Page) {
  await expectNoSeriousAxeViolations(page);
  // The toggle sits in the header on wide screens and in the footer on phones.
  await page.getByRole("button", { name: "Dark theme" }).filter({ visible: true }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Light theme" }).filter({ visible: true }).first().click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
}

/** The spec's ratio example (no kind of its own), under a name of this run and for the payments team's checkout service. */
function ratioDocument(slug: string, title: string): string {
  return fs
    .readFileSync("e2e/fixtures/external/openslo/ratio-timeslices.yaml", "utf8")
    .replace(/name: main-page/, `name: ${slug}`)
    .replace(/displayName: Main page availability/, `displayName: ${title}`)
    .replace(/service: web-shop/, "service: checkout");
}

async function previewInImport(page: Page, yaml: string) {
  await page.goto("/slos");
  await page.getByRole("link", { name: "Import OpenSLO" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import OpenSLO" })).toBeVisible();
  await page.getByLabel("OpenSLO YAML").fill(yaml);
  await page.getByLabel("Team for new services").selectOption("payments");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
}

async function importAndOpen(page: Page, slug: string, title: string) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("link", { name: slug }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("an editor picks latency for an imported ratio SLO, gives its threshold, and its page reads as latency", async ({ page }) => {
  const slug = uniqueSlug("search-speed");
  const title = `Search speed ${slug.slice(-4)}`;
  await previewInImport(page, ratioDocument(slug, title));

  const kind = page.getByLabel(`SLI kind of ${title}`);
  await expect(kind).toHaveValue("ratio");
  await kind.selectOption("latency");
  const threshold = page.getByLabel(`Latency threshold (ms) for ${title}`);
  await expect(threshold).toBeVisible();

  // Latency without a threshold is refused, naming the SLO and the field, and nothing is imported.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(`${slug}, latency threshold (ms): is required for latency SLOs`)).toBeVisible();
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleInBothThemes(page);

  await threshold.fill("300");
  await importAndOpen(page, slug, title);
  await expect(page.getByText("99% of requests faster than 300 ms over a rolling 14 days window")).toBeVisible();
  await expect(page.getByRole("region", { name: "Definition" }).getByText("requests faster than 300 ms", { exact: true })).toBeVisible();

  // The export says latency in Keel's annotation and keeps the objective's own name from the file.
  const exported = await (await page.request.get(`/api/v1/slos/${slug}/openslo`)).text();
  expect(exported).toContain("keel.dev/sli-kind: latency");
  expect(exported).toContain("displayName: Good\n");
  expect(exported).not.toContain("metricSourceRef");
});

test("an editor imports without picking a kind, and the page reads as a ratio of good events", async ({ page }) => {
  const slug = uniqueSlug("main-page");
  const title = `Main page ${slug.slice(-4)}`;
  await previewInImport(page, ratioDocument(slug, title));
  await expect(page.getByLabel(`SLI kind of ${title}`)).toHaveValue("ratio");
  await importAndOpen(page, slug, title);
  await expect(page.getByText("99% of good events over a rolling 14 days window")).toBeVisible();
  await expect(page.getByRole("region", { name: "Definition" }).getByText("good events", { exact: true })).toBeVisible();
  await expect(page.getByText("successful requests")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a Prometheus-sourced SLO says on its page that Keel does not pull from Prometheus yet", async ({ page }) => {
    const service = uniqueSlug("ledger");
    const sloth = fs.readFileSync("e2e/fixtures/external/sloth/getting-started.yml", "utf8").replace('service: "myservice"', `service: "${service}"`);
    const slug = `${service}-requests-availability`;
    await previewInImport(page, sloth);
    await expect(page.getByLabel(`SLI kind of ${service} requests-availability`)).toHaveValue("ratio");
    await importAndOpen(page, slug, `${service} requests-availability`);
    await expect(page.getByText("Keel does not pull from Prometheus yet.", { exact: false })).toBeVisible();
    await expect(page.getByText(/Prometheus \(prometheus\)/)).toHaveCount(0);
    await expectAccessibleInBothThemes(page);
  });
});
