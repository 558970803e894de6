// POST /api/v1/alertmanager against a real temporary database, with payloadsmanager sends them.
import { beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/alertmanager/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { findIncidentByNumber, listTimeline } from "@/db/queries/incidents";
import { getDb } from "@/db/client";
import { createService, findServiceBySlug } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import { runbooks } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import firing from "@/lib/incidents/fixtures/alertmanager-firing.json";
import { changeIncident } from "@/lib/server/incidents/change-incident";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};
let person: Caller;

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const search = await createTeam({ slug: "search", name: "Search" }, CLI_ACTOR);
  await createService({ slug: "checkout", name: "Checkout", teamId: payments.id, tier: 1 }, CLI_ACTOR);
  await createService({ slug: "query", name: "Query", teamId: search.id, tier: 2 }, CLI_ACTOR);
  tokens.write = (await createApiToken({ name: "alertmanager", scopes: ["write"], createdById: null }, CLI_ACTOR)).token;
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.search = (await createApiToken({ name: "search-am", scopes: ["write"], teamIds: [search.id], createdById: null }, CLI_ACTOR)).token;
  const ana = await createUser({ email: "ana@example.com", name: "Ana", role: "admin", passwordHash: null }, CLI_ACTOR);
  person = { kind: "user", actor: { kind: "user", id: ana.id, label: ana.email }, userId: ana.id, role: "admin", teamIds: [] };
});

