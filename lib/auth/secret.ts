// The session-signing secret: NEXTAUTH_SECRET when set, else one generated once and kept beside the database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function authSecretFile(): string {
  const dbFile = path.resolve(/*turbopackIgnore: true*/ process.env.KEEL_DB ?? "./data/keel.db");
  return path.join(path.dirname(dbFile), ".keel-auth-secret");
}

export function getAuthSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = authSecretFile();
  try {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored) return stored;
  } catch {
    // Not there yet: make one below.
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx" so two processes starting at once agree on the first secret written.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return fs.readFileSync(file, "utf8").trim();
  }
}
