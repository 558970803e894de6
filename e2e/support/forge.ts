// Captures a genuine create-service server action as an admin without letting it through, so a journey can
// replay it with another person's session and prove the server (not the UI) refuses it.
import { expect, type Browser } from "@playwright/test";
import { storageStateOf, uniqueSlug } from "../fixtures/users";

export type CapturedAction = { slug: string; headers: Record<string, string>; body: Buffer; origin: string };

export async function captureCreateServiceAction(browser: Browser, { team, prefix }: { team: string; prefix: string }): Promise<CapturedAction> {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  const slug = uniqueSlug(prefix);
  await page.goto("/services/new");
  await page.getByLabel("Name").fill(`Forged ${prefix}`);
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Owning team").selectOption(team);
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/services/new", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.getByRole("button", { name: "Create service" }).click();
  await expect.poll(() => captured).toBeTruthy();
  const origin = new URL(page.url()).origin;
  await context.close();
  return { slug, origin, ...captured! };
}

/** The replay's request options: the captured action, as the browser sent it. */
export function replayOptions(action: CapturedAction) {
  return {
    headers: { "next-action": action.headers["next-action"]!, "content-type": action.headers["content-type"]!, accept: "text/x-component", origin: action.origin },
    data: action.body,
  };
}
