// On-call changes and reads against a real temporary database: rights, audit, who is on call, escalation.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, listAuditEntries } from "@/db/queries/audit";
import { createTeam } from "@/db/queries/teams";
import { createUser } from "@/db/queries/users";
import type { Caller } from "@/lib/access/caller";
import { escalationPolicySchema, overrideInputSchema, scheduleInputSchema } from "@/lib/oncall/schemas";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { CLI_CALLER } from "@/lib/access/caller";
import { setEscalationPolicy } from "./escalation";
import { addOverride, removeOverride } from "./overrides";
import { escalationLevels, onCallAt, scheduleDetail, scheduleFeedText, schedulesNowNext } from "./reads";
import { createSchedule, deleteSchedule, regenerateFeedToken, updateSchedule } from "./schedules";
import { findFeedToken, findScheduleBySlug } from "@/db/queries/oncall";

setUpTempDatabase();

const ids: Record<string, number> = {};
let editor: Caller;
let outsider: Caller;
let viewer: Caller;

beforeAll(async () => {
  ids.payments = (await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR)).id;
  ids.platform = (await createTeam({ slug: "platform", name: "Platform" }, CLI_ACTOR)).id;
  for (const name of ["ada", "bob", "cy", "dee", "lead"]) ids[name] = (await createUser({ email: `${name}@keel.test`, name: name.toUpperCase(), role: "editor", passwordHash: null }, CLI_ACTOR)).id;
  editor = { kind: "user", actor: { kind: "user", id: ids.ada!, label: "ada@keel.test" }, userId: ids.ada!, role: "editor", teamIds: [ids.payments!] };
  outsider = { kind: "user", actor: { kind: "user", id: ids.bob!, label: "bob@keel.test" }, userId: ids.bob!, role: "editor", teamIds: [ids.platform!] };
  viewer = { kind: "user", actor: { kind: "user", id: ids.cy!, label: "cy@keel.test" }, userId: ids.cy!, role: "viewer", teamIds: [ids.payments!] };
});

const input = scheduleInputSchema.parse({ slug: "payments-primary", name: "Payments primary", team: "payments", timeZone: "Europe/London", rotation: "daily", handoffTime: "09:00", startDate: "2026-03-01", participants: ["ada@keel.test", "bob@keel.test", "cy@keel.test"] });
const at = (s: string) => new Date(s);

