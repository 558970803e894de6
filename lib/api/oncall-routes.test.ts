// The on-call endpoints against a real temporary database: who is on call, schedules, overrides, escalation and the iCalendar feed.
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import * as feedRoute from "@/app/api/v1/oncall/[schedule]/route";
import * as escalationRoute from "@/app/api/v1/oncall/escalation-policies/[team]/route";
import * as oncallRoute from "@/app/api/v1/oncall/route";
import * as overrideRoute from "@/app/api/v1/oncall/schedules/[slug]/overrides/[id]/route";
import * as overridesRoute from "@/app/api/v1/oncall/schedules/[slug]/overrides/route";
import * as scheduleRoute from "@/app/api/v1/oncall/schedules/[slug]/route";
import * as schedulesRoute from "@/app/api/v1/oncall/schedules/route";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { findFeedToken, findScheduleBySlug } from "@/db/queries/oncall";
import { createTeam } from "@/db/queries/teams";
import { createApiToken } from "@/db/queries/tokens";
import { createUser } from "@/db/queries/users";
import { setUpTempDatabase } from "@/lib/testing/temp-db";

setUpTempDatabase();

const tokens: Record<string, string> = {};

beforeAll(async () => {
  const payments = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  const other = await createTeam({ slug: "streaming", name: "Streaming" }, CLI_ACTOR);
  for (const name of ["ana", "ben", "cat"]) await createUser({ email: `${name}@keel.test`, name: name[0]!.toUpperCase() + name.slice(1), role: "editor", passwordHash: null }, CLI_ACTOR);
  tokens.read = (await createApiToken({ name: "reader", scopes: ["read"], createdById: null }, CLI_ACTOR)).token;
  tokens.write = (await createApiToken({ name: "writer", scopes: ["read", "write"], teamIds: [payments.id], createdById: null }, CLI_ACTOR)).token;
  tokens.elsewhere = (await createApiToken({ name: "streaming-only", scopes: ["read", "write"], teamIds: [other.id], createdById: null }, CLI_ACTOR)).token;
});

