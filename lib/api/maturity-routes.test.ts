// A team's maturity through its change functions and the API: assessing a quarter (and re-assessing it), the toil log,
// rights, and the major-outage counts around the team's first approved readiness review.
import { beforeAll, describe, expect, it } from "vitest";
import * as maturityRoute from "@/app/api/v1/teams/[slug]/maturity/route";
import { getDb } from "@/db/client";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { insertIncident } from "@/db/queries/incidents";
import { createService } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { readinessReviews, readinessTemplates, readinessTemplateVersions } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { MATURITY_QUESTIONS, type MaturityAnswers } from "@/lib/readiness/maturity";
import { assessMaturity } from "@/lib/server/readiness/maturity";
import { automateToil, logToil } from "@/lib/server/readiness/toil";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T10:30:00Z");
const APPROVED = Date.parse("2026-06-01T00:00:00Z");
let token = "";
let bankId = 0;
const user = (role: "viewer" | "editor" | "admin", teamIds: number[]): Extract<Caller, { kind: "user" }> => ({ kind: "user", actor: { kind: "user", id: null, label: `${role}@example.com` }, userId: 0, role, teamIds });
let editor: Caller;

const answersUpTo = (stage: number): MaturityAnswers => Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.key, q.stage <= stage ? "yes" : "no"]));

async function sev1(serviceId: number, iso: string, isDrill = false) {
  await insertIncident({ values: { title: "Ledger down", severity: "SEV1", status: "resolved", source: "manual", isDrill, teamId: bankId, startedAt: new Date(iso) }, serviceIds: [serviceId], entries: [] }, CLI_ACTOR);
}

beforeAll(async () => {
  const bank = await createTeam({ slug: "core-banking", name: "Core Banking" }, CLI_ACTOR);
  await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  bankId = bank.id;
  await createUser({ email: "lena@example.com", name: "Lena", role: "editor", passwordHash: null }, CLI_ACTOR);
  editor = { ...user("editor", [bank.id]), userId: (await findUserByEmail("lena@example.com"))!.id };
  const ledger = await createService({ slug: "core-ledger", name: "Core Ledger", teamId: bank.id, tier: 1 }, CLI_ACTOR);
  token = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  for (const day of ["2025-12-01T00:00:00Z", "2026-01-10T20:00:00Z", "2026-05-31T23:59:59Z"]) await sev1(ledger.id, day);
  for (const day of ["2026-06-01T00:00:00Z", "2026-11-30T23:00:00Z"]) await sev1(ledger.id, day);
  await sev1(ledger.id, "2026-03-01T10:00:00Z", true);
  await sev1(ledger.id, "2025-11-30T23:59:59Z");
  const db = getDb();
  const template = db.insert(readinessTemplates).values({ slug: "default", name: "Default" }).returning().get();
  const version = db.insert(readinessTemplateVersions).values({ templateId: template.id, version: 1, content: { categories: [] } }).returning().get();
  db.insert(readinessReviews).values({ serviceId: ledger.id, templateVersionId: version.id, status: "approved", approvedAt: new Date(APPROVED + 86_400_000 * 30) }).run();
  db.insert(readinessReviews).values({ serviceId: ledger.id, templateVersionId: version.id, status: "approved", approvedAt: new Date(APPROVED) }).run();
});

const get = (slug: string, auth = `Bearer ${token}`) => maturityRoute.GET(new Request(`http://keel.test/api/v1/teams/${slug}/maturity`, { headers: { authorization: auth } }), { params: Promise.resolve({ slug }) });

