"use server";
// Postmortem page changes: each parses its form and calls one change function, which checks the incident's team.
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { dueDateToInstant, POSTMORTEM_SECTIONS } from "@/lib/incidents/postmortem";
import { actionItemInputSchema, actionItemPatchSchema, postmortemInputSchema } from "@/lib/incidents/schemas";
import { POSTMORTEM_STATUSES } from "@/lib/incidents/types";
import { addActionItem, updateActionItem } from "@/lib/server/incidents/action-items";
import { changeIncident } from "@/lib/server/incidents/change-incident";
import { createOrUpdatePostmortem, setPostmortemStatus } from "@/lib/server/incidents/postmortems";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};
const pathOf = (number: number) => `/incidents/${number}/postmortem`;

export const savePostmortemAction = formAction<typeof postmortemInputSchema, [number: number]>({
  role: "editor",
  schema: postmortemInputSchema,
  input: (formData) => Object.fromEntries(["usersAffected", ...POSTMORTEM_SECTIONS.map((s) => s.key)].map((key) => [key, text(formData, key)])),
  failure: "The postmortem could not be saved. Try again.",
  run: async ({ caller, input, args: [number] }) => {
    await createOrUpdatePostmortem({ caller, number, input });
    return { message: "Postmortem saved.", revalidate: [pathOf(number)] };
  },
});

const statusSchema = z.object({ status: z.enum(POSTMORTEM_STATUSES, { error: "must be draft, in_review or published" }) });

export const setPostmortemStatusAction = formAction<typeof statusSchema, [number: number]>({
  role: "editor",
  schema: statusSchema,
  failure: "The postmortem's status could not be changed. Try again.",
  run: async ({ caller, input, args: [number] }) => {
    const postmortem = await setPostmortemStatus({ caller, number, status: input.status });
    const words = { draft: "Postmortem back in draft.", in_review: "Postmortem sent for review.", published: "Postmortem published." } as const;
    return { message: words[postmortem.status], revalidate: [pathOf(number), `/incidents/${number}`] };
  },
});

export const closeIncidentAction = formAction<z.ZodAny, [number: number]>({
  role: "editor",
  schema: z.any(),
  failure: "The incident could not be closed. Try again.",
  run: async ({ caller, args: [number] }) => {
    await changeIncident({ caller, number, input: { status: "closed" } });
    return { message: `Incident #${number} closed.`, revalidate: [pathOf(number), `/incidents/${number}`, "/incidents"] };
  },
});

function actionItemFromForm(formData: FormData) {
  const due = text(formData, "dueDate") ?? "";
  const owner = text(formData, "owner") ?? "";
  return { title: text(formData, "title"), owner: owner || null, dueAt: due ? (dueDateToInstant(due) ?? due) : null, priority: text(formData, "priority") || undefined };
}

export const addActionItemAction = formAction<typeof actionItemInputSchema, [number: number]>({
  role: "editor",
  schema: actionItemInputSchema,
  input: actionItemFromForm,
  field: (path, message) => ({ field: path === "dueAt" ? "dueDate" : path, message }),
  failure: "The action item could not be added. Try again.",
  run: async ({ caller, input, args: [number] }) => {
    const item = await addActionItem({ caller, number, input });
    // A drill's findings are added from its drill page as well.
    return { message: `Action item “${item.title}” added.`, revalidate: [pathOf(number), "/action-items", "/drills/[id]"] };
  },
});

export const updateActionItemStatusAction = formAction<typeof actionItemPatchSchema, [id: number, number: number]>({
  role: "editor",
  schema: actionItemPatchSchema,
  input: (formData) => ({ status: text(formData, "status") }),
  failure: "The action item could not be changed. Try again.",
  run: async ({ caller, input, args: [id, number] }) => {
    await updateActionItem({ caller, id, input });
    return { message: "Saved.", revalidate: [pathOf(number), "/action-items"] };
  },
});
