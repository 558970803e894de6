"use server";
// Service changes from the browser: validated, authorised for the owning team, audited.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ConflictError } from "@/db/queries/errors";
import { createService, deleteService, findServiceBySlug, updateService } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import { authorize } from "@/lib/auth/session";
import { serviceInputSchema, serviceUpdateSchema } from "@/lib/catalog/schemas";
import { formValues, invalid, type FormState } from "@/lib/forms";

function fromForm(formData: FormData) {
  const get = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    slug: get("slug"),
    name: get("name"),
    team: get("team"),
    tier: get("tier"),
    description: get("description"),
    repoUrl: get("repoUrl"),
    dashboardUrl: get("dashboardUrl"),
    runbookUrl: get("runbookUrl"),
  };
}

export async function createServiceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = serviceInputSchema.safeParse(fromForm(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const team = await findTeamBySlug(parsed.data.team);
  if (!team) return { ok: false, message: "Pick an owning team.", fieldErrors: { team: ["Unknown team"] }, values: formValues(formData) };
  const auth = await authorize("editor", { teamId: team.id });
  if (!auth.ok) return { ok: false, message: auth.message, values: formValues(formData) };
  try {
    const { team: _slug, ...rest } = parsed.data;
    void _slug;
    await createService({ ...rest, teamId: team.id }, auth.actor);
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] }, values: formValues(formData) };
    console.error("createService failed", error);
    return { ok: false, message: "The service could not be saved. Try again.", values: formValues(formData) };
  }
  revalidatePath("/services");
  redirect(`/services/${parsed.data.slug}`);
}

export async function updateServiceAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const service = await findServiceBySlug(slug);
  if (!service) return { ok: false, message: `Service "${slug}" no longer exists.` };
  const currentAuth = await authorize("editor", { teamId: service.teamId });
  if (!currentAuth.ok) return { ok: false, message: currentAuth.message, values: formValues(formData) };
  const parsed = serviceUpdateSchema.safeParse(fromForm(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { team: teamSlug, ...changes } = parsed.data;
  let teamId = service.teamId;
  if (teamSlug && teamSlug !== service.teamSlug) {
    const team = await findTeamBySlug(teamSlug);
    if (!team) return { ok: false, message: "Pick an owning team.", fieldErrors: { team: ["Unknown team"] }, values: formValues(formData) };
    // Handing a service to another team needs rights over that team too.
    const targetAuth = await authorize("editor", { teamId: team.id });
    if (!targetAuth.ok) return { ok: false, message: "You can only move services to teams you belong to.", fieldErrors: { team: [targetAuth.message] }, values: formValues(formData) };
    teamId = team.id;
  }
  try {
    await updateService(service.id, { ...changes, teamId }, currentAuth.actor);
  } catch (error) {
    console.error("updateService failed", error);
    return { ok: false, message: "The service could not be saved. Try again.", values: formValues(formData) };
  }
  revalidatePath("/services");
  revalidatePath(`/services/${slug}`);
  redirect(`/services/${slug}`);
}

export async function deleteServiceAction(slug: string, _prev: FormState): Promise<FormState> {
  const service = await findServiceBySlug(slug);
  if (!service) return { ok: false, message: `Service "${slug}" no longer exists.` };
  const auth = await authorize("editor", { teamId: service.teamId });
  if (!auth.ok) return { ok: false, message: auth.message };
  await deleteService(service.id, auth.actor);
  revalidatePath("/services");
  redirect("/services");
}
