// Team budgets and the cost policy through their change functions, with people as callers: members of a team and admins
// set its budget; editors of other teams and viewers are refused and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import { DEFAULT_COST_POLICY } from "@/lib/costs/policy";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { removeTeamBudget, setTeamBudget, teamBudgets } from "./budgets";
import { costPolicy, setCostPolicy } from "./policy";

setUpTempDatabase();

const person = (id: number, role: "viewer" | "editor" | "admin", teamIds: number[]): Caller => ({ kind: "user", actor: { kind: "user", id, label: `p${id}@keel.test` }, userId: id, role, teamIds });
let member: Caller, outsider: Caller, viewer: Caller, admin: Caller;

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const web = await createTeam({ slug: "web", name: "Web" }, CLI_ACTOR);
  member = person(1, "editor", [payments.id]);
  outsider = person(2, "editor", [web.id]);
  viewer = person(3, "viewer", [payments.id]);
  admin = person(4, "admin", []);
});

describe("setTeamBudget", () => {
  it("lets a member set the team's budget exactly", async () => {
    const set = await setTeamBudget({ caller: member, team: "payments", amount: "2000.123456789" });
    expect(set.budget).toMatchObject({ monthlyNanos: 2_000_123_456_789n, currency: "USD" });
    const [payments, web] = await teamBudgets();
    expect(payments).toMatchObject({ team: "payments", teamName: "Payments", budget: { monthlyNanos: 2_000_123_456_789n, currency: "USD" } });
    expect(web).toMatchObject({ team: "web", budget: null });
    const audit = await listAuditEntries({ entity: "cost_budget" });
    expect(audit.entries[0]).toMatchObject({ action: "cost_budget.update", entityId: "payments", actorLabel: "p1@keel.test" });
  });

  it("refuses other teams' editors and viewers, and writes nothing", async () => {
    await expect(setTeamBudget({ caller: outsider, team: "payments", amount: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setTeamBudget({ caller: viewer, team: "payments", amount: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeTeamBudget({ caller: viewer, team: "payments" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await teamBudgets())[0]!.budget!.monthlyNanos).toBe(2_000_123_456_789n);
    expect((await listAuditEntries({ entity: "cost_budget" })).total).toBe(1);
  });

  it("names the bad field and knows unknown teams", async () => {
    await expect(setTeamBudget({ caller: admin, team: "web", amount: "ten" })).rejects.toMatchObject({ code: "invalid", field: "amount" });
    await expect(setTeamBudget({ caller: admin, team: "web", amount: 10, currency: "€" })).rejects.toMatchObject({ code: "invalid", field: "currency" });
    await expect(setTeamBudget({ caller: admin, team: "nope", amount: 10 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets an admin replace and remove a budget", async () => {
    await setTeamBudget({ caller: admin, team: "payments", amount: 500, currency: "gbp" });
    expect((await teamBudgets())[0]!.budget).toMatchObject({ monthlyNanos: 500_000_000_000n, currency: "GBP" });
    await removeTeamBudget({ caller: admin, team: "payments" });
    expect((await teamBudgets())[0]!.budget).toBeNull();
    await expect(removeTeamBudget({ caller: admin, team: "payments" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("cost policy", () => {
  it("reads Keel's defaults until an admin changes it; others are refused", async () => {
    expect(await costPolicy()).toEqual(DEFAULT_COST_POLICY);
    await expect(setCostPolicy({ caller: member, policy: { ...DEFAULT_COST_POLICY, forecastMonths: 6 } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setCostPolicy({ caller: admin, policy: { ...DEFAULT_COST_POLICY, forecastMonths: 0 } })).rejects.toMatchObject({ code: "invalid", field: "forecastMonths" });
    expect(await costPolicy()).toEqual(DEFAULT_COST_POLICY);
    await setCostPolicy({ caller: admin, policy: { ...DEFAULT_COST_POLICY, forecastMonths: 6 } });
    expect(await costPolicy()).toEqual({ ...DEFAULT_COST_POLICY, forecastMonths: 6 });
  });
});
