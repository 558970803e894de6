// Journey: a viewer reads an incident but gets no controls, and neither a forged server action nor the API lets them change it.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

test("a viewer sees an incident without controls and cannot change it", async ({ browser }) => {
  test.slow();
  // An admin declares it through the API, and captures a genuine acknowledge action to forge later.
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const title = `Viewer check ${uniqueSlug("rights")}`;
  const created = await admin.request.post("/api/v1/incidents", { data: { title, severity: "SEV3", services: ["checkout"] } });
  expect(created.status()).toBe(201);
  const { number } = (await created.json()) as { number: number };
  const adminPage = await admin.newPage();
  await adminPage.goto(`/incidents/${number}`);
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await adminPage.route(`**/incidents/${number}`, async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await adminPage.getByRole("button", { name: "Acknowledge" }).click();
  await expect.poll(() => captured).toBeTruthy();
  const origin = new URL(adminPage.url()).origin;

  const viewer = await browser.newContext({ storageState: storageStateOf("viewer") });
  const page = await viewer.newPage();
  await page.goto(`/incidents/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: `#${number} ${title}` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" })).toBeVisible();
  for (const name of ["Acknowledge", "Resolve", "Change severity", "Escalate", "Add note", "Save roles", "Save details"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByRole("link", { name: "Declare incident" })).toHaveCount(0);
  expect((await page.goto("/incidents/new"))?.status()).toBe(403);
  await page.goto(`/incidents/${number}`);
  await expectAccessibleInBothThemes(page);

  // The forged action with the viewer's session is refused, and so is the API.
  const forged = await viewer.request.post(`/incidents/${number}`, {
    headers: { "next-action": captured!.headers["next-action"]!, "content-type": captured!.headers["content-type"]!, accept: "text/x-component", origin },
    data: captured!.body,
  });
  expect(await forged.text()).toContain("You don't have permission to do that.");
  const patched = await viewer.request.patch(`/api/v1/incidents/${number}`, { data: { status: "acknowledged" } });
  expect(patched.status()).toBe(403);
  const after = await admin.request.get(`/api/v1/incidents/${number}`);
  expect(((await after.json()) as { status: string }).status).toBe("triggered");

  // The page holds a phone without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/incidents/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: `#${number} ${title}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await admin.close();
  await viewer.close();
});

test("the incident page fits a phone for an editor too", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("engineer"), viewport: { width: 390, height: 844 }, hasTouch: true });
  const created = await context.request.post("/api/v1/incidents", { data: { title: `Phone check ${uniqueSlug("phone")}`, severity: "SEV2", services: ["payment-gateway"], summary: "A long summary ".repeat(20) } });
  expect(created.status()).toBe(201);
  const { number } = (await created.json()) as { number: number };
  const page = await context.newPage();
  await page.goto(`/incidents/${number}`);
  await expect(page.getByRole("button", { name: "Acknowledge" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto("/incidents");
  await expect(page.getByRole("list", { name: "Incidents" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
