import { beforeAll, describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { decode, encode, type JWT } from "next-auth/jwt";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { createUser, findUserById, updateUser, type PublicUser } from "@/db/queries/users";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { authOptions, SessionEndedError } from "./options";
import { sessionUser } from "./session-user";
import { restartedSessionToken } from "./session-renewal";

setUpTempDatabase();

const SECRET = "test-secret";
let ada: PublicUser;
let bob: PublicUser;

beforeAll(async () => {
  ada = await createUser({ email: "ada@keel.local", name: "Ada", role: "admin", passwordHash: "x" }, SYSTEM_ACTOR);
  bob = await createUser({ email: "bob@keel.local", name: "Bob", role: "editor", passwordHash: "x" }, SYSTEM_ACTOR);
});

/** What next-auth's jwt callback makes of a fresh credentials sign-in. */
async function signedInToken(user: PublicUser): Promise<JWT> {
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({ token: { sub: "", name: user.name, email: user.email }, user: { id: String(user.id), email: user.email, name: user.name }, account: null });
}

/** The session next-auth builds from a token on every read: null when the session callback refuses it. */
async function sessionOf(token: JWT): Promise<Session | null> {
  const callback = authOptions.callbacks!.session! as (params: { session: Session; token: JWT }) => Promise<Session>;
  try {
    return await callback({ session: { user: { name: token.name, email: token.email }, expires: "" }, token });
  } catch (error) {
    if (error instanceof SessionEndedError) return null;
    throw error;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("ending a person's sessions", () => {
  it("leaves sessions alone for changes that do not touch rights", async () => {
    const token = await signedInToken(bob);
    await tick();
    await updateUser(bob.id, { name: "Bobby" }, SYSTEM_ACTOR);
    await updateUser(bob.id, { role: "editor" }, SYSTEM_ACTOR);
    await updateUser(bob.id, { isActive: true }, SYSTEM_ACTOR);
    expect((await findUserById(bob.id))?.sessionsValidAfter).toBeNull();
    expect((await sessionOf(token))?.user?.id).toBe(String(bob.id));
  });

  it.each([
    ["a password reset", { passwordHash: "new hash" }],
    ["a role change", { role: "viewer" as const }],
    ["deactivation", { isActive: false }],
  ])("ends sessions that began before %s, and the next sign-in works", async (_what, changes) => {
    const before = await signedInToken(bob);
    expect(await sessionOf(before)).not.toBeNull();
    await tick();
    const updated = await updateUser(bob.id, changes, SYSTEM_ACTOR);
    expect(updated?.sessionsValidAfter).toBeInstanceOf(Date);
    expect(updated!.sessionsValidAfter!.getTime()).toBeGreaterThan(before.sessionStartedAt!);

    expect(await sessionOf(before)).toBeNull();
    // The session callback already refuses it; the check pages and API routes make refuses it too.
    expect(await sessionUser({ user: { id: String(bob.id) }, startedAt: before.sessionStartedAt, expires: "" })).toBeNull();

    await updateUser(bob.id, { isActive: true, role: "editor" }, SYSTEM_ACTOR);
    await tick();
    const after = await signedInToken(bob);
    expect((await sessionOf(after))?.user).toMatchObject({ id: String(bob.id), role: "editor" });
    expect(await sessionUser({ user: { id: String(bob.id) }, startedAt: after.sessionStartedAt, expires: "" })).toMatchObject({ id: bob.id });
  });

  it("ends tokens from before the sign-in stamp by their issue time", async () => {
    await tick();
    await updateUser(ada.id, { passwordHash: "another" }, SYSTEM_ACTOR);
    const legacy: JWT = { sub: String(ada.id), iat: Math.floor(Date.now() / 1000) - 60 };
    const jwt = authOptions.callbacks!.jwt!;
    const carried = await jwt({ token: legacy, user: undefined as never, account: null });
    expect(carried.sessionStartedAt).toBe((legacy.iat as number) * 1000);
    expect(await sessionOf(carried)).toBeNull();
  });

  it("keeps the acting person's own session when they changed their own role", async () => {
    const own = await signedInToken(ada);
    const raw = await encode({ token: own, secret: SECRET });
    await tick();
    const updated = await updateUser(ada.id, { role: "editor" }, { kind: "user", id: ada.id, label: ada.email });
    expect(await sessionOf(own)).toBeNull();

    const renewed = await restartedSessionToken(raw, ada.id, updated!.sessionsValidAfter!.getTime(), SECRET);
    const token = (await decode({ token: renewed!, secret: SECRET }))!;
    expect((await sessionOf(token))?.user).toMatchObject({ id: String(ada.id), role: "editor" });
  });

  it("renews only a valid token of that person", async () => {
    const raw = await encode({ token: await signedInToken(ada), secret: SECRET });
    expect(await restartedSessionToken(raw, bob.id, Date.now(), SECRET)).toBeNull();
    expect(await restartedSessionToken(raw, ada.id, Date.now(), "another secret")).toBeNull();
    expect(await restartedSessionToken("not a token", ada.id, Date.now(), SECRET)).toBeNull();
  });
});
