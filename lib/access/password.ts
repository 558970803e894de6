// Password hashing with Argon2id; verification runs even for unknown accounts so timing reveals nothing.
import "server-only";
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export { MIN_PASSWORD_LENGTH } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string, compared against when the account does not exist.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash(randomBytes(16).toString("hex"));
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}