describe("on-call schedules", () => {
  it("refuses people outside the team and viewers, writing nothing", async () => {
    const before = (await listAuditEntries()).total;
    await expect(createSchedule({ caller: outsider, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSchedule({ caller: viewer, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSchedule({ caller: editor, input: { ...input, participants: ["ada@keel.test", "nobody@keel.test"] } })).rejects.toMatchObject({ code: "invalid", field: "participants[1]" });
    expect(await findScheduleBySlug("payments-primary")).toBeUndefined();
    expect((await listAuditEntries()).total).toBe(before);
  });

  it("creates a schedule, audited without its feed token, and says who is on call now and next", async () => {
    await createSchedule({ caller: editor, input });
    const { entries } = await listAuditEntries({ entity: "oncall_schedule" });
    expect(entries[0]).toMatchObject({ action: "oncall.schedule.create", actorLabel: "ada@keel.test", entityId: "payments-primary" });
    expect(JSON.stringify(entries[0]!.after)).not.toContain("feedToken");
    // 1 March 09:00 GMT is handoff 0 (ada); 3 March 10:00 is in shift 2 (cy); next is ada from 4 March 09:00.
    const [row] = await schedulesNowNext({ teamId: ids.payments, at: at("2026-03-03T10:00:00Z") });
    expect(row!.now).toMatchObject({ email: "cy@keel.test", from: at("2026-03-03T09:00:00Z"), until: at("2026-03-04T09:00:00Z"), override: false });
    expect(row!.next).toMatchObject({ email: "ada@keel.test", from: at("2026-03-04T09:00:00Z") });
    expect(await onCallAt({ teamId: ids.payments!, at: at("2026-03-03T10:00:00Z") })).toEqual({ userId: ids.cy, email: "cy@keel.test", name: "CY", schedule: "payments-primary" });
    expect(await onCallAt({ teamId: ids.payments!, at: at("2026-02-01T10:00:00Z") })).toBeNull();
    expect(await onCallAt({ teamId: ids.platform!, at: at("2026-03-03T10:00:00Z") })).toBeNull();
  });

  it("puts an override's person on call and removes it again", async () => {
    const override = overrideInputSchema.parse({ user: "dee@keel.test", from: "2026-03-03T12:00:00Z", until: "2026-03-03T18:00:00Z", reason: "Dentist" });
    await expect(addOverride({ caller: outsider, slug: "payments-primary", input: override })).rejects.toMatchObject({ code: "forbidden" });
    const { id } = await addOverride({ caller: editor, slug: "payments-primary", input: override });
    expect(await onCallAt({ teamId: ids.payments!, at: at("2026-03-03T13:00:00Z") })).toMatchObject({ email: "dee@keel.test" });
    const detail = await scheduleDetail("payments-primary", at("2026-03-03T00:00:00Z"), at("2026-03-04T00:00:00Z"));
    expect(detail!.shifts.map((s) => [s.email, s.from.toISOString(), s.override])).toEqual([
      ["bob@keel.test", "2026-03-02T09:00:00.000Z", false],
      ["cy@keel.test", "2026-03-03T09:00:00.000Z", false],
      ["dee@keel.test", "2026-03-03T12:00:00.000Z", true],
      ["cy@keel.test", "2026-03-03T18:00:00.000Z", false],
    ]);
    expect(detail!.overrides).toMatchObject([{ id, reason: "Dentist", createdBy: "ada@keel.test" }]);
    await removeOverride({ caller: editor, slug: "payments-primary", overrideId: id });
    expect(await onCallAt({ teamId: ids.payments!, at: at("2026-03-03T13:00:00Z") })).toMatchObject({ email: "cy@keel.test" });
    await expect(removeOverride({ caller: editor, slug: "payments-primary", overrideId: id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("resolves the escalation levels to people at an instant", async () => {
    await expect(setEscalationPolicy({ caller: editor, team: "payments", input: escalationPolicySchema.parse({ levels: [{ delayMinutes: 0, schedule: "elsewhere" }] }) })).rejects.toMatchObject({ field: "levels[0].schedule" });
    await setEscalationPolicy({ caller: editor, team: "payments", input: escalationPolicySchema.parse({ levels: [{ delayMinutes: 0, schedule: "payments-primary" }, { delayMinutes: 15, user: "lead@keel.test" }] }) });
    const levels = await escalationLevels({ teamId: ids.payments!, at: at("2026-03-03T10:00:00Z") });
    expect(levels).toEqual([
      { level: 1, delayMinutes: 0, target: { kind: "schedule", slug: "payments-primary", name: "Payments primary" }, people: [{ userId: ids.cy, email: "cy@keel.test", name: "CY" }] },
      { level: 2, delayMinutes: 15, target: { kind: "user", email: "lead@keel.test", name: "LEAD" }, people: [{ userId: ids.lead, email: "lead@keel.test", name: "LEAD" }] },
    ]);
    await expect(setEscalationPolicy({ caller: outsider, team: "payments", input: { levels: [] } })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("serves the feed only with its token, and a new token voids the old URL", async () => {
    const schedule = (await findScheduleBySlug("payments-primary"))!;
    const token = (await findFeedToken(schedule.id))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await scheduleFeedText({ slug: "payments-primary", token: "wrong", at: at("2026-03-03T10:00:00Z") })).toBeNull();
    const text = await scheduleFeedText({ slug: "payments-primary", token, at: at("2026-03-03T10:00:00Z") });
    expect(text).toContain("SUMMARY:On call: CY");
    await regenerateFeedToken({ caller: editor, slug: "payments-primary" });
    expect(await scheduleFeedText({ slug: "payments-primary", token, at: at("2026-03-03T10:00:00Z") })).toBeNull();
  });

  it("updates the rotation and deletes the schedule with its escalation level", async () => {
    await updateSchedule({ caller: editor, slug: "payments-primary", input: { participants: ["dee@keel.test"], rotation: "weekly", handoffWeekday: 2 } });
    expect(await onCallAt({ teamId: ids.payments!, at: at("2026-03-05T10:00:00Z") })).toMatchObject({ email: "dee@keel.test" });
    await expect(deleteSchedule({ caller: outsider, slug: "payments-primary" })).rejects.toMatchObject({ code: "forbidden" });
    await deleteSchedule({ caller: CLI_CALLER, slug: "payments-primary" });
    expect((await escalationLevels({ teamId: ids.payments!, at: new Date() })).map((l) => l.target.kind)).toEqual(["user"]);
  });
});
