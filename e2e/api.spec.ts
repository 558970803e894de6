// The health endpoint, and the API's answers to missing, bad and insufficient credentials.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test("the health endpoint answers without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the API refuses missing and unknown tokens with 401 in the error shape", async ({ request }) => {
  const none = await request.get("/api/v1/services");
  expect(none.status()).toBe(401);
  expect((await none.json()).error.code).toBe("unauthorized");
  const bad = await request.get("/api/v1/services", { headers: { authorization: "Bearer keel_nope" } });
  expect(bad.status()).toBe(401);
});

test("pages carry security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test.describe("with an editor's browser session", () => {
  test.use({ storageState: storageStateOf("engineer") });

  test("a write another site makes the browser send is refused, the same write from Keel's own pages is not", async ({ page }) => {
    const body = { slug: uniqueSlug("csrf-probe"), name: "CSRF probe", service: "refunds", sliKind: "availability", target: 0.99, window: { kind: "rolling", days: 7 }, budgetingMethod: "occurrences" };
    const forged = await page.request.post("/api/v1/slos", { data: body, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.message).toContain("Cross-site");
    expect((await page.request.get(`/api/v1/slos/${body.slug}`)).status()).toBe(404);
    const own = await page.request.post("/api/v1/slos", { data: body });
    expect(own.status()).toBe(201);
    expect((await page.request.delete(`/api/v1/slos/${body.slug}`)).status()).toBe(204);
  });
});
