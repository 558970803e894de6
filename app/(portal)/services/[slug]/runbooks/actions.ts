"use server";
// Runbook changes from the service pages: each parses its form and calls one change function, which checks the service's team.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { runbookInputSchema } from "@/lib/incidents/schemas";
import { createRunbook, deleteRunbook, updateRunbook } from "@/lib/server/incidents/runbooks";

function fromForm(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return { slug: text("slug"), title: text("title"), url: text("url")?.trim() || null, body: text("body") ?? "" };
}

export const createRunbookAction = formAction<typeof runbookInputSchema, [service: string]>({
  role: "editor",
  schema: runbookInputSchema,
  input: fromForm,
  failure: "The runbook could not be saved. Try again.",
  run: async ({ caller, input, args: [service] }) => {
    const runbook = await createRunbook({ caller, service, input });
    await flash(`Runbook “${runbook.title}” added.`);
    return { revalidate: [`/services/${service}`], redirectTo: `/services/${service}/runbooks/${runbook.slug}` };
  },
});

export const updateRunbookAction = formAction<typeof runbookInputSchema, [service: string, runbook: string]>({
  role: "editor",
  schema: runbookInputSchema,
  input: fromForm,
  failure: "The runbook could not be saved. Try again.",
  run: async ({ caller, input, args: [service, slug] }) => {
    const runbook = await updateRunbook({ caller, service, runbook: slug, input });
    await flash(`Runbook “${runbook.title}” saved.`);
    return { revalidate: [`/services/${service}`], redirectTo: `/services/${service}/runbooks/${runbook.slug}` };
  },
});

export const deleteRunbookAction = formAction<z.ZodAny, [service: string, runbook: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The runbook could not be deleted. Try again.",
  run: async ({ caller, args: [service, slug] }) => {
    const runbook = await deleteRunbook({ caller, service, runbook: slug });
    await flash(`Runbook “${runbook.title}” deleted.`);
    return { revalidate: [`/services/${service}`], redirectTo: `/services/${service}` };
  },
});
