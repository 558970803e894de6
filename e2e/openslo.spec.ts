// Journey: import an OpenSLO file in the browser, export the SLO, and re-import it unchanged.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

test("an editor imports an OpenSLO file, exports it and re-imports it unchanged", async ({ page }) => {
  const slug = uniqueSlug("main-page");
  const fixture = fs.readFileSync("e2e/fixtures/external/openslo/ratio-timeslices.yaml", "utf8");
  const yaml = fixture.replace(/name: main-page/, `name: ${slug}`).replace(/service: web-shop/, "service: checkout");

  await page.goto("/slos");
  await page.getByRole("link", { name: "Import OpenSLO" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import OpenSLO" })).toBeVisible();

  // A broken document is named with its field, and nothing is imported.
  await page.getByLabel("OpenSLO YAML").fill(yaml.replace("budgetingMethod: RatioTimeslices", "budgetingMethod: Sometimes"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Document 1")).toBeVisible();
  await expect(page.getByText("spec.budgetingMethod")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

  await page.getByLabel("OpenSLO YAML").fill(yaml);
  await page.getByLabel("Team for new services").selectOption("payments");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("link", { name: slug }).or(page.getByRole("link", { name: /main page/i })).first()).toBeVisible();

  const exported = await page.request.get(`/api/v1/slos/${slug}/openslo`);
  expect(exported.status()).toBe(200);
  const exportedYaml = await exported.text();
  const before = await (await page.request.get(`/api/v1/slos/${slug}`)).json();
  expect(before).toMatchObject({ budgetingMethod: "ratioTimeslices", target: 0.99, window: { kind: "rolling", days: 14 } });

  await page.goto("/slos/import");
  await page.getByLabel("OpenSLO YAML").fill(exportedYaml);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/updated/i).first()).toBeVisible();
  const again = await page.request.get(`/api/v1/slos/${slug}/openslo`);
  expect(await again.text()).toBe(exportedYaml);
});
