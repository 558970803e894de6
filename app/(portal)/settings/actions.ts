"use server";
// Admin changes to users, teams, API tokens, budget policy and gate exceptions: each parses its form and calls one change function.
import { z } from "zod";
import { flash } from "@/lib/actions/flash";
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { keepOwnSession } from "@/lib/auth/session-renewal";
import { teamInputSchema } from "@/lib/catalog/schemas";
import { passwordChangeSchema, passwordResetSchema, roleSchema, tokenCreateSchema, userCreateSchema } from "@/lib/settings/schemas";
import { addTeamMember, createTeam, deleteTeam, removeTeamMember, updateTeam } from "@/lib/server/catalog/teams";
import { createToken, revokeToken } from "@/lib/server/settings/tokens";
import { changeOwnPassword, changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/server/settings/users";
import { grantGateException, revokeGateException, setOrgBudgetPolicy, setTierTargets } from "@/lib/server/slo/gate";
import { gateExceptionFormSchema } from "@/lib/slo/schemas";
import { policyFormSchema, tierTargetsFormSchema } from "@/lib/slo/policy-form";

const failure = "That could not be saved. Try again.";

export const createUserAction = formAction({
  role: "admin",
  schema: userCreateSchema,
  failure,
  run: async ({ caller, input }) => {
    await createUser({ caller, input });
    return { revalidate: ["/settings/users"], message: `Created ${input.email}. Share the password with them over a safe channel.` };
  },
});

export const changeUserRoleAction = formAction<z.ZodObject<{ role: typeof roleSchema }>, [userId: number]>({
  role: "admin",
  schema: z.object({ role: roleSchema }),
  failure,
  run: async ({ caller, input, args: [userId] }) => {
    const user = await changeUserRole({ caller, userId, role: input.role });
    // A new role ends the person's sessions; an admin changing their own keeps this one.
    if (caller.kind === "user" && caller.userId === userId) await keepOwnSession(userId, user.sessionsValidAfter);
    return { revalidate: ["/settings/users"], message: `${user.name} is now ${input.role}.` };
  },
});

export const setUserActiveAction = buttonAction<[userId: number, isActive: boolean]>({
  role: "admin",
  failure,
  run: async ({ caller, args: [userId, isActive] }) => {
    const user = await setUserActive({ caller, userId, isActive });
    return { revalidate: ["/settings/users"], message: `${user.name} is ${isActive ? "active again" : "deactivated"}.` };
  },
});

export const createTeamAction = formAction({
  role: "admin",
  schema: teamInputSchema,
  failure,
  run: async ({ caller, input }) => {
    const team = await createTeam({ caller, input });
    await flash(`Team “${team.name}” created.`);
    return { revalidate: ["/settings/teams"], redirectTo: `/settings/teams/${team.slug}` };
  },
});

export const updateTeamAction = formAction<ReturnType<typeof teamInputSchema.omit<{ slug: true }>>, [teamId: number]>({
  role: "admin",
  schema: teamInputSchema.omit({ slug: true }),
  failure,
  run: async ({ caller, input, args: [teamId] }) => {
    const team = await updateTeam({ caller, teamId, input });
    return { revalidate: [`/settings/teams/${team.slug}`], message: "Team saved." };
  },
});

export const deleteTeamAction = buttonAction<[teamId: number]>({
  role: "admin",
  failure,
  run: async ({ caller, args: [teamId] }) => {
    await deleteTeam({ caller, teamId });
    return { revalidate: ["/settings/teams"], redirectTo: "/settings/teams" };
  },
});

const memberSchema = z.object({ userId: z.coerce.number({ error: "Pick a person" }).int("Pick a person").positive("Pick a person") });

export const addTeamMemberAction = formAction<typeof memberSchema, [teamId: number]>({
  role: "admin",
  schema: memberSchema,
  failure,
  run: async ({ caller, input, args: [teamId] }) => {
    const { added, teamName, userName } = await addTeamMember({ caller, teamId, userId: input.userId });
    return { revalidate: ["/settings/teams"], message: added ? `Added ${userName} to ${teamName}.` : `${userName} is already a member.` };
  },
});

export const removeTeamMemberAction = buttonAction<[teamId: number, userId: number]>({
  role: "admin",
  failure,
  run: async ({ caller, args: [teamId, userId] }) => {
    const team = await removeTeamMember({ caller, teamId, userId });
    return { revalidate: [`/settings/teams/${team.slug}`], message: "Member removed." };
  },
});

export const createTokenAction = formAction({
  role: "admin",
  schema: tokenCreateSchema,
  input: (formData) => ({
    name: formData.get("name"),
    scopes: formData.getAll("scopes").map(String),
    teams: formData.get("reach") === "teams" ? formData.getAll("teams").map(String) : null,
  }),
  failure,
  run: async ({ caller, input }) => {
    const { token } = await createToken({ caller, input });
    return { revalidate: ["/settings/tokens"], message: `Token "${input.name}" created. Copy it now: Keel shows it only once.`, data: { token } };
  },
});

export const revokeTokenAction = buttonAction<[tokenId: number]>({
  role: "admin",
  failure,
  run: async ({ caller, args: [tokenId] }) => {
    const outcome = await revokeToken({ caller, tokenId });
    return { revalidate: ["/settings/tokens"], message: outcome === "already" ? "That token was already revoked." : "Token revoked. Clients using it now get 401." };
  },
});

export const updatePolicyAction = formAction({
  role: "admin",
  schema: policyFormSchema,
  failure,
  run: async ({ caller, input }) => {
    await setOrgBudgetPolicy({ caller, policy: input });
    return { revalidate: ["/settings/slo-policy"], message: "Error budget policy saved. Every SLO without its own override follows it from the next evaluation." };
  },
});

export const updateTierTargetsAction = formAction({
  role: "admin",
  schema: tierTargetsFormSchema,
  failure,
  run: async ({ caller, input }) => {
    await setTierTargets({ caller, targets: input });
    return { revalidate: ["/settings/slo-policy"], message: "Default targets saved. They prefill new SLOs; existing SLOs keep their targets." };
  },
});

export const grantGateExceptionAction = formAction<typeof gateExceptionFormSchema, [serviceSlug: string]>({
  role: "admin",
  schema: gateExceptionFormSchema,
  failure,
  run: async ({ caller, input, args: [serviceSlug] }) => {
    const expiresAtMs = Date.now() + input.hours * 3_600_000;
    const granted = await grantGateException({ caller, input: { service: serviceSlug, reason: input.reason, expiresAtMs } });
    return {
      revalidate: [`/services/${serviceSlug}`],
      message: `Deploys of ${granted.serviceName} are allowed until ${new Date(expiresAtMs).toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    };
  },
});

export const revokeGateExceptionAction = buttonAction<[serviceSlug: string, exceptionId: number]>({
  role: "admin",
  failure,
  run: async ({ caller, args: [serviceSlug, exceptionId] }) => {
    await revokeGateException({ caller, exceptionId });
    return { revalidate: [`/services/${serviceSlug}`], message: "Exception revoked: the freeze applies again." };
  },
});

export const changeOwnPasswordAction = formAction({
  role: "viewer",
  schema: passwordChangeSchema,
  failure,
  run: async ({ caller, input }) => {
    const user = await changeOwnPassword({ caller, currentPassword: input.currentPassword, newPassword: input.newPassword });
    // Every other session of theirs ends; this browser stays signed in.
    await keepOwnSession(user.id, user.sessionsValidAfter);
    return { message: "Password changed. You stay signed in here; your other sessions have ended." };
  },
});

export const resetUserPasswordAction = formAction<typeof passwordResetSchema, [userId: number]>({
  role: "admin",
  schema: passwordResetSchema,
  failure,
  run: async ({ caller, input, args: [userId] }) => {
    const user = await resetUserPassword({ caller, userId, password: input.password });
    if (caller.kind === "user" && caller.userId === userId) await keepOwnSession(userId, user.sessionsValidAfter);
    return { revalidate: ["/settings/users"], message: `New password set for ${user.name}; their sessions have ended. Share it over a safe channel.` };
  },
});
