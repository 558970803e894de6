"use server";
// Notification webhook changes from Settings: admins only; each calls one change function.
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { webhookInputSchema } from "@/lib/incidents/notifications";
import { createWebhook, deleteWebhook, deliverDue, sendTestNotification } from "@/lib/server/incidents/notifications";

const PATH = "/settings/notifications";

export const createWebhookAction = formAction({
  role: "admin",
  schema: webhookInputSchema,
  input: (formData) => ({
    name: formData.get("name"),
    url: formData.get("url"),
    format: formData.get("format"),
    events: formData.getAll("events"),
    team: formData.get("team") || null,
    enabled: true,
  }),
  failure: "The webhook could not be saved. Try again.",
  run: async ({ caller, input }) => {
    const hook = await createWebhook({ caller, input });
    return { message: `Webhook “${hook.name}” added.`, revalidate: [PATH] };
  },
});

export const deleteWebhookAction = buttonAction<[id: number]>({
  role: "admin",
  failure: "The webhook could not be deleted. Try again.",
  run: async ({ caller, args: [id] }) => {
    await deleteWebhook({ caller, id });
    return { message: "Webhook deleted.", revalidate: [PATH] };
  },
});

export const testWebhookAction = buttonAction<[id: number]>({
  role: "admin",
  failure: "The test message could not be sent. Try again.",
  run: async ({ caller, args: [id] }) => {
    await sendTestNotification({ caller, id });
    await deliverDue();
    return { message: "Test message sent; see the delivery log below.", revalidate: [PATH] };
  },
});
