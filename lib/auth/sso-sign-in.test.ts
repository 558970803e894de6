import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Account, User } from "next-auth";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { createUser, findUserByEmail, updateUser } from "@/db/queries/users";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { authOptions } from "./options";

setUpTempDatabase();

const account: Account = { provider: "oidc", type: "oauth", providerAccountId: "sub-1" };

function ssoSignIn(user: User) {
  return authOptions.callbacks!.signIn!({ user, account });
}

beforeAll(async () => {
  await createUser({ email: "ada@acme.com", name: "Ada", role: "admin", passwordHash: null }, SYSTEM_ACTOR);
  const gone = await createUser({ email: "gone@acme.com", name: "Gone", role: "viewer", passwordHash: null }, SYSTEM_ACTOR);
  await updateUser(gone.id, { isActive: false }, SYSTEM_ACTOR);
});

afterEach(() => {
  delete process.env.KEEL_OIDC_ALLOWED_DOMAINS;
});

describe("OIDC sign-in", () => {
  it("does not hand an existing account to an unverified email", async () => {
    const user: User = { id: "sub-1", email: "ada@acme.com", name: "Mallory", email_verified: false };
    expect(await ssoSignIn(user)).toBe("/login?error=OidcEmailUnverified");
    expect(user.id).toBe("sub-1");
  });

  it("does not create an account from an unverified email", async () => {
    expect(await ssoSignIn({ id: "sub-2", email: "new@acme.com", name: "New" })).toBe("/login?error=OidcEmailUnverified");
    expect(await findUserByEmail("new@acme.com")).toBeUndefined();
  });

  it("links a verified email to the existing account", async () => {
    const user: User = { id: "sub-1", email: "ADA@acme.com", name: "Ada", email_verified: true };
    expect(await ssoSignIn(user)).toBe(true);
    expect(user.id).toBe(String((await findUserByEmail("ada@acme.com"))!.id));
  });

  it("refuses deactivated accounts", async () => {
    expect(await ssoSignIn({ id: "sub-3", email: "gone@acme.com", email_verified: true })).toBe("/login?error=Deactivated");
  });

  it("creates accounts on first sign-in only within KEEL_OIDC_ALLOWED_DOMAINS", async () => {
    process.env.KEEL_OIDC_ALLOWED_DOMAINS = "acme.com, acme.co.uk";
    expect(await ssoSignIn({ id: "sub-4", email: "eve@evil.example", name: "Eve", email_verified: true })).toBe("/login?error=OidcDomainNotAllowed");
    expect(await findUserByEmail("eve@evil.example")).toBeUndefined();
    expect(await ssoSignIn({ id: "sub-5", email: "Bo@ACME.co.uk", name: "Bo", email_verified: true })).toBe(true);
    expect(await findUserByEmail("bo@acme.co.uk")).toMatchObject({ name: "Bo", role: "viewer", passwordHash: null });
  });
});
