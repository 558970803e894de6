"use server";
// SLO changes from the browser: validated with the API's schema, authorised for the owning team, audited.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ConflictError } from "@/db/queries/errors";
import { findServiceBySlug } from "@/db/queries/services";
import { recomputeRunningSums } from "@/db/queries/sli-write";
import { createSlo, deleteSlo, findSloBySlug, updateSlo } from "@/db/queries/slos";
import { authorize } from "@/lib/auth/session";
import { formValues, invalid, type FormState } from "@/lib/forms";
import { recordReview } from "@/db/queries/reviews";
import { reviewSchema } from "@/lib/slo/review";
import { formFieldOf, formToSloInput, formMessage } from "@/lib/slo/form";
import { sloInputSchema, type SloInput } from "@/lib/slo/schemas";

type Parsed = { ok: true; input: SloInput } | { ok: false; state: FormState };

function parseForm(formData: FormData): Parsed {
  const values = formValues(formData);
  const result = sloInputSchema.safeParse(formToSloInput(values));
  if (result.success) return { ok: true, input: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = formFieldOf(issue.path.map(String).join("."));
    (fieldErrors[field] ??= []).push(formMessage(field, issue.message));
  }
  return { ok: false, state: { ok: false, message: "Check the highlighted fields.", fieldErrors, values } };
}

function failure(error: unknown, formData: FormData): FormState {
  if (error instanceof ConflictError) return { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] }, values: formValues(formData) };
  console.error("SLO action failed", error);
  return { ok: false, message: "The SLO could not be saved. Try again.", values: formValues(formData) };
}

export async function createSloAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(formData);
  if (!parsed.ok) return parsed.state;
  const service = await findServiceBySlug(parsed.input.service);
  if (!service) return { ok: false, message: "Pick the service this SLO belongs to.", fieldErrors: { service: ["Unknown service"] }, values: formValues(formData) };
  const auth = await authorize("editor", { teamId: service.teamId });
  if (!auth.ok) return { ok: false, message: auth.message, values: formValues(formData) };
  try {
    await createSlo(parsed.input, service.id, auth.actor);
  } catch (error) {
    return failure(error, formData);
  }
  revalidatePath("/slos");
  revalidatePath(`/services/${service.slug}`);
  redirect(`/slos/${parsed.input.slug}`);
}

export async function updateSloAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const existing = await findSloBySlug(slug);
  if (!existing) return { ok: false, message: `SLO "${slug}" no longer exists.` };
  const current = await authorize("editor", { teamId: existing.teamId });
  if (!current.ok) return { ok: false, message: current.message, values: formValues(formData) };
  const parsed = parseForm(formData);
  if (!parsed.ok) return parsed.state;
  const service = await findServiceBySlug(parsed.input.service);
  if (!service) return { ok: false, message: "Pick the service this SLO belongs to.", fieldErrors: { service: ["Unknown service"] }, values: formValues(formData) };
  const target = await authorize("editor", { teamId: service.teamId });
  if (!target.ok) return { ok: false, message: "You can only move SLOs to services of your teams.", fieldErrors: { service: [target.message] }, values: formValues(formData) };
  try {
    // The form does not edit where SLI data comes from: keep the SLO's source (push or a Prometheus query).
    const result = await updateSlo(existing.id, { ...parsed.input, source: existing.source }, service.id, current.actor);
    if (result?.timesliceTargetChanged) await recomputeRunningSums(result.slo.id, result.slo.timesliceTarget);
  } catch (error) {
    return failure(error, formData);
  }
  revalidatePath("/slos");
  revalidatePath(`/slos/${parsed.input.slug}`);
  redirect(`/slos/${parsed.input.slug}`);
}

export async function deleteSloAction(slug: string, _prev: FormState): Promise<FormState> {
  const existing = await findSloBySlug(slug);
  if (!existing) return { ok: false, message: `SLO "${slug}" no longer exists.` };
  const auth = await authorize("editor", { teamId: existing.teamId });
  if (!auth.ok) return { ok: false, message: auth.message };
  await deleteSlo(existing.id, auth.actor);
  revalidatePath("/slos");
  revalidatePath(`/services/${existing.serviceSlug}`);
  redirect("/slos");
}

export async function reviewSloAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const existing = await findSloBySlug(slug);
  if (!existing) return { ok: false, message: `SLO "${slug}" no longer exists.` };
  const auth = await authorize("editor", { teamId: existing.teamId });
  if (!auth.ok) return { ok: false, message: auth.message };
  const values = formValues(formData);
  const parsed = reviewSchema(existing.target).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, formData);
  await recordReview(existing.id, parsed.data, { id: auth.user.id, actor: auth.actor });
  revalidatePath(`/slos/${slug}`);
  revalidatePath("/");
  const verb = parsed.data.decision === "keep" ? "kept at" : parsed.data.decision === "raise" ? "raised to" : "lowered to";
  return { ok: true, message: `Review recorded: target ${verb} ${Number((parsed.data.newTarget * 100).toFixed(4))}%.` };
}
