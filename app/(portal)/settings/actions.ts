"use server";
// Admin changes to users, teams and API tokens: each checks the role on the server and is audited.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ConflictError } from "@/db/queries/errors";
import { addTeamMember, createTeam, deleteTeam, findTeamById, removeTeamMember, updateTeam } from "@/db/queries/teams";
import { createApiToken, revokeApiToken } from "@/db/queries/tokens";
import { countActiveAdmins, createUser, findUserById, updateUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/session";
import { keepOwnSession } from "@/lib/auth/session-renewal";
import { teamInputSchema } from "@/lib/catalog/schemas";
import { formValues, invalid, type FormState } from "@/lib/forms";
import { roleSchema, tokenCreateSchema, userCreateSchema } from "@/lib/settings/schemas";
import { grantGateException, revokeGateException } from "@/db/queries/deploys";
import { findServiceBySlug } from "@/db/queries/services";
import { setOrgBudgetPolicy, setTierTargets } from "@/db/queries/settings";
import { gateExceptionFormSchema } from "@/lib/slo/gate-schemas";
import { policyFormSchema, tierTargetsFormSchema } from "@/lib/slo/policy-form";

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
};

function conflictState(error: unknown, formData: FormData): FormState {
  if (error instanceof ConflictError) return { ok: false, message: error.message, fieldErrors: { [error.field]: [error.message] }, values: formValues(formData) };
  console.error("settings action failed", error);
  return { ok: false, message: "That could not be saved. Try again.", values: formValues(formData) };
}

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = userCreateSchema.safeParse({ email: text(formData, "email"), name: text(formData, "name"), role: text(formData, "role"), password: text(formData, "password") });
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    const { password, ...rest } = parsed.data;
    await createUser({ ...rest, passwordHash: await hashPassword(password) }, auth.actor);
  } catch (error) {
    return conflictState(error, formData);
  }
  revalidatePath("/settings/users");
  return { ok: true, message: `Created ${parsed.data.email}. Share the password with them over a safe channel.` };
}

/** Refuses changes that would leave no active admin to run the instance. */
async function wouldRemoveLastAdmin(userId: number, next: { role?: string; isActive?: boolean }): Promise<boolean> {
  const user = await findUserById(userId);
  if (!user || user.role !== "admin" || !user.isActive) return false;
  const stillAdmin = (next.role ?? user.role) === "admin" && (next.isActive ?? user.isActive);
  return !stillAdmin && (await countActiveAdmins()) <= 1;
}

export async function changeUserRoleAction(userId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const role = roleSchema.safeParse(text(formData, "role"));
  if (!role.success) return { ok: false, message: "Role must be viewer, editor or admin.", fieldErrors: { role: ["must be viewer, editor or admin"] } };
  if (await wouldRemoveLastAdmin(userId, { role: role.data })) return { ok: false, message: "Keel needs at least one active admin." };
  const updated = await updateUser(userId, { role: role.data }, auth.actor, "user.role.change");
  if (!updated) return { ok: false, message: "That user no longer exists." };
  // A new role ends the person's sessions; an admin changing their own keeps this one.
  if (userId === auth.user.id) await keepOwnSession(userId, updated.sessionsValidAfter);
  revalidatePath("/settings/users");
  return { ok: true, message: `${updated.name} is now ${role.data}.` };
}

export async function setUserActiveAction(userId: number, isActive: boolean): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  if (!isActive && userId === auth.user.id) return { ok: false, message: "You cannot deactivate your own account." };
  if (await wouldRemoveLastAdmin(userId, { isActive })) return { ok: false, message: "Keel needs at least one active admin." };
  const updated = await updateUser(userId, { isActive }, auth.actor, isActive ? "user.reactivate" : "user.deactivate");
  if (!updated) return { ok: false, message: "That user no longer exists." };
  revalidatePath("/settings/users");
  return { ok: true, message: `${updated.name} is ${isActive ? "active again" : "deactivated"}.` };
}

export async function createTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = teamInputSchema.safeParse({ slug: text(formData, "slug"), name: text(formData, "name"), description: text(formData, "description") });
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await createTeam(parsed.data, auth.actor);
  } catch (error) {
    return conflictState(error, formData);
  }
  revalidatePath("/settings/teams");
  redirect(`/settings/teams/${parsed.data.slug}`);
}

