import { describe, expect, it } from "vitest";
import { parseScopeList, tokenCreateSchema, userCreateSchema } from "./schemas";

describe("settings schemas", () => {
  it("normalises emails and enforces password length", () => {
    const ok = userCreateSchema.parse({ email: " Ada@Example.COM ", name: "Ada", role: "admin", password: "longenough" });
    expect(ok.email).toBe("ada@example.com");
    const short = userCreateSchema.safeParse({ email: "a@b.co", name: "A", role: "viewer", password: "short" });
    expect(short.error?.issues[0]?.path).toEqual(["password"]);
  });

  it("refuses unknown roles and scopes", () => {
    expect(userCreateSchema.safeParse({ email: "a@b.co", name: "A", role: "root", password: "longenough" }).success).toBe(false);
    const bad = tokenCreateSchema.safeParse({ name: "ci", scopes: ["read", "delete"] });
    expect(bad.error?.issues[0]?.path).toEqual(["scopes", 1]);
  });

  it("dedupes scopes and needs at least one", () => {
    expect(tokenCreateSchema.parse({ name: "ci", scopes: ["read", "read", "ingest"] }).scopes).toEqual(["read", "ingest"]);
    expect(tokenCreateSchema.safeParse({ name: "ci", scopes: [] }).success).toBe(false);
    expect(parseScopeList("read, ingest,,write")).toEqual(["read", "ingest", "write"]);
  });
});
