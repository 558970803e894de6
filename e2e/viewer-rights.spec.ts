// Journey: a viewer reads everything but changes nothing — not through the UI, and not by forging a server-action call.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";
import { captureCreateServiceAction, replayOptions } from "./support/forge";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees services but no edit controls", async ({ page }) => {
    // Axe runs in both themes.
    test.slow();
    await page.goto("/services");
    await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Payment Gateway" })).toBeVisible();
    await expect(page.getByRole("link", { name: /New service/ })).toHaveCount(0);

    await page.getByRole("link", { name: "Payment Gateway" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payment Gateway" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

    // Pages a viewer may not see answer 403, with the same explanation.
    for (const path of ["/services/new", "/slos/new", "/services/payment-gateway/edit", "/slos/payment-success/edit", "/settings/users", "/settings/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
      await expect(page.getByText("Your role does not include this area. An admin can change your role in Settings → Users.")).toBeVisible();
    }
    await expectAccessibleInBothThemes(page);
  });
});

test("a forged create-service action from a viewer is refused on the server", async ({ browser }) => {
  const action = await captureCreateServiceAction(browser, { team: "payments", prefix: "forged" });
  const viewerContext = await browser.newContext({ storageState: storageStateOf("viewer") });
  const response = await viewerContext.request.post("/services/new", replayOptions(action));
  expect(await response.text()).toContain("You don't have permission to do that.");
  const lookup = await viewerContext.request.get(`/api/v1/services/${action.slug}`);
  expect(lookup.status()).toBe(404);
  await viewerContext.close();
});
