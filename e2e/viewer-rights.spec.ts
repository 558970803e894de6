// Journey: a viewer reads everything but changes nothing — not through the UI, and not by forging a server-action call.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateOf("viewer") });

  test("sees services but no edit controls", async ({ page }) => {
    await page.goto("/services");
    await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Payment Gateway" })).toBeVisible();
    await expect(page.getByRole("link", { name: /New service/ })).toHaveCount(0);

    await page.getByRole("link", { name: "Payment Gateway" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payment Gateway" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

    await page.goto("/services/new");
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    await page.goto("/settings/users");
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  });
});

test("a forged create-service action from a viewer is refused on the server", async ({ browser }) => {
  // Capture a genuine server-action request as an admin, without letting it through…
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await adminContext.newPage();
  const slug = uniqueSlug("forged");
  await adminPage.goto("/services/new");
  await adminPage.getByLabel("Name").fill("Forged service");
  await adminPage.getByLabel("Slug").fill(slug);
  await adminPage.getByLabel("Owning team").selectOption("payments");
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await adminPage.route("**/services/new", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await adminPage.getByRole("button", { name: "Create service" }).click();
  await expect.poll(() => captured).toBeTruthy();
  await adminContext.close();

  // …then replay it with a viewer's session.
  const viewerContext = await browser.newContext({ storageState: storageStateOf("viewer") });
  const response = await viewerContext.request.post("/services/new", {
    headers: {
      "next-action": captured!.headers["next-action"]!,
      "content-type": captured!.headers["content-type"]!,
      accept: "text/x-component",
      origin: new URL(adminPage.url()).origin,
    },
    data: captured!.body,
  });
  expect(await response.text()).toContain("You don't have permission to do that.");
  const lookup = await viewerContext.request.get(`/api/v1/services/${slug}`);
  expect(lookup.status()).toBe(404);
  await viewerContext.close();
});
