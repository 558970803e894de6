// Journey: access is scoped to teams on the server — a token limited to Payments, an engineer of Payments —
// whatever the UI shows.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { captureCreateServiceAction, replayOptions } from "./support/forge";

const minuteAgo = () => new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000).toISOString();

test("an admin limits a token to Payments; it pushes Payments' SLI data and is refused on Streaming's", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  const name = uniqueSlug("payments-exporter");
  await page.goto("/settings/tokens");
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel(/ingest — push SLI data/).check();
  await page.getByLabel(/Only these teams/).check();
  await page.getByLabel("Payments", { exact: true }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token (shown once)").inputValue();
  expect(token).toMatch(/^keel_/);
  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("Payments", { exact: true })).toBeVisible();
  await context.close();

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const own = await api.post("/api/v1/sli", { data: { points: [{ slo: "payment-success", ts: minuteAgo(), good: 100, total: 100 }] } });
  expect(own.status()).toBe(200);
  const other = await api.post("/api/v1/sli", { data: { points: [{ slo: "live-video-playback", ts: minuteAgo(), good: 0, total: 100 }] } });
  expect(other.status()).toBe(403);
  expect((await other.json()).error.message).toContain('SLO "live-video-playback"');
  await api.dispose();
});

test("an engineer's browser session cannot push another team's SLI data or forge another team's service", async ({ browser, baseURL }) => {
  const engineer = await browser.newContext({ storageState: storageStateOf("engineer") });
  const other = await engineer.request.post("/api/v1/sli", {
    headers: { origin: baseURL! },
    data: { points: [{ slo: "live-video-playback", ts: minuteAgo(), good: 0, total: 1000 }] },
  });
  expect(other.status()).toBe(403);
  expect((await other.json()).error.message).toContain('Only members of team "streaming" and admins');

  // A genuine create-service action for Streaming, captured as an admin, replayed with the Payments engineer's session.
  const action = await captureCreateServiceAction(browser, { team: "streaming", prefix: "forged-streaming" });
  const response = await engineer.request.post("/services/new", replayOptions(action));
  expect(await response.text()).toMatch(/Only members of team \\?"streaming\\?" and admins can change the services of team/);
  expect((await engineer.request.get(`/api/v1/services/${action.slug}`)).status()).toBe(404);
  await engineer.close();
});
