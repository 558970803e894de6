// People: created, given a role, deactivated and reactivated, their password reset — admins only, never leaving Keel without an admin.
import "server-only";
import { countActiveAdmins, createUser as insertUser, findUserById, updateUser, type PublicUser } from "@/db/queries/users";
import type { Caller } from "@/lib/access/caller";
import type { Role } from "@/lib/access/types";
import { hashPassword, verifyPassword } from "@/lib/access/password";
import { emitChange } from "../change-events";
import { assertAdmin, ChangeError, invalid, notFound, refused } from "../errors";

export async function createUser({ caller, input }: { caller: Caller; input: { email: string; name: string; role: Role; password: string } }): Promise<PublicUser> {
  assertAdmin(caller);
  const { password, ...rest } = input;
  const user = await insertUser({ ...rest, passwordHash: await hashPassword(password) }, caller.actor);
  emitChange({ entity: "user", action: "created", key: user.email, actor: caller.actor.label });
  return user;
}

/** Refuses changes that would leave no active admin to run the instance. */
async function assertAdminRemains(userId: number, next: { role?: Role; isActive?: boolean }): Promise<void> {
  const user = await findUserById(userId);
  if (!user || user.role !== "admin" || !user.isActive) return;
  const stillAdmin = (next.role ?? user.role) === "admin" && (next.isActive ?? user.isActive);
  if (!stillAdmin && (await countActiveAdmins()) <= 1) throw new ChangeError("conflict", "Keel needs at least one active admin.");
}

export async function changeUserRole({ caller, userId, role }: { caller: Caller; userId: number; role: Role }): Promise<PublicUser> {
  assertAdmin(caller);
  await assertAdminRemains(userId, { role });
  const updated = await updateUser(userId, { role }, caller.actor, "user.role.change");
  if (!updated) throw notFound("That user no longer exists.");
  emitChange({ entity: "user", action: "updated", key: updated.email, actor: caller.actor.label });
  return updated;
}

export async function setUserActive({ caller, userId, isActive }: { caller: Caller; userId: number; isActive: boolean }): Promise<PublicUser> {
  assertAdmin(caller);
  if (!isActive && caller.kind === "user" && caller.userId === userId) throw refused("You cannot deactivate your own account.");
  await assertAdminRemains(userId, { isActive });
  const updated = await updateUser(userId, { isActive }, caller.actor, isActive ? "user.reactivate" : "user.deactivate");
  if (!updated) throw notFound("That user no longer exists.");
  emitChange({ entity: "user", action: "updated", key: updated.email, actor: caller.actor.label });
  return updated;
}

export async function resetUserPassword({ caller, userId, password }: { caller: Caller; userId: number; password: string }): Promise<PublicUser> {
  assertAdmin(caller);
  const updated = await updateUser(userId, { passwordHash: await hashPassword(password) }, caller.actor, "user.password.reset");
  if (!updated) throw notFound("That user no longer exists.");
  emitChange({ entity: "user", action: "updated", key: updated.email, actor: caller.actor.label });
  return updated;
}

/**
 * A person changes their own password, proving the current one; every session of theirs ends (the
 * adapter keeps the one they made the change from). People who sign in only through SSO have none to change.
 */
export async function changeOwnPassword({ caller, currentPassword, newPassword }: { caller: Caller; currentPassword: string; newPassword: string }): Promise<PublicUser> {
  if (caller.kind !== "user") throw refused("Only a signed-in person changes their own password.");
  const user = await findUserById(caller.userId);
  if (!user) throw notFound("Your account no longer exists.");
  if (!user.passwordHash) throw invalid("currentPassword: you sign in through single sign-on; your password is managed there", "currentPassword");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw invalid("currentPassword: that is not your current password", "currentPassword");
  const updated = await updateUser(user.id, { passwordHash: await hashPassword(newPassword) }, caller.actor, "user.password.change");
  if (!updated) throw notFound("Your account no longer exists.");
  emitChange({ entity: "user", action: "updated", key: updated.email, actor: caller.actor.label });
  return updated;
}