function call(method: string, path: string, token: string | null, body?: unknown): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Request(`http://keel.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

// Starts 2 days ago at 09:00 London: whoever is on call now depends on the hour, so the test reads the feed's own answer.
const start = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const schedule = { slug: "payments-primary", name: "Payments primary", team: "payments", timeZone: "Europe/London", rotation: "daily", handoffTime: "09:00", startDate: start, participants: ["ana@keel.test", "ben@keel.test"] };

describe("on-call API", () => {
  it("creates a schedule with a write token of the team; 400 names the field, 403 for another team's token, 409 for a taken slug", async () => {
    const before = (await listAuditEntries()).total;
    const bad = await schedulesRoute.POST(call("POST", "/api/v1/oncall/schedules", tokens.write!, { ...schedule, timeZone: "Moon/Base" }), undefined);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe("timeZone");
    const unknownPerson = await schedulesRoute.POST(call("POST", "/api/v1/oncall/schedules", tokens.write!, { ...schedule, participants: ["zed@keel.test"] }), undefined);
    expect((await unknownPerson.json()).error.field).toBe("participants[0]");
    const refused = await schedulesRoute.POST(call("POST", "/api/v1/oncall/schedules", tokens.elsewhere!, schedule), undefined);
    expect(refused.status).toBe(403);
    expect((await listAuditEntries()).total).toBe(before);
    const created = await schedulesRoute.POST(call("POST", "/api/v1/oncall/schedules", tokens.write!, schedule), undefined);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ slug: "payments-primary", team: "payments", participants: [{ email: "ana@keel.test" }, { email: "ben@keel.test" }] });
    const again = await schedulesRoute.POST(call("POST", "/api/v1/oncall/schedules", tokens.write!, schedule), undefined);
    expect(again.status).toBe(409);
  });

  it("says who is on call now and next in the contract's shape; 404 for an unknown team, 403 for a token of other teams, 400 without a team", async () => {
    const response = await oncallRoute.GET(call("GET", "/api/v1/oncall?team=payments", tokens.read!), undefined);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(["team", "schedules"]);
    expect(body.team).toBe("payments");
    const [only] = body.schedules;
    expect(Object.keys(only)).toEqual(["name", "timeZone", "now", "next"]);
    expect(only).toMatchObject({ name: "Payments primary", timeZone: "Europe/London" });
    expect(Object.keys(only.now)).toEqual(["email", "name", "from", "until"]);
    expect(only.now.until).toBe(only.next.from);
    expect(new Set([only.now.email, only.next.email])).toEqual(new Set(["ana@keel.test", "ben@keel.test"]));
    expect(only.now.from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
    expect((await oncallRoute.GET(call("GET", "/api/v1/oncall?team=nowhere", tokens.read!), undefined)).status).toBe(404);
    expect((await oncallRoute.GET(call("GET", "/api/v1/oncall?team=payments", tokens.elsewhere!), undefined)).status).toBe(403);
    expect((await oncallRoute.GET(call("GET", "/api/v1/oncall", tokens.read!), undefined)).status).toBe(400);
  });

  it("adds an override that becomes who is on call now, and removes it", async () => {
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const until = Math.floor(Date.now() / 1000) + 3600;
    const bad = await overridesRoute.POST(call("POST", "/api/v1/oncall/schedules/payments-primary/overrides", tokens.write!, { user: "cat@keel.test", from, until: from }), params({ slug: "payments-primary" }));
    expect((await bad.json()).error.field).toBe("until");
    const added = await overridesRoute.POST(call("POST", "/api/v1/oncall/schedules/payments-primary/overrides", tokens.write!, { user: "cat@keel.test", from, until, reason: "Swap" }), params({ slug: "payments-primary" }));
    expect(added.status).toBe(201);
    const { id } = await added.json();
    const now = (await (await oncallRoute.GET(call("GET", "/api/v1/oncall?team=payments", tokens.read!), undefined)).json()).schedules[0].now;
    expect(now).toEqual({ email: "cat@keel.test", name: "Cat", from: new Date(from).toISOString(), until: new Date(until * 1000).toISOString() });
    const one = await (await scheduleRoute.GET(call("GET", "/api/v1/oncall/schedules/payments-primary", tokens.read!), params({ slug: "payments-primary" }))).json();
    expect(one.overrides).toMatchObject([{ id, user: "cat@keel.test", reason: "Swap", createdBy: "token:writer" }]);
    expect((await overrideRoute.DELETE(call("DELETE", `/api/v1/oncall/schedules/payments-primary/overrides/${id}`, tokens.elsewhere!), params({ slug: "payments-primary", id: String(id) }))).status).toBe(403);
    expect((await overrideRoute.DELETE(call("DELETE", `/api/v1/oncall/schedules/payments-primary/overrides/${id}`, tokens.write!), params({ slug: "payments-primary", id: String(id) }))).status).toBe(204);
    expect((await overrideRoute.DELETE(call("DELETE", `/api/v1/oncall/schedules/payments-primary/overrides/${id}`, tokens.write!), params({ slug: "payments-primary", id: String(id) }))).status).toBe(404);
  });

  it("serves the iCalendar feed with the right token only; its events are the rotation's shifts in the schedule's zone", async () => {
    const token = (await findFeedToken((await findScheduleBySlug("payments-primary"))!.id))!;
    const response = await feedRoute.GET(call("GET", `/api/v1/oncall/payments-primary.ics?token=${token}`, null), params({ schedule: "payments-primary.ics" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await response.text())).filter((c): c is VEvent => c?.type === "VEVENT");
    // From the start date (2 days ago) to 90 days ahead: one daily shift each, alternating ana and ben.
    expect(events.length).toBeGreaterThanOrEqual(92);
    expect(events.every((e) => e.start.tz === "Europe/London")).toBe(true);
    expect(events.slice(0, 3).map((e) => e.summary)).toEqual(["On call: Ana", "On call: Ben", "On call: Ana"]);
    for (const wrong of [`/api/v1/oncall/payments-primary.ics?token=nope`, `/api/v1/oncall/payments-primary.ics`]) {
      expect((await feedRoute.GET(call("GET", wrong, null), params({ schedule: "payments-primary.ics" }))).status).toBe(404);
    }
    expect((await feedRoute.GET(call("GET", `/api/v1/oncall/nope.ics?token=${token}`, null), params({ schedule: "nope.ics" }))).status).toBe(404);
    expect((await feedRoute.GET(call("GET", `/api/v1/oncall/payments-primary?token=${token}`, null), params({ schedule: "payments-primary" }))).status).toBe(404);
  });

  it("reads and sets the team's escalation policy", async () => {
    const bad = await escalationRoute.PUT(call("PUT", "/api/v1/oncall/escalation-policies/payments", tokens.write!, { levels: [{ delayMinutes: 0 }] }), params({ team: "payments" }));
    expect((await bad.json()).error.field).toBe("levels[0].schedule");
    const set = await escalationRoute.PUT(call("PUT", "/api/v1/oncall/escalation-policies/payments", tokens.write!, { levels: [{ delayMinutes: 0, schedule: "payments-primary" }, { delayMinutes: 30, user: "cat@keel.test" }] }), params({ team: "payments" }));
    expect(set.status).toBe(200);
    const body = await (await escalationRoute.GET(call("GET", "/api/v1/oncall/escalation-policies/payments", tokens.read!), params({ team: "payments" }))).json();
    expect(body.levels.map((l: { level: number; delayMinutes: number; schedule?: string; user?: string }) => [l.level, l.delayMinutes, l.schedule ?? l.user])).toEqual([
      [1, 0, "payments-primary"],
      [2, 30, "cat@keel.test"],
    ]);
    expect(body.levels[1].people).toEqual([{ email: "cat@keel.test", name: "Cat" }]);
    expect((await escalationRoute.PUT(call("PUT", "/api/v1/oncall/escalation-policies/payments", tokens.elsewhere!, { levels: [] }), params({ team: "payments" }))).status).toBe(403);
    expect((await escalationRoute.GET(call("GET", "/api/v1/oncall/escalation-policies/nowhere", tokens.read!), params({ team: "nowhere" }))).status).toBe(404);
  });

  it("updates and deletes a schedule", async () => {
    const updated = await scheduleRoute.PUT(call("PUT", "/api/v1/oncall/schedules/payments-primary", tokens.write!, { name: "Payments first line", participants: ["cat@keel.test"] }), params({ slug: "payments-primary" }));
    expect(await updated.json()).toMatchObject({ name: "Payments first line", participants: [{ email: "cat@keel.test" }] });
    const list = await (await schedulesRoute.GET(call("GET", "/api/v1/oncall/schedules", tokens.elsewhere!), undefined)).json();
    expect(list.schedules).toEqual([]);
    expect((await scheduleRoute.DELETE(call("DELETE", "/api/v1/oncall/schedules/payments-primary", tokens.write!), params({ slug: "payments-primary" }))).status).toBe(204);
    expect((await scheduleRoute.GET(call("GET", "/api/v1/oncall/schedules/payments-primary", tokens.read!), params({ slug: "payments-primary" }))).status).toBe(404);
  });
});
