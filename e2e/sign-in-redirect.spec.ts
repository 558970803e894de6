// Journeys: whatever callbackUrl a link carries, signing in never takes the browser off Keel's origin.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/login";
import { USERS } from "./fixtures/users";

// As an attacker would write them into a link: the query string is decoded once, so "%09" arrives as a tab,
// which browsers drop from URLs — "/\t/evil.example" becomes "//evil.example" only inside the browser.
const BAD_IN_LINK = [
  "/%09/evil.example",
  "/%5Cevil.example",
  "/%2F%2Fevil.example",
  "//evil.example",
  "https://evil.example",
  "javascript:alert(document.domain)",
  "/%0A/evil.example",
];

// The same values arriving literally, percent signs and all.
const BAD_LITERAL = ["/%09/evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/%00/evil.example", "/%7F/evil.example", "/%5Cevil.example"];

const cases = [
  ...BAD_IN_LINK.map((value) => ({ name: `link callbackUrl=${value}`, query: value })),
  ...BAD_LITERAL.map((value) => ({ name: `literal callbackUrl ${JSON.stringify(value)}`, query: encodeURIComponent(value) })),
];

for (const { name, query } of cases) {
  test(`signing in with ${name} lands on Keel's overview`, async ({ page, baseURL }) => {
    await page.goto(`/login?callbackUrl=${query}`);
    await expect(page.getByRole("heading", { name: "Sign in to Keel" })).toBeVisible();
    await signIn(page, USERS.engineer.email);
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}/`);
    await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeAttached();
  });
}

test("signing in with a callbackUrl on Keel lands there", async ({ page, baseURL }) => {
  await page.goto("/login?callbackUrl=%2Fslos");
  await signIn(page, USERS.engineer.email);
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/slos`);
  await expect(page.getByRole("heading", { level: 1, name: "SLOs" })).toBeVisible();
});
