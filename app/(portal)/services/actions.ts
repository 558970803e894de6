"use server";
// Service changes from the browser: each parses its form and calls one change function, which checks the owning team.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { serviceInputSchema, serviceUpdateSchema } from "@/lib/catalog/schemas";
import { createService, deleteService, updateService } from "@/lib/server/catalog/services";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};

function fromForm(formData: FormData) {
  const fields = ["slug", "name", "team", "tier", "description", "repoUrl", "dashboardUrl", "runbookUrl"] as const;
  return Object.fromEntries(fields.map((field) => [field, text(formData, field)]));
}

export const createServiceAction = formAction({
  role: "editor",
  schema: serviceInputSchema,
  input: fromForm,
  failure: "The service could not be saved. Try again.",
  run: async ({ caller, input }) => {
    const service = await createService({ caller, input });
    await flash(`Service “${service.name}” created.`);
    return { revalidate: ["/services"], redirectTo: `/services/${service.slug}` };
  },
});

export const updateServiceAction = formAction<typeof serviceUpdateSchema, [slug: string]>({
  role: "editor",
  schema: serviceUpdateSchema,
  input: fromForm,
  failure: "The service could not be saved. Try again.",
  run: async ({ caller, input, args: [slug] }) => {
    const service = await updateService({ caller, slug, input });
    await flash(`Changes to “${service.name}” saved.`);
    return { revalidate: ["/services", `/services/${slug}`], redirectTo: `/services/${slug}` };
  },
});

export const deleteServiceAction = formAction<z.ZodAny, [slug: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The service could not be deleted. Try again.",
  run: async ({ caller, args: [slug] }) => {
    const service = await deleteService({ caller, slug });
    await flash(`Service “${service.name}” deleted.`);
    return { revalidate: ["/services"], redirectTo: "/services" };
  },
});
