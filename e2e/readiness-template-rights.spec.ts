// Journey: templates are the organisation's checklists, so only admins change them. A viewer (and an editor) reads the
// templates but sees no Create or Edit controls; the editor pages answer 403 with the usual explanation, and the API
// refuses a template change. (Those pages check the role before anything streams, so the status is a real 403.)
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/users";
import { expectAccessibleInBothThemes } from "./support/axe";

for (const role of ["viewer", "engineer"] as const) {
  test.describe(`as ${role === "viewer" ? "a viewer" : "an editor"}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("reads readiness templates but cannot create or edit them", async ({ page }) => {
      test.slow();
      await page.goto("/readiness/templates");
      await expect(page.getByRole("heading", { level: 1, name: "Readiness templates" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Create a template|New template/ })).toHaveCount(0);
      await page.getByRole("link", { name: /Tier 1/ }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Tier 1");
      await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
      if (role === "viewer") await expectAccessibleInBothThemes(page);

      // An editor may start reviews; a viewer may not.
      const refusedPages = ["/readiness/templates/new", "/readiness/templates/tier-1/edit", ...(role === "viewer" ? ["/readiness/reviews/new"] : [])];
      for (const path of refusedPages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
      }

      const refused = await page.request.post("/api/v1/readiness/templates", {
        data: { slug: `forged-${role}`, name: "Forged", description: "", tier: null, note: "", content: { categories: [] } },
      });
      expect(refused.status()).toBe(403);
    });
  });
}
