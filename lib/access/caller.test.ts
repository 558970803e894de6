import { describe, expect, it } from "vitest";
import { adminChangeRefusal, CLI_CALLER, teamChangeRefusal, writableTeams, type Caller } from "./caller";

const actor = { kind: "user" as const, id: 1, label: "someone" };
const user = (role: "viewer" | "editor" | "admin", teamIds: number[] = [1]): Caller => ({ kind: "user", actor, userId: 1, role, teamIds });
const token = (scopes: ("read" | "ingest" | "write" | "admin")[], teamIds: number[] | null): Caller => ({ kind: "token", actor: { kind: "token", id: 9, label: "token:ci" }, tokenId: 9, scopes, teamIds });
const payments = { id: 1, slug: "payments" };
const streaming = { id: 2, slug: "streaming" };

describe("who may change a team's things", () => {
  it("lets editors change their own teams and admins every team", () => {
    expect(teamChangeRefusal(user("editor"), payments, 'SLO "a"')).toBeNull();
    expect(teamChangeRefusal(user("editor"), streaming, 'SLO "b"')).toBe('Only members of team "streaming" and admins can change SLO "b".');
    expect(teamChangeRefusal(user("viewer"), payments, 'SLO "a"')).toBe("You don't have permission to do that.");
    expect(teamChangeRefusal(user("admin", []), streaming, 'SLO "b"')).toBeNull();
  });

  it("holds tokens to their scope and their teams; a token without teams reaches all", () => {
    expect(teamChangeRefusal(token(["ingest"], [1]), payments, "x", "ingest")).toBeNull();
    expect(teamChangeRefusal(token(["ingest"], [1]), streaming, 'the SLI data of SLO "live"', "ingest")).toBe(
      'This token is limited to other teams: it cannot change the SLI data of SLO "live", which belongs to team "streaming".',
    );
    expect(teamChangeRefusal(token(["ingest"], null), streaming, "x", "write")).toBe("This token lacks the 'write' scope.");
    expect(teamChangeRefusal(token(["write"], null), streaming, "x", "ingest")).toBeNull();
    expect(writableTeams(token(["write"], [1, 3]))).toEqual([1, 3]);
    expect(writableTeams(token(["read"], null))).toEqual([]);
    expect(writableTeams(CLI_CALLER)).toBe("all");
  });

  it("keeps organisation-wide changes for admins, by role or by scope", () => {
    expect(adminChangeRefusal(user("editor"))).toBe("Only admins can do that.");
    expect(adminChangeRefusal(user("admin"))).toBeNull();
    expect(adminChangeRefusal(token(["read", "write"], null))).toBe("This token lacks the 'admin' scope.");
    expect(adminChangeRefusal(token(["admin"], null))).toBeNull();
    expect(adminChangeRefusal(CLI_CALLER)).toBeNull();
  });
});
