// The sweep over a real temporary database: marks and escalation entries are written once.
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "@/db/queries/audit";
import { findIncidentByNumber, listTimeline } from "@/db/queries/incidents";
import { createService, findServiceBySlug } from "@/db/queries/services";
import { createTeam } from "@/db/queries/teams";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { openIncident } from "./open-incident";
import { sweepIncidents } from "./sweep";

setUpTempDatabase();

beforeAll(async () => {
  const team = await createTeam({ slug: "payments", name: "Payments" }, CLI_ACTOR);
  await createService({ slug: "checkout", name: "Checkout", teamId: team.id, tier: 1 }, CLI_ACTOR);
});

describe("sweepIncidents", () => {
  it("marks an unacknowledged SEV2 overdue after 15 min and escalates it, once", async () => {
    const service = (await findServiceBySlug("checkout"))!;
    const now = new Date();
    const startedAt = new Date(now.getTime() - 20 * 60_000);
    const incident = await openIncident({ title: "Slow checkout", severity: "SEV2", services: [service], source: "manual", startedAt }, CLI_ACTOR);
    const fresh = await openIncident({ title: "Fresh", severity: "SEV2", services: [service], source: "manual" }, CLI_ACTOR);
    expect(incident.escalatedAt).toBeNull();

    expect(await sweepIncidents(now)).toEqual([incident.number]);
    const after = (await findIncidentByNumber(incident.number))!;
    expect(after.responseOverdueAt).toEqual(now);
    expect(after.escalatedAt).toEqual(now);
    expect(after.resolutionOverdueAt).toBeNull();
    const escalations = (await listTimeline(after.id)).filter((e) => e.kind === "escalation");
    expect(escalations.map((e) => [e.text, e.actorLabel])).toEqual([["Overdue: not acknowledged within 15 min (SEV2 target); escalated; the team has no escalation policy and nobody on call", "system"]]);

    expect(await sweepIncidents(new Date(now.getTime() + 60_000))).toEqual([]);
    expect((await listTimeline(after.id)).filter((e) => e.kind === "escalation")).toHaveLength(1);
    expect((await findIncidentByNumber(fresh.number))!.responseOverdueAt).toBeNull();
  });
});
