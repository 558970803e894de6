// Journey: an admin points a Slack-compatible webhook at a chat receiver, sends a test, declares an incident and sees both
// messages arrive and in the delivery log.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectAccessibleInBothThemes } from "./support/axe";
import { storageStateOf, uniqueSlug } from "./fixtures/users";

test.use({ storageState: storageStateOf("admin") });

test("an admin adds a webhook, sends a test message and gets incident notices with a delivery log", async ({ page }) => {
  test.slow();
  const received: { text: string }[] = [];
  const receiver = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      received.push(JSON.parse(raw));
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const name = uniqueSlug("chat-room");
  try {
    await page.goto("/settings/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("URL").fill(url);
    await page.getByLabel("Format").selectOption("slack");
    await page.getByLabel("Team").selectOption("payments");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText(`Webhook “${name}” added.`)).toBeVisible();

    await page.getByRole("button", { name: `Send a test message to ${name}` }).click();
    await expect.poll(() => received.map((r) => r.text)).toContain(`Test message from Keel for webhook "${name}"`);

    const title = `Notified ${name}`;
    const declared = await page.request.post("/api/v1/incidents", { data: { title, severity: "SEV3", services: ["checkout"] } });
    expect(declared.status()).toBe(201);
    const { number } = await declared.json();
    await expect.poll(() => received.map((r) => r.text)).toContain(`SEV3 incident #${number} declared: ${title}`);

    await page.reload();
    const log = page.getByRole("table", { name: "Delivery log" });
    await expect(log.getByRole("row").filter({ hasText: name }).filter({ hasText: `#${number}` }).getByText("delivered")).toBeVisible();
    await expect(log.getByRole("row").filter({ hasText: name }).filter({ hasText: "test" }).getByText("delivered")).toBeVisible();
    await expectAccessibleInBothThemes(page);

    await page.getByRole("button", { name: `Delete webhook ${name}` }).click();
    await expect(page.getByRole("table", { name: "Webhooks" }).getByText(name)).toHaveCount(0);
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
