// Journey: an editor reviews an SLO, lowering its target with a reason, and sees the history; the overview lists overdue reviews.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

test("an editor records a review and sees the target history", async ({ page }) => {
  const slug = uniqueSlug("refunds-review");
  const created = await page.request.post("/api/v1/slos", {
    data: { slug, name: "Refund review drill", service: "refunds", sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences" },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/slos/${slug}`);
  await expect(page.getByText("Not reviewed yet.")).toBeVisible();
  await page.getByLabel("Decision").selectOption("lower");
  await page.getByLabel("New target (%)").fill("99.95");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText("must be below the current 99.9% to lower it")).toBeVisible();

  await page.getByLabel("New target (%)").fill("99.5");
  await page.getByLabel("Review note").fill("Refunds are retried by the client; 99.5% is what merchants notice.");
  await page.getByRole("button", { name: "Record review" }).click();
  await expect(page.getByText("Review recorded: target lowered to 99.5%.")).toBeVisible();
  const history = page.getByRole("table", { name: "Reviews" });
  await expect(history.getByRole("row", { name: /lower/ })).toContainText("99.9% → 99.5%");
  await expect(history).toContainText("engineer@keel.local");
  await expect(page.getByRole("region", { name: "SLI vs target" })).toContainText("target 99.5%");
});

test("the overview lists SLOs overdue for review", async ({ page }) => {
  await page.goto("/");
  const due = page.getByRole("region", { name: "Due for review" });
  await expect(due.getByRole("link", { name: "Trace ingest availability" })).toBeVisible();
  await expect(due.getByRole("link", { name: "Payment success rate" })).toHaveCount(0);
});
