// Journey: an automatic check fails (a new service has no SLOs), and a reviewer overrides it. Choosing Pass asks for a
// reason and saves nothing until it is given; with the reason the item passes, says it was overridden by a person, and
// the reason is kept (after a reload and in the API). Clearing back to the check's own result needs no reason.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";
import { createCoreBankingService, launchDate, startReview } from "./support/readiness";

test.use({ storageState: storageStateOf("manager"), timezoneId: "UTC" });

const CHECKED = "SLOs defined for the service";
const item = (page: Page, text: string) => page.getByRole("region", { name: text, exact: true });

test("override a failed automatic check with a reason", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const templateSlug = uniqueSlug("prr-override");
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf("admin") });
  const created = await admin.post("/api/v1/readiness/templates", {
    data: {
      slug: templateSlug,
      name: `Override ${templateSlug}`,
      description: "One checked item, one by hand.",
      tier: null,
      note: "First version",
      content: {
        categories: [
          {
            key: "slos",
            name: "SLOs",
            items: [
              { key: "slos-defined", text: CHECKED, guidance: "", required: true, evidenceRequired: false, check: { kind: "slo_defined" } },
              { key: "dashboards", text: "Dashboards published", guidance: "", required: true, evidenceRequired: false, check: null },
            ],
          },
        ],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.dispose();
  const serviceSlug = uniqueSlug("override-ledger");
  await createCoreBankingService(page.request, serviceSlug);
  const reviewId = await startReview(page.request, { service: serviceSlug, template: templateSlug, launchDate: launchDate() });

  // Opening the review evaluates the check: the service has no SLO, so the item fails with the check's words.
  await page.goto(`/readiness/reviews/${reviewId}`);
  const checked = item(page, CHECKED);
  await expect(checked.getByText(/has no SLO/i).first()).toBeVisible();
  await expect(checked.getByRole("radio", { name: "Fail", exact: true })).toBeChecked();

  // Pass differs from the automatic result: a reason is asked for and nothing is saved without it.
  await checked.getByRole("radio", { name: "Pass", exact: true }).check();
  const reason = checked.getByLabel("Reason for overriding the automatic check");
  await expect(reason).toBeFocused();
  await expect(checked.getByText("Overriding the automatic check needs a reason; it saves when you leave the field.")).toBeVisible();
  const before = await page.request.get(`/api/v1/readiness/reviews/${reviewId}`);
  const stored = (await before.json()) as { items: { key: string; status: string }[] };
  expect(stored.items.find((i) => i.key === "slos-defined")?.status).toBe("fail");

  await reason.fill("SLOs live in the bank's legacy monitoring until the migration in Q3; signed off by the head of SRE.");
  await checked.getByLabel("Comment").click();
  await expect(checked.getByRole("status")).toHaveText("Saved");
  await expect(page.getByRole("progressbar", { name: "Review progress" })).toHaveAttribute("aria-valuetext", "1 of 2 applicable items passed");
  await expectAccessibleInBothThemes(page);

  // The override stands after a reload (the check runs again on opening but does not undo a person's decision).
  await page.reload();
  await expect(checked.getByRole("radio", { name: "Pass", exact: true })).toBeChecked();
  await expect(checked.getByText("Overridden by a person:")).toBeVisible();
  await expect(checked.getByText(/legacy monitoring until the migration in Q3/).first()).toBeVisible();
  const after = (await (await page.request.get(`/api/v1/readiness/reviews/${reviewId}`)).json()) as { items: { key: string; status: string; overrideReason: string | null }[] };
  const overridden = after.items.find((i) => i.key === "slos-defined")!;
  expect(overridden.status).toBe("pass");
  expect(overridden.overrideReason).toContain("legacy monitoring");
});
