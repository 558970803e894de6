import { describe, expect, it } from "vitest";
import { canEditTeamResource, hasRole, hasScope, scopesForRole } from "@/lib/access/roles";

describe("roles and scopes", () => {
  it("ranks roles", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
  });

  it("lets editors change only their own teams' things", () => {
    expect(canEditTeamResource({ role: "editor", teamIds: [1, 2] }, 2)).toBe(true);
    expect(canEditTeamResource({ role: "editor", teamIds: [1] }, 2)).toBe(false);
    expect(canEditTeamResource({ role: "viewer", teamIds: [2] }, 2)).toBe(false);
    expect(canEditTeamResource({ role: "admin", teamIds: [] }, 2)).toBe(true);
  });

  it("maps sessions to scopes and treats admin as every scope", () => {
    expect(scopesForRole("viewer")).toEqual(["read"]);
    expect(hasScope(["admin"], "ingest")).toBe(true);
    expect(hasScope(["write"], "ingest")).toBe(true);
    expect(hasScope(["read"], "write")).toBe(false);
    expect(hasScope(["ingest"], "read")).toBe(false);
  });
});
