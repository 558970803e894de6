import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { createUser, findUserByEmail, updateUser } from "@/db/queries/users";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { authorizeCredentials, DEACTIVATED_MESSAGE } from "./options";
import { hashPassword } from "@/lib/access/password";
import { clearLoginFailures, recordLoginFailure } from "@/db/queries/login-failures";
import { LOGIN_FAILURE_WINDOW_MS, SHARED_ADDRESS_FAILURE_LIMIT, throttledMessage } from "./rate-limit";

setUpTempDatabase();

// As a trusted proxy forwards them: whatever the client claimed first, the address it saw appended last.
const headersFrom = (ip: string) => ({ "x-forwarded-for": `198.18.0.1, ${ip}` });

beforeAll(async () => {
  const passwordHash = await hashPassword("correct horse");
  await createUser({ email: "ada@keel.local", name: "Ada", role: "admin", passwordHash }, SYSTEM_ACTOR);
  await createUser({ email: "bob@keel.local", name: "Bob", role: "viewer", passwordHash }, SYSTEM_ACTOR);
  await createUser({ email: "cy@keel.local", name: "Cy", role: "viewer", passwordHash }, SYSTEM_ACTOR);
});

describe("authorizeCredentials", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const user = await authorizeCredentials({ email: "ADA@keel.local", password: "correct horse" }, headersFrom("192.0.2.1"));
    expect(user).toMatchObject({ email: "ada@keel.local", name: "Ada" });
    expect((await findUserByEmail("ada@keel.local"))?.lastLoginAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await authorizeCredentials({ email: "ada@keel.local", password: "wrong" }, headersFrom("192.0.2.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@keel.local", password: "wrong" }, headersFrom("192.0.2.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "", password: "" }, {})).toBeNull();
  });

  it("locks an account after 10 failures in 15 minutes, even for the right password, then lets it in again", async () => {
    const now = Date.UTC(2026, 10, 25, 12, 0);
    for (let i = 0; i < 10; i++) {
      // A different address each time: only the per-account limit applies.
      expect(await authorizeCredentials({ email: "bob@keel.local", password: "nope" }, headersFrom(`198.51.100.${i}`), now + i)).toBeNull();
    }
    await expect(authorizeCredentials({ email: "bob@keel.local", password: "correct horse" }, headersFrom("198.51.100.99"), now + 20)).rejects.toThrow(throttledMessage());
    const later = now + 15 * 60 * 1000 + 100;
    expect(await authorizeCredentials({ email: "bob@keel.local", password: "correct horse" }, headersFrom("198.51.100.99"), later)).toMatchObject({ email: "bob@keel.local" });
  });

  it("behind a trusted proxy, limits one client address across accounts", async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0);
    for (let i = 0; i < 10; i++) {
      await authorizeCredentials({ email: `guess${i}@keel.local`, password: "nope" }, headersFrom("203.0.113.7"), now + i, true);
    }
    await expect(authorizeCredentials({ email: "cy@keel.local", password: "correct horse" }, headersFrom("203.0.113.7"), now + 20, true)).rejects.toThrow(/Too many failed sign-in attempts/);
    expect(await authorizeCredentials({ email: "cy@keel.local", password: "correct horse" }, headersFrom("203.0.113.8"), now + 20, true)).toMatchObject({ email: "cy@keel.local" });
  });

  it("without a trusted proxy, a made-up X-Forwarded-For does not buy a fresh address", async () => {
    // A day ahead, clear of the failures earlier tests recorded at the real time.
    const now = Date.now() + 24 * 60 * 60 * 1000;
    // Everyone but the last guess before the shared limit, from anywhere.
    for (let i = 0; i < SHARED_ADDRESS_FAILURE_LIMIT - 1; i++) await recordLoginFailure(["ip:direct"], now + i, now - LOGIN_FAILURE_WINDOW_MS);
    expect(await authorizeCredentials({ email: "guess@keel.local", password: "nope" }, { "x-forwarded-for": "203.0.113.50" }, now + 200, false)).toBeNull();
    await expect(
      authorizeCredentials({ email: "cy@keel.local", password: "correct horse" }, { "x-forwarded-for": "203.0.113.51", "x-real-ip": "203.0.113.52" }, now + 300, false),
    ).rejects.toThrow(throttledMessage());
    await clearLoginFailures(["ip:direct"]);
  });

  it("says so when the account is deactivated", async () => {
    const cy = (await findUserByEmail("cy@keel.local"))!;
    await updateUser(cy.id, { isActive: false }, SYSTEM_ACTOR);
    await expect(authorizeCredentials({ email: "cy@keel.local", password: "correct horse" }, headersFrom("192.0.2.50"))).rejects.toThrow(DEACTIVATED_MESSAGE);
  });
});
