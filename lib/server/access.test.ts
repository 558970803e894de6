// Every write — by route handler with a team-limited token, or by change function with an editor of another team — is refused with
// 403 on the server and writes nothing; the owning team's editor and an all-teams token get through.
import { beforeAll, describe, expect, it } from "vitest";
import * as exceptionsRoute from "@/app/api/v1/deploy-gate/exceptions/route";
import * as deploymentsRoute from "@/app/api/v1/deployments/route";
import * as opensloRoute from "@/app/api/v1/openslo/route";
import * as policyRoute from "@/app/api/v1/policy/route";
import * as serviceRoute from "@/app/api/v1/services/[slug]/route";
import * as servicesRoute from "@/app/api/v1/services/route";
import * as sliRoute from "@/app/api/v1/sli/route";
import * as defaultsRoute from "@/app/api/v1/slo-defaults/route";
import * as sloRoute from "@/app/api/v1/slos/[slug]/route";
import * as slosRoute from "@/app/api/v1/slos/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { listDeployments } from "@/db/queries/deploys";
import { createService, findServiceBySlug } from "@/db/queries/services";
import { windowAggregate } from "@/db/queries/sli";
import { createSlo, findSloBySlug } from "@/db/queries/slos";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser as insertUser } from "@/db/queries/users";
import type { Caller } from "@/lib/access/caller";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { addTeamMember, createTeam as createTeamChange } from "./catalog/teams";
import { createService as createServiceChange, deleteService, updateService } from "./catalog/services";
import { ChangeError } from "./errors";
import { importOpenSlo } from "./openslo/import";
import { createToken, revokeToken } from "./settings/tokens";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "./settings/users";
import { createSlo as createSloChange, deleteSlo, reviewSlo, updateSlo } from "./slo/definitions";
import { grantGateException, recordDeployment, revokeGateException, setOrgBudgetPolicy, setTierTargets } from "./slo/gate";
import { ingestSliPoints } from "./slo/sli";
import { parseOpenSlo } from "@/lib/openslo/parse";
import { DEFAULT_BUDGET_POLICY } from "@/lib/slo/policy";

setUpTempDatabase();

const ids = { payments: 0, streaming: 0, liveSlo: 0 };
const tokens = { paymentsWrite: "", paymentsIngest: "", allTeams: "" };
let paymentsEditor: Caller;
let admin: Caller;

const sloBody = (slug: string, service: string) => ({ slug, name: slug, service, sliKind: "availability", target: 0.999, window: { kind: "rolling", days: 30 }, budgetingMethod: "occurrences" });
const MINUTE_ISO = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000).toISOString();

beforeAll(async () => {
  ids.payments = (await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR)).id;
  ids.streaming = (await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR)).id;
  const checkout = await createService({ slug: "checkout", name: "Checkout", teamId: ids.payments, tier: 1 }, CLI_ACTOR);
  const live = await createService({ slug: "live-video", name: "Live Video", teamId: ids.streaming, tier: 1 }, CLI_ACTOR);
  await createSlo(sloBody("checkout-availability", "checkout") as never, checkout.id, CLI_ACTOR);
  ids.liveSlo = (await createSlo(sloBody("live-playback", "live-video") as never, live.id, CLI_ACTOR)).id;
  tokens.paymentsWrite = (await createApiToken({ name: "payments-ci", scopes: ["read", "write"], teamIds: [ids.payments], createdById: null }, CLI_ACTOR)).token;
  tokens.paymentsIngest = (await createApiToken({ name: "payments-exporter", scopes: ["ingest"], teamIds: [ids.payments], createdById: null }, CLI_ACTOR)).token;
  tokens.allTeams = (await createApiToken({ name: "platform", scopes: ["read", "write", "ingest"], createdById: null }, CLI_ACTOR)).token;
  const editor = await insertUser({ email: "editor@payments.test", name: "Editor", role: "editor", passwordHash: null }, CLI_ACTOR);
  const root = await insertUser({ email: "admin@keel.test", name: "Admin", role: "admin", passwordHash: null }, CLI_ACTOR);
  paymentsEditor = { kind: "user", actor: { kind: "user", id: editor.id, label: editor.email }, userId: editor.id, role: "editor", teamIds: [ids.payments] };
  admin = { kind: "user", actor: { kind: "user", id: root.id, label: root.email }, userId: root.id, role: "admin", teamIds: [] };
});