describe("team maturity", () => {
  it("assesses a quarter to a stage, re-assessing replaces its answers and both are audited", async () => {
    const first = await assessMaturity({ caller: editor, team: "core-banking", input: { quarter: "2026-Q3", answers: answersUpTo(2) }, now: NOW });
    expect([first.quarter, first.stage, first.replaced]).toEqual(["2026-Q3", 2, false]);
    const again = await assessMaturity({ caller: editor, team: "core-banking", input: { quarter: "2026-Q3", answers: answersUpTo(3) }, now: NOW });
    expect([again.id, again.stage, again.replaced]).toEqual([first.id, 3, true]);
    const current = await assessMaturity({ caller: editor, team: "core-banking", input: { answers: { ...answersUpTo(4), drills: "partly" } }, now: NOW });
    expect([current.quarter, current.stage]).toEqual(["2026-Q4", 4]);
    const audit = await listAuditEntries({ entity: "maturity_assessment" });
    expect(audit.entries.map((e) => e.action).sort()).toEqual(["maturity.assess", "maturity.assess", "maturity.reassess"]);
  });

  it("refuses viewers, other teams, bad answers (naming the field), future quarters and unknown teams, writing nothing", async () => {
    const input = { answers: answersUpTo(1) };
    await expect(assessMaturity({ caller: user("viewer", []), team: "core-banking", input, now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(assessMaturity({ caller: user("editor", [999]), team: "core-banking", input, now: NOW })).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining('Only members of team "core-banking"') });
    await expect(assessMaturity({ caller: editor, team: "core-banking", input: { answers: { ...answersUpTo(1), logs: "maybe" } }, now: NOW })).rejects.toMatchObject({ code: "invalid", field: "logs" });
    await expect(assessMaturity({ caller: editor, team: "core-banking", input: { quarter: "2027-Q1", answers: answersUpTo(1) }, now: NOW })).rejects.toMatchObject({ code: "invalid", field: "quarter" });
    await expect(assessMaturity({ caller: editor, team: "nope", input, now: NOW })).rejects.toMatchObject({ code: "not_found" });
    await expect(logToil({ caller: editor, team: "core-banking", input: { task: "", hoursPerWeek: 3 }, now: NOW })).rejects.toMatchObject({ code: "invalid", field: "task" });
    await expect(logToil({ caller: user("editor", [999]), team: "core-banking", input: { task: "x", hoursPerWeek: 3 }, now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    expect((await listAuditEntries({ entity: "maturity_assessment" })).total).toBe(3);
  });

  it("answers GET /api/v1/teams/{slug}/maturity with history, answers, toil share and the SEV1 counts around the first approval", async () => {
    const restart = await logToil({ caller: editor, team: "core-banking", input: { task: "Restart stuck batch services", hoursPerWeek: 30 }, now: Date.parse("2026-02-01T00:00:00Z") });
    await logToil({ caller: editor, team: "core-banking", input: { task: "User provisioning scripts", hoursPerWeek: "10" }, now: Date.parse("2026-02-01T00:00:00Z") });
    await automateToil({ caller: editor, id: restart.id, now: Date.parse("2026-08-15T00:00:00Z") });
    await expect(automateToil({ caller: user("viewer", []), id: restart.id, now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(automateToil({ caller: editor, id: 9999, now: NOW })).rejects.toMatchObject({ code: "not_found" });

    const response = await get("core-banking");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.team).toBe("core-banking");
    expect(body.stage).toBe(4);
    expect(body.stageName).toBe("Continuous improvement");
    expect(body.answers.drills).toBe("partly");
    expect(body.history.map((h: { quarter: string; stage: number }) => [h.quarter, h.stage])).toEqual([
      ["2026-Q3", 3],
      ["2026-Q4", 4],
    ]);
    expect(body.nextSteps.towards).toBe(5);
    expect(body.nextSteps.steps).toHaveLength(4);
    // No members in this test: capacity 0, share null; the hours are still counted per quarter.
    expect(body.toil.shares.map((s: { quarter: string; toilHours: number }) => [s.quarter, s.toilHours])).toEqual([
      ["2026-Q1", 40],
      ["2026-Q2", 40],
      ["2026-Q3", 10],
      ["2026-Q4", 10],
    ]);
    expect(body.toil.entries.map((e: { task: string; automated: boolean }) => [e.task, e.automated])).toEqual([
      ["Restart stuck batch services", true],
      ["User provisioning scripts", false],
    ]);
    expect(body.majorOutages).toEqual({ firstApprovedAt: "2026-06-01T00:00:00.000Z", windowMonths: 6, before: 3, after: 2, changePct: -33.3 });
  });

  it("answers 404 for an unknown team and 401 without a token", async () => {
    expect((await get("nope")).status).toBe(404);
    expect((await get("core-banking", "Bearer nope")).status).toBe(401);
    const payments = await (await get("payments")).json();
    expect(payments).toMatchObject({ stage: null, answers: null, history: [], majorOutages: { firstApprovedAt: null, before: null, after: null, changePct: null } });
  });
});
