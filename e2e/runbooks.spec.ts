// An engineer adds a runbook with Markdown steps to a service: it renders, and a <script> in it is shown as text, never run.
import { expect, test } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("engineer") });

test("add a runbook to a service and read its steps safely", async ({ page }) => {
  test.slow();
  const title = `Failover ${uniqueSlug("rb")}`;
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("/services/checkout");
  const section = page.getByRole("region", { name: "Runbooks" });
  await section.getByText("Add a runbook").click();
  const form = section.getByRole("form", { name: "Add a runbook" });
  await form.getByRole("textbox", { name: "Title" }).fill(title);
  await form.getByRole("textbox", { name: "Steps (Markdown)" }).fill("## Steps\n\n1. Check **replication lag**\n2. Promote the replica\n\n<script>alert('ran')</script>\n\n[Dashboard](https://grafana.example.com/d/checkout)");
  await form.getByRole("button", { name: "Add runbook" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const steps = page.getByRole("region", { name: "Steps" });
  await expect(steps.getByRole("heading", { name: "Steps" })).toBeVisible();
  await expect(steps.locator("strong")).toHaveText("replication lag");
  await expect(steps.getByText("<script>alert('ran')</script>")).toBeVisible();
  await expect(steps.locator("script")).toHaveCount(0);
  await expect(steps.getByRole("link", { name: "Dashboard" })).toHaveAttribute("href", "https://grafana.example.com/d/checkout");
  expect(dialogs).toEqual([]);
  await expectAccessibleInBothThemes(page);

  await page.goto("/services/checkout");
  await expect(page.getByRole("list", { name: "Runbooks of Checkout" }).getByRole("link", { name: title })).toBeVisible();
});