export async function updateTeamAction(teamId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = teamInputSchema.omit({ slug: true }).safeParse({ name: text(formData, "name"), description: text(formData, "description") });
  if (!parsed.success) return invalid(parsed.error, formData);
  const team = await updateTeam(teamId, parsed.data, auth.actor);
  if (!team) return { ok: false, message: "That team no longer exists." };
  revalidatePath(`/settings/teams/${team.slug}`);
  return { ok: true, message: "Team saved." };
}

export async function deleteTeamAction(teamId: number): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const outcome = await deleteTeam(teamId, auth.actor);
  if (outcome === "has_services") return { ok: false, message: "This team still owns services. Move or delete them first." };
  if (outcome === "not_found") return { ok: false, message: "That team no longer exists." };
  revalidatePath("/settings/teams");
  redirect("/settings/teams");
}

export async function addTeamMemberAction(teamId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const userId = z.coerce.number().int().positive().safeParse(text(formData, "userId"));
  if (!userId.success) return { ok: false, message: "Pick a person to add.", fieldErrors: { userId: ["Pick a person"] } };
  const [team, user] = await Promise.all([findTeamById(teamId), findUserById(userId.data)]);
  if (!team || !user) return { ok: false, message: "That team or person no longer exists." };
  const outcome = await addTeamMember(teamId, userId.data, auth.actor);
  revalidatePath(`/settings/teams/${team.slug}`);
  return { ok: true, message: outcome === "already" ? `${user.name} is already a member.` : `Added ${user.name} to ${team.name}.` };
}

export async function removeTeamMemberAction(teamId: number, userId: number): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const team = await findTeamById(teamId);
  if (!team) return { ok: false, message: "That team no longer exists." };
  await removeTeamMember(teamId, userId, auth.actor);
  revalidatePath(`/settings/teams/${team.slug}`);
  return { ok: true, message: "Member removed." };
}

export async function createTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = tokenCreateSchema.safeParse({ name: text(formData, "name"), scopes: formData.getAll("scopes").map(String) });
  if (!parsed.success) return invalid(parsed.error, formData);
  const { token } = await createApiToken({ ...parsed.data, createdById: auth.user.id }, auth.actor);
  revalidatePath("/settings/tokens");
  return { ok: true, message: `Token "${parsed.data.name}" created. Copy it now: Keel shows it only once.`, data: { token } };
}

export async function revokeTokenAction(tokenId: number): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const outcome = await revokeApiToken(tokenId, auth.actor);
  if (outcome === "not_found") return { ok: false, message: "That token no longer exists." };
  revalidatePath("/settings/tokens");
  return { ok: true, message: outcome === "already" ? "That token was already revoked." : "Token revoked. Clients using it now get 401." };
}

export async function updatePolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = policyFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await setOrgBudgetPolicy(parsed.data, auth.actor);
  revalidatePath("/settings/slo-policy");
  return { ok: true, message: "Error budget policy saved. Every SLO without its own override follows it from the next evaluation." };
}

export async function updateTierTargetsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const parsed = tierTargetsFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await setTierTargets(parsed.data, auth.actor);
  revalidatePath("/settings/slo-policy");
  return { ok: true, message: "Default targets saved. They prefill new SLOs; existing SLOs keep their targets." };
}

export async function grantGateExceptionAction(serviceSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const service = await findServiceBySlug(serviceSlug);
  if (!service) return { ok: false, message: "That service no longer exists." };
  const parsed = gateExceptionFormSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const expiresAt = new Date(Date.now() + parsed.data.hours * 3_600_000);
  await grantGateException({ serviceId: service.id, serviceSlug: service.slug, reason: parsed.data.reason, expiresAt, grantedById: auth.user.id }, auth.actor);
  revalidatePath(`/services/${service.slug}`);
  return { ok: true, message: `Deploys of ${service.name} are allowed until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC.` };
}

export async function revokeGateExceptionAction(serviceSlug: string, exceptionId: number): Promise<FormState> {
  const auth = await authorize("admin");
  if (!auth.ok) return { ok: false, message: auth.message };
  const revoked = await revokeGateException(exceptionId, auth.actor);
  revalidatePath(`/services/${serviceSlug}`);
  return revoked ? { ok: true, message: "Exception revoked: the freeze applies again." } : { ok: false, message: "That exception was already revoked." };
}
