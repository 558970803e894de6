// Journey: two people have the same review open. Each changes a different item and, after reloading, both changes are
// there. Then both change the same item from pages read before either change: the second is told the item changed
// meanwhile, sees the first person's value, and chooses to apply theirs again; nothing is overwritten silently.
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";
import { createCoreBankingService, createJourneyTemplate, launchDate, startReview } from "./support/readiness";

test.use({ timezoneId: "UTC" });

const ITEMS = [
  { key: "slo-alerts", text: "Alerts on the SLOs" },
  { key: "load-test", text: "Load test at twice the peak" },
  { key: "restore-test", text: "Restore tested from backup" },
];

const item = (page: Page, text: string) => page.getByRole("region", { name: text, exact: true });
const status = (page: Page, text: string, name: "Pass" | "Fail" | "N/A" | "Pending") => item(page, text).getByRole("radio", { name, exact: true });

test("two people edit one review: different items both survive, a stale write on the same item is shown, not lost", async ({ browser, baseURL, playwright }) => {
  // Many saves, reloads and axe passes on a shared two-core machine.
  test.setTimeout(240_000);
  const adminApi = await playwright.request.newContext({ baseURL, storageState: storageStateOf("admin") });
  const template = uniqueSlug("prr-two");
  await createJourneyTemplate(adminApi, template, ITEMS);
  const service = uniqueSlug("ledger-two");
  await createCoreBankingService(adminApi, service);
  const reviewId = await startReview(adminApi, { service, template, launchDate: launchDate(), reviewer: "manager@keel.local" });
  await adminApi.dispose();

  const morganContext = await browser.newContext({ storageState: storageStateOf("manager") });
  const adaContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const morgan = await morganContext.newPage();
  const ada = await adaContext.newPage();
  await Promise.all([morgan.goto(`/readiness/reviews/${reviewId}`), ada.goto(`/readiness/reviews/${reviewId}`)]);
  await expect(status(morgan, "Alerts on the SLOs", "Pending")).toBeChecked();
  await expect(status(ada, "Alerts on the SLOs", "Pending")).toBeChecked();

  // Different items: both saves stand.
  await status(morgan, "Alerts on the SLOs", "Pass").check();
  await expect(item(morgan, "Alerts on the SLOs").getByRole("status")).toHaveText("Saved");
  await status(ada, "Load test at twice the peak", "Fail").check();
  await expect(item(ada, "Load test at twice the peak").getByRole("status")).toHaveText("Saved");
  await Promise.all([morgan.reload(), ada.reload()]);
  for (const page of [morgan, ada]) {
    await expect(status(page, "Alerts on the SLOs", "Pass")).toBeChecked();
    await expect(status(page, "Load test at twice the peak", "Fail")).toBeChecked();
    await expect(page.getByRole("progressbar", { name: "Review progress" })).toHaveAttribute("aria-valuetext", "1 of 3 applicable items passed");
  }

  // The same item from two pages read before either change: Morgan saves first, Ada's write is stale.
  await status(morgan, "Restore tested from backup", "Fail").check();
  await expect(item(morgan, "Restore tested from backup").getByRole("status")).toHaveText("Saved");
  await status(ada, "Restore tested from backup", "Pass").check();
  const notice = item(ada, "Restore tested from backup").getByRole("alert");
  await expect(notice).toContainText("Changed by someone else meanwhile (Morgan Manager)");
  await expect(notice).toContainText("Theirs: Fail · yours: Pass");
  await expect(item(ada, "Restore tested from backup").getByRole("status")).toHaveText("Not saved: changed by someone else");
  // Ada's page now shows what stands (Morgan's Fail) until she chooses.
  await expect(status(ada, "Restore tested from backup", "Fail")).toBeChecked();
  await expectAccessibleInBothThemes(ada);
  await morgan.reload();
  await expect(status(morgan, "Restore tested from backup", "Fail")).toBeChecked();

  // Ada applies hers, knowingly, over Morgan's current version.
  await notice.getByRole("button", { name: "Apply mine instead" }).click();
  await expect(item(ada, "Restore tested from backup").getByRole("status")).toHaveText("Saved");
  await expect(status(ada, "Restore tested from backup", "Pass")).toBeChecked();
  await morgan.reload();
  await expect(status(morgan, "Restore tested from backup", "Pass")).toBeChecked();
  await expect(morgan.getByRole("progressbar", { name: "Review progress" })).toHaveAttribute("aria-valuetext", "2 of 3 applicable items passed");

  await morganContext.close();
  await adaContext.close();
});
