"use server";
// SLO changes from the browser: each parses its form and calls one change function, which checks the owning team.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { formAction } from "@/lib/actions/form-action";
import { formValues } from "@/lib/forms";
import { createSlo, deleteSlo, reviewSlo, updateSlo } from "@/lib/server/slo/definitions";
import { formFieldOf, formMessage, formToSloInput } from "@/lib/slo/form";
import { sloInputSchema } from "@/lib/slo/schemas";

const sloForm = {
  role: "editor" as const,
  schema: sloInputSchema,
  input: (formData: FormData) => formToSloInput(formValues(formData)),
  field: (path: string, message: string) => {
    const field = formFieldOf(path);
    return { field, message: formMessage(field, message) };
  },
  failure: "The SLO could not be saved. Try again.",
};

export const createSloAction = formAction({
  ...sloForm,
  run: async ({ caller, input }) => {
    const slo = await createSlo({ caller, input });
    await flash(`SLO “${slo.name}” created.`);
    return { revalidate: ["/slos", `/services/${slo.serviceSlug}`], redirectTo: `/slos/${slo.slug}` };
  },
});

export const updateSloAction = formAction<typeof sloInputSchema, [slug: string]>({
  ...sloForm,
  // The form does not edit where SLI data comes from: the SLO keeps its source (push or a Prometheus query).
  run: async ({ caller, input, args: [slug] }) => {
    const slo = await updateSlo({ caller, slug, input, keepSource: true });
    await flash(`Changes to “${slo.name}” saved.`);
    return { revalidate: ["/slos", `/slos/${slug}`, `/slos/${slo.slug}`], redirectTo: `/slos/${slo.slug}` };
  },
});

export const deleteSloAction = formAction<z.ZodAny, [slug: string]>({
  role: "editor",
  schema: z.any(),
  failure: "The SLO could not be deleted. Try again.",
  run: async ({ caller, args: [slug] }) => {
    const slo = await deleteSlo({ caller, slug });
    await flash(`SLO “${slo.name}” deleted.`);
    return { revalidate: ["/slos", `/services/${slo.serviceSlug}`], redirectTo: "/slos" };
  },
});

export const reviewSloAction = formAction<z.ZodAny, [slug: string]>({
  role: "editor",
  // The review's rules depend on the stored target, so the change function validates it.
  schema: z.any(),
  failure: "The review could not be recorded. Try again.",
  run: async ({ caller, input, args: [slug] }) => {
    const review = await reviewSlo({ caller, slug, review: input });
    const verb = review.decision === "keep" ? "kept at" : review.decision === "raise" ? "raised to" : "lowered to";
    return { revalidate: [`/slos/${slug}`, "/"], message: `Review recorded: target ${verb} ${Number((review.newTarget * 100).toFixed(4))}%.` };
  },
});
