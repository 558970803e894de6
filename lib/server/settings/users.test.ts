// A person's own password change: proves the current password, ends their sessions, refuses SSO-only people and tokens.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createUser, findUserById } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/access/password";
import type { Caller } from "@/lib/access/caller";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { changeOwnPassword } from "./users";

setUpTempDatabase();

const callers: Record<"password" | "sso", Caller> = {} as never;

beforeAll(async () => {
  const withPassword = await createUser({ email: "pat@keel.test", name: "Pat", role: "viewer", passwordHash: await hashPassword("old secret 1") }, CLI_ACTOR);
  const ssoOnly = await createUser({ email: "sam@keel.test", name: "Sam", role: "viewer", passwordHash: null }, CLI_ACTOR);
  for (const [key, user] of [["password", withPassword], ["sso", ssoOnly]] as const) {
    callers[key] = { kind: "user", actor: { kind: "user", id: user.id, label: user.email }, userId: user.id, role: "viewer", teamIds: [] };
  }
});

describe("changeOwnPassword", () => {
  it("refuses a wrong current password, naming the field, and changes nothing", async () => {
    await expect(changeOwnPassword({ caller: callers.password, currentPassword: "guess", newPassword: "new secret 2" })).rejects.toMatchObject({ code: "invalid", field: "currentPassword" });
    const user = await findUserById((callers.password as { userId: number }).userId);
    expect(await verifyPassword(user!.passwordHash, "old secret 1")).toBe(true);
    expect(user!.sessionsValidAfter).toBeNull();
  });

  it("sets the new password and ends the person's sessions", async () => {
    const before = Date.now();
    await changeOwnPassword({ caller: callers.password, currentPassword: "old secret 1", newPassword: "new secret 2" });
    const user = await findUserById((callers.password as { userId: number }).userId);
    expect(await verifyPassword(user!.passwordHash, "new secret 2")).toBe(true);
    expect(user!.sessionsValidAfter!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("has nothing to change for SSO-only people, and refuses tokens", async () => {
    await expect(changeOwnPassword({ caller: callers.sso, currentPassword: "x", newPassword: "new secret 3" })).rejects.toMatchObject({ code: "invalid", field: "currentPassword" });
    const token: Caller = { kind: "token", actor: { kind: "token", id: 1, label: "token:x" }, tokenId: 1, scopes: ["admin"], teamIds: null };
    await expect(changeOwnPassword({ caller: token, currentPassword: "x", newPassword: "new secret 3" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