const post = (body: unknown, token = tokens.write!) =>
  route.POST(
    new Request("http://keel.test/api/v1/alertmanager", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    undefined,
  );

type Alert = Omit<(typeof firing.alerts)[number], "labels" | "annotations"> & { labels: Record<string, string>; annotations: Record<string, string> };
/** The fixture's group under another key, with its alerts changed. */
const group = (groupKey: string, status: "firing" | "resolved", alerts: Alert[], extra: Record<string, unknown> = {}) => ({ ...firing, groupKey, status, alerts, ...extra });
const resolvedAlert = (alert: Alert, endsAt: string): Alert => ({ ...alert, status: "resolved", endsAt });
const now = Date.now();
const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

async function alertTexts(number: number): Promise<string[]> {
  const incident = (await findIncidentByNumber(number))!;
  return (await listTimeline(incident.id)).filter((e) => e.kind === "alert").map((e) => e.text.split("\n")[0]!);
}

describe("POST /api/v1/alertmanager", () => {
  const [a1, a2] = [{ ...firing.alerts[0]!, startsAt: ago(3) }, { ...firing.alerts[1]!, startsAt: ago(2) }];

  it("opens an incident for a firing group, puts its alerts on the timeline and takes no repeats", async () => {
    const response = await post(group("g-open", "firing", [a1]));
    expect(response.status).toBe(200);
    const { incident: number, action } = await response.json();
    expect(action).toBe("opened");
    const incident = (await findIncidentByNumber(number))!;
    expect(incident).toMatchObject({ title: "Checkout error rate above 2%", severity: "SEV2", status: "triggered", source: "alertmanager", alertGroupKey: "g-open", teamSlug: "payments", summary: "" });
    expect(incident.services.map((s) => s.slug)).toEqual(["checkout"]);
    expect(incident.startedAt.toISOString()).toBe(a1.startsAt);
    const timeline = await listTimeline(incident.id);
    expect(timeline.find((e) => e.kind === "status")?.text).toBe("Opened by Alertmanager as SEV2 by token:alertmanager");
    const alert = timeline.find((e) => e.kind === "alert")!;
    expect(alert.text).toContain("Runbook: https://runbooks.example.com/checkout/high-error-rate");
    expect(alert.text).toContain("Source: http://prometheus.example.com:9090/graph");

    // Alertmanager re-sends the whole group every group_interval: the same alert adds nothing, a new one adds one entry.
    expect(await (await post(group("g-open", "firing", [a1]))).json()).toEqual({ incident: number, action: "ignored" });
    expect(await (await post(group("g-open", "firing", [a1, a2]))).json()).toEqual({ incident: number, action: "updated" });
    expect(await (await post(group("g-open", "firing", [a1, a2]))).json()).toEqual({ incident: number, action: "ignored" });
    expect(await alertTexts(number)).toEqual([expect.stringContaining('instance="checkout-1:8080"'), expect.stringContaining('instance="checkout-2:8080"')]);

    // One alert resolves, the group still fires: an entry, no resolution.
    const partly = await post(group("g-open", "firing", [resolvedAlert(a1, ago(1)), a2]));
    expect(await partly.json()).toEqual({ incident: number, action: "updated" });
    expect((await findIncidentByNumber(number))!.status).toBe("triggered");

    // All resolved: the incident resolves, by the system, and is no longer the group's open incident.
    const done = await post(group("g-open", "resolved", [resolvedAlert(a1, ago(1)), resolvedAlert(a2, ago(0.5))]));
    expect(await done.json()).toEqual({ incident: number, action: "resolved" });
    const resolved = (await findIncidentByNumber(number))!;
    expect(resolved.status).toBe("resolved");
    expect(resolved.resolvedAt).not.toBeNull();
    // Resolved without a person: nobody acknowledged it.
    expect(resolved.acknowledgedAt).toBeNull();
    const texts = await alertTexts(number);
    expect(texts).toHaveLength(4);
    expect(texts.filter((t) => t.startsWith("Alert resolved"))).toHaveLength(2);
    const status = (await listTimeline(resolved.id)).filter((e) => e.kind === "status").at(-1)!;
    expect(status).toMatchObject({ text: "Triggered → Resolved: all alerts of the group resolved", actorLabel: "system" });
    expect(await (await post(group("g-open", "resolved", [resolvedAlert(a1, ago(1)), resolvedAlert(a2, ago(0.5))]))).json()).toEqual({ incident: null, action: "ignored" });

    // The group firing again later is a new incident.
    const again = await (await post(group("g-open", "firing", [{ ...a1, startsAt: new Date().toISOString() }]))).json();
    expect(again.action).toBe("opened");
    expect(again.incident).toBe(number + 1);
  });

  it("opens one incident when the same group arrives twice at once", async () => {
    const body = group("g-twice", "firing", [a1]);
    const answers = await Promise.all([post(body), post(body)]).then((responses) => Promise.all(responses.map((r) => r.json())));
    expect(answers.map((a) => a.action).sort()).toEqual(["ignored", "opened"]);
    expect(answers[0].incident).toBe(answers[1].incident);
  });

  it("resolves a keel_runbook annotation to the service's stored runbook", async () => {
    const checkout = (await findServiceBySlug("checkout"))!;
    getDb().insert(runbooks).values({ serviceId: checkout.id, slug: "high-error-rate", title: "High error rate", url: "https://wiki.example.com/checkout/errors" }).run();
    const annotated = (slug: string) => ({ ...a1, annotations: { summary: "Errors", keel_runbook: slug } });
    const body = group("g-runbook", "firing", [annotated("high-error-rate"), { ...annotated("missing-one"), fingerprint: "0000000000000001" }], { commonAnnotations: { summary: "Errors" } });
    const { incident: number } = await (await post(body)).json();
    const texts = (await listTimeline((await findIncidentByNumber(number))!.id)).filter((e) => e.kind === "alert").map((e) => e.text.split("\n").at(-1));
    expect(texts).toEqual(["Runbook: High error rate (https://wiki.example.com/checkout/errors)", "Runbook: missing-one (not found in Keel)"]);
  });

  it("leaves an incident a person acknowledged open when its alerts resolve, and says so once", async () => {
    const { incident: number } = await (await post(group("g-touched", "firing", [a1]))).json();
    await changeIncident({ caller: person, number, input: { status: "acknowledged" } });
    const body = group("g-touched", "resolved", [resolvedAlert(a1, ago(1))]);
    expect(await (await post(body)).json()).toEqual({ incident: number, action: "updated" });
    expect(await (await post(body)).json()).toEqual({ incident: number, action: "ignored" });
    const incident = (await findIncidentByNumber(number))!;
    expect(incident.status).toBe("acknowledged");
    const left = (await listTimeline(incident.id)).filter((e) => e.text.startsWith("All alerts resolved"));
    expect(left.map((e) => e.text)).toEqual(["All alerts resolved; left open because ana@example.com acknowledged it"]);
  });

  it("raises the severity and adds the services that later alerts of the group name, once, unless a person is handling it", async () => {
    const warning = { alertname: "Errors", severity: "warning", service: "checkout" };
    const critical = { alertname: "Errors", keel_severity: "SEV1", service: "query" };
    const first = group("g-raise", "firing", [{ ...a1, labels: warning }], { commonLabels: warning, groupLabels: { alertname: "Errors" } });
    const { incident: number } = await (await post(first)).json();
    expect((await findIncidentByNumber(number))!.severity).toBe("SEV3");
    const later = group("g-raise", "firing", [{ ...a1, labels: warning }, { ...a2, labels: critical }], { commonLabels: { alertname: "Errors" }, groupLabels: { alertname: "Errors" } });
    expect(await (await post(later)).json()).toEqual({ incident: number, action: "updated" });
    expect(await (await post(later)).json()).toEqual({ incident: number, action: "ignored" });
    const raised = (await findIncidentByNumber(number))!;
    expect(raised.severity).toBe("SEV1");
    expect(raised.services.map((s) => s.slug)).toEqual(["checkout", "query"]);
    const texts = (await listTimeline(raised.id)).map((e) => e.text);
    expect(texts.filter((t) => t.startsWith("Severity "))).toEqual(["Severity SEV3 → SEV1: a later alert of the group is SEV1"]);
    expect(texts.filter((t) => t.startsWith("Services added"))).toEqual(["Services added from alerts: Query"]);

    const touched = group("g-raise-touched", "firing", [{ ...a1, labels: warning }], { commonLabels: warning, groupLabels: { alertname: "Errors" } });
    const { incident: other } = await (await post(touched)).json();
    await changeIncident({ caller: person, number: other, input: { status: "acknowledged" } });
    await post({ ...later, groupKey: "g-raise-touched" });
    const kept = (await findIncidentByNumber(other))!;
    expect(kept.severity).toBe("SEV3");
    expect((await listTimeline(kept.id)).map((e) => e.text)).toContain("An alert of the group is SEV1; the severity stays SEV3, as a person is handling it");
  });

  it("maps severity labels and keeps only service labels naming a service", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ alertname: "A", keel_severity: "SEV1", severity: "warning", service: "checkout" }, "SEV1"],
      [{ alertname: "A", severity: "page", service: "checkout" }, "SEV2"],
      [{ alertname: "A", severity: "warning", service: "checkout" }, "SEV3"],
      [{ alertname: "A", severity: "ticket", service: "checkout" }, "SEV3"],
      [{ alertname: "A", severity: "info", service: "checkout" }, "SEV4"],
    ];
    for (const [index, [labels, severity]] of cases.entries()) {
      const body = group(`g-sev-${index}`, "firing", [{ ...a1, labels }], { commonLabels: labels, groupLabels: { alertname: "A" } });
      const { incident } = await (await post(body)).json();
      expect((await findIncidentByNumber(incident))!.severity, JSON.stringify(labels)).toBe(severity);
    }
    const unknown = { alertname: "Disk", severity: "warning", service: "no-such-service" };
    const body = group("g-unknown", "firing", [{ ...a1, labels: unknown }], { commonLabels: unknown, commonAnnotations: {}, groupLabels: { alertname: "Disk" } });
    const { incident, action } = await (await post(body)).json();
    expect(action).toBe("opened");
    const record = (await findIncidentByNumber(incident))!;
    expect(record.services).toEqual([]);
    expect(record.teamId).toBeNull();
    expect(record.title).toBe("Disk on no-such-service");
  });

  it("answers 400 naming the field and writes nothing", async () => {
    const before = (await listAuditEntries()).total;
    const cases: [unknown, string][] = [
      [{ ...firing, version: "3" }, "version"],
      [{ ...firing, groupKey: undefined }, "groupKey"],
      [{ ...firing, alerts: [{ ...a1, status: "pending" }] }, "alerts[0].status"],
      [{ ...firing, alerts: [{ ...a1, startsAt: "soon" }] }, "alerts[0].startsAt"],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.status, field).toBe(400);
      expect((await response.json()).error.field, field).toBe(field);
    }
    expect((await post("{not json")).status).toBe(400);
    expect((await listAuditEntries()).total).toBe(before);
  });

  it("answers 401 without a valid token and 403 without write or for another team's service", async () => {
    expect((await post(group("g-auth", "firing", [a1]), "keel_nope")).status).toBe(401);
    const noScope = await post(group("g-auth", "firing", [a1]), tokens.read!);
    expect(noScope.status).toBe(403);
    const otherTeam = await post(group("g-auth", "firing", [a1]), tokens.search!);
    expect(otherTeam.status).toBe(403);
    expect((await otherTeam.json()).error.message).toMatch(/team "payments"/);
    const query = { alertname: "Slow", severity: "warning", service: "query" };
    const own = await post(group("g-auth-own", "firing", [{ ...a1, labels: query }], { commonLabels: query, groupLabels: { alertname: "Slow" } }), tokens.search!);
    expect(own.status).toBe(200);
    expect((await own.json()).action).toBe("opened");
  });
});
