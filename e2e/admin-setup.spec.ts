// Journey: an admin creates a team, a service for it and an API token, and the token works on the API.
import { expect, test } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

test("admin creates a team, a service and an API token", async ({ page, playwright, baseURL }) => {
  const teamSlug = uniqueSlug("team");
  const serviceSlug = uniqueSlug("svc");

  await page.goto("/settings/teams");
  await page.getByLabel("Team name").fill("Search Relevance");
  await page.getByLabel("Team slug").fill(teamSlug);
  await page.getByLabel("Team description").fill("Ranking and query understanding.");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(`/settings/teams/${teamSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Search Relevance" })).toBeVisible();

  await page.getByRole("link", { name: "Services", exact: true }).first().click();
  await page.getByRole("link", { name: /New service/ }).click();
  await page.getByLabel("Name").fill("Query Ranker");
  await page.getByLabel("Slug").fill(serviceSlug);
  await page.getByLabel("Owning team").selectOption(teamSlug);
  await page.getByLabel("Tier").selectOption("2");
  await page.getByLabel("Runbook URL").fill("not a url");
  await page.getByRole("button", { name: "Create service" }).click();
  // A bad field is named, and what was typed stays.
  await expect(page.getByText("must be an http(s) URL")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Query Ranker");
  await page.getByLabel("Runbook URL").fill("https://wiki.example.com/query-ranker");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(`/services/${serviceSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Query Ranker" })).toBeVisible();
  await expect(page.getByText("Search Relevance")).toBeVisible();

  await page.goto("/settings/tokens");
  await page.getByLabel("Token name").fill(`ci-${serviceSlug}`);
  await page.getByLabel(/ingest — push SLI data/).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const tokenField = page.getByLabel("New token (shown once)");
  await expect(tokenField).toHaveValue(/^keel_/);
  const token = await tokenField.inputValue();
  await expect(page.getByRole("table", { name: "API tokens" }).getByText(`ci-${serviceSlug}`)).toBeVisible();

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const service = await api.get(`/api/v1/services/${serviceSlug}`);
  expect(service.status()).toBe(200);
  expect(await service.json()).toMatchObject({ slug: serviceSlug, team: teamSlug, tier: 2, runbookUrl: "https://wiki.example.com/query-ranker" });
  await api.dispose();

  await page.goto(`/settings/audit?entity=service`);
  await expect(page.getByRole("list", { name: "Audit log entries" }).getByText(serviceSlug).first()).toBeVisible();
});
