import { describe, expect, it } from "vitest";
import { clientIp, isThrottled, loginThrottleKeys } from "./rate-limit";
import { canEditTeamResource, hasRole, hasScope, scopesForRole } from "./roles";

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

describe("sign-in helpers", () => {
  it("throttles per account and per first forwarded address", () => {
    expect(loginThrottleKeys(" Ada@Keel.local ", "192.0.2.1")).toEqual(["email:ada@keel.local", "ip:192.0.2.1"]);
    expect(clientIp({ "x-forwarded-for": "192.0.2.1, 10.0.0.1" })).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.9" }))).toBe("192.0.2.9");
    expect(clientIp({})).toBeNull();
    expect(isThrottled([9, 3])).toBe(false);
    expect(isThrottled([3, 10])).toBe(true);
  });
});