function call(method: string, path: string, token: string, body?: unknown, contentType = "application/json"): Request {
  return new Request(`http://keel.test${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });

async function refused(response: Response, mentions: string) {
  expect(response.status).toBe(403);
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe("forbidden");
  expect(error.message).toContain(mentions);
}

async function refusedChange(change: Promise<unknown>, mentions: string | RegExp) {
  const error = await change.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChangeError);
  expect((error as ChangeError).code).toBe("forbidden");
  expect((error as ChangeError).message).toMatch(mentions);
}

describe("a token limited to one team", () => {
  it("is refused on every write route that touches another team, naming the SLO or service, and writes nothing", async () => {
    const auditBefore = (await listAuditEntries({})).total;
    const t = tokens.paymentsWrite;
    await refused(await servicesRoute.POST(call("POST", "/api/v1/services", t, { slug: "vod", name: "VOD", team: "streaming", tier: 2 }), undefined), 'team "streaming"');
    await refused(await serviceRoute.PUT(call("PUT", "/api/v1/services/live-video", t, { tier: 3 }), slug("live-video")), 'service "live-video"');
    await refused(await serviceRoute.DELETE(call("DELETE", "/api/v1/services/live-video", t), slug("live-video")), 'service "live-video"');
    await refused(await slosRoute.POST(call("POST", "/api/v1/slos", t, sloBody("live-latency", "live-video")), undefined), 'service "live-video"');
    await refused(await sloRoute.PUT(call("PUT", "/api/v1/slos/live-playback", t, { ...sloBody("live-playback", "live-video"), target: 0.9 }), slug("live-playback")), 'SLO "live-playback"');
    await refused(await sloRoute.DELETE(call("DELETE", "/api/v1/slos/live-playback", t), slug("live-playback")), 'SLO "live-playback"');
    await refused(await deploymentsRoute.POST(call("POST", "/api/v1/deployments", t, { service: "live-video", version: "v9" }), undefined), 'service "live-video"');
    const yaml = `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: live-playback\nspec:\n  service: live-video\n  indicator:\n    metadata:\n      name: x\n    spec:\n      ratioMetric:\n        counter: true\n        good:\n          metricSource:\n            spec:\n              query: good\n        total:\n          metricSource:\n            spec:\n              query: total\n  timeWindow:\n    - duration: 30d\n      isRolling: true\n  budgetingMethod: Occurrences\n  objectives:\n    - target: 0.99\n`;
    const imported = await opensloRoute.POST(call("POST", "/api/v1/openslo", t, yaml, "application/yaml"), undefined);
    expect(imported.status).toBe(403);
    // Organisation-wide changes need the admin scope.
    await refused(await teamsRoute.POST(call("POST", "/api/v1/teams", t, { slug: "search", name: "Search" }), undefined), "admin");
    await refused(await policyRoute.PUT(call("PUT", "/api/v1/policy", t, DEFAULT_BUDGET_POLICY), undefined), "admin");
    await refused(await defaultsRoute.PUT(call("PUT", "/api/v1/slo-defaults", t, { "1": 0.999, "2": 0.99, "3": 0.95 }), undefined), "admin");
    await refused(await exceptionsRoute.POST(call("POST", "/api/v1/deploy-gate/exceptions", t, { service: "live-video", reason: "hotfix", expiresAt: new Date(Date.now() + 3_600_000).toISOString() }), undefined), "admin");

    expect((await findServiceBySlug("live-video"))!.tier).toBe(1);
    expect((await findSloBySlug("live-playback"))!.target).toBe(0.999);
    expect(await findSloBySlug("live-latency")).toBeUndefined();
    expect(await listDeployments((await findServiceBySlug("live-video"))!.id)).toEqual([]);
    expect((await listAuditEntries({})).total).toBe(auditBefore);
  });

  it("refuses SLI points for another team's SLO, the whole batch, and accepts its own", async () => {
    const mixed = { points: [{ slo: "checkout-availability", ts: MINUTE_ISO, good: 99, total: 100 }, { slo: "live-playback", ts: MINUTE_ISO, good: 0, total: 100 }] };
    await refused(await sliRoute.POST(call("POST", "/api/v1/sli", tokens.paymentsIngest, mixed), undefined), 'SLO "live-playback"');
    const minute = Math.floor(Date.parse(MINUTE_ISO) / 60_000);
    expect((await windowAggregate(ids.liveSlo, minute, minute + 1)).total).toBe(0);
    const own = await sliRoute.POST(call("POST", "/api/v1/sli", tokens.paymentsIngest, { points: [mixed.points[0]] }), undefined);
    expect(own.status).toBe(200);
    // A token for every team (made by an admin) reaches both.
    expect((await sliRoute.POST(call("POST", "/api/v1/sli", tokens.allTeams, mixed), undefined)).status).toBe(200);
  });

  it("changes its own team's things", async () => {
    const created = await slosRoute.POST(call("POST", "/api/v1/slos", tokens.paymentsWrite, sloBody("checkout-latency", "checkout")), undefined);
    expect(created.status).toBe(201);
    const deleted = await sloRoute.DELETE(call("DELETE", "/api/v1/slos/checkout-latency", tokens.paymentsWrite), slug("checkout-latency"));
    expect(deleted.status).toBe(204);
  });
});

describe("the change functions that server actions call, as an editor of another team", () => {
  it("refuse every change to another team's services, SLOs, data and deployments", async () => {
    const e = () => paymentsEditor;
    await refusedChange(createServiceChange({ caller: e(), input: { slug: "vod", name: "VOD", team: "streaming", tier: 2, description: "", repoUrl: null, dashboardUrl: null, runbookUrl: null } }), /team "streaming"/);
    await refusedChange(updateService({ caller: e(), slug: "live-video", input: { tier: 3 } }), /service "live-video"/);
    await refusedChange(updateService({ caller: e(), slug: "checkout", input: { team: "streaming" } }), /team "streaming"/);
    await refusedChange(deleteService({ caller: e(), slug: "live-video" }), /service "live-video"/);
    await refusedChange(createSloChange({ caller: e(), input: sloBody("live-latency", "live-video") as never }), /service "live-video"/);
    await refusedChange(updateSlo({ caller: e(), slug: "live-playback", input: sloBody("live-playback", "live-video") as never }), /SLO "live-playback"/);
    await refusedChange(updateSlo({ caller: e(), slug: "checkout-availability", input: sloBody("checkout-availability", "live-video") as never }), /service "live-video"/);
    await refusedChange(deleteSlo({ caller: e(), slug: "live-playback" }), /SLO "live-playback"/);
    await refusedChange(reviewSlo({ caller: e(), slug: "live-playback", review: { decision: "keep" } }), /SLO "live-playback"/);
    await refusedChange(ingestSliPoints({ caller: e(), body: { points: [{ slo: "live-playback", ts: MINUTE_ISO, good: 0, total: 10 }] }, mode: "replace" }), /SLO "live-playback"/);
    await refusedChange(recordDeployment({ caller: e(), input: { service: "live-video", version: "v1", description: "", atMs: Date.now() } }), /service "live-video"/);
    const parsed = parseOpenSlo(`apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: vod\nspec:\n  description: ""\n`);
    if (!parsed.ok) throw new Error("fixture");
    await refusedChange(importOpenSlo({ caller: e(), parsed, defaultTeam: "streaming" }), /team you can change/);
  });

  it("refuse organisation-wide changes to anyone but an admin", async () => {
    const e = paymentsEditor;
    await refusedChange(createTeamChange({ caller: e, input: { slug: "search", name: "Search", description: "" } }), /Only admins/);
    await refusedChange(addTeamMember({ caller: e, teamId: ids.streaming, userId: 1 }), /Only admins/);
    await refusedChange(createUser({ caller: e, input: { email: "x@example.com", name: "X", role: "admin", password: "long enough password" } }), /Only admins/);
    await refusedChange(changeUserRole({ caller: e, userId: 1, role: "admin" }), /Only admins/);
    await refusedChange(setUserActive({ caller: e, userId: 1, isActive: false }), /Only admins/);
    await refusedChange(resetUserPassword({ caller: e, userId: 1, password: "long enough password" }), /Only admins/);
    await refusedChange(revokeToken({ caller: e, tokenId: 1 }), /Only admins/);
    await refusedChange(setOrgBudgetPolicy({ caller: e, policy: DEFAULT_BUDGET_POLICY }), /Only admins/);
    await refusedChange(setTierTargets({ caller: e, targets: { 1: 0.999, 2: 0.99, 3: 0.95 } }), /Only admins/);
    await refusedChange(grantGateException({ caller: e, input: { service: "checkout", reason: "hotfix", expiresAtMs: Date.now() + 3_600_000 } }), /Only admins/);
    await refusedChange(revokeGateException({ caller: e, exceptionId: 1 }), /Only admins/);
  });

  it("let the owning team's editor change its own things", async () => {
    await expect(updateService({ caller: paymentsEditor, slug: "checkout", input: { description: "Cart to order" } })).resolves.toMatchObject({ description: "Cart to order" });
    await expect(ingestSliPoints({ caller: paymentsEditor, body: { points: [{ slo: "checkout-availability", ts: MINUTE_ISO, good: 5, total: 5 }] }, mode: "add" })).resolves.toBe(1);
  });
});

describe("tokens limited to teams", () => {
  it("only an admin creates a token for all teams; others limit theirs to their own teams and scopes", async () => {
    await refusedChange(createToken({ caller: paymentsEditor, input: { name: "all", scopes: ["write"], teams: null } }), /Only an admin can create a token for all teams/);
    await refusedChange(createToken({ caller: paymentsEditor, input: { name: "theirs", scopes: ["write"], teams: ["streaming"] } }), /not "streaming"/);
    await refusedChange(createToken({ caller: paymentsEditor, input: { name: "more", scopes: ["admin"], teams: ["payments"] } }), /'admin' scope/);
    await expect(createToken({ caller: paymentsEditor, input: { name: "ours", scopes: ["ingest"], teams: ["payments"] } })).resolves.toMatchObject({ token: expect.stringMatching(/^keel_/) });
    await expect(createToken({ caller: admin, input: { name: "platform-wide", scopes: ["write"], teams: null } })).resolves.toMatchObject({ id: expect.any(Number) });
    await expect(createToken({ caller: admin, input: { name: "bad", scopes: ["read"], teams: ["nope"] } })).rejects.toMatchObject({ code: "invalid", field: "teams[0]" });
  });
});
