// Game days and drills: plan one for a service, run it (an incident flagged as a drill opens), record whether the runbook
// was followed, complete or cancel it. Members of the service's team and admins.
import "server-only";
import { findDrillById, findRunbookId, insertDrill, listDrills, listRunDrills, updateDrill, type DrillFilter, type DrillRecord, type DrillRun } from "@/db/queries/drills";
import { findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import type { drillInputSchema, drillOutcomeSchema } from "@/lib/incidents/schemas";
import type { Severity } from "@/lib/incidents/types";
import type { z } from "zod";
import { emitChange } from "../change-events";
import { assertTeamChange, ChangeError, invalid, notFound } from "../errors";
import { openIncident } from "./open-incident";
import { personByEmail } from "./people";

type DrillInput = z.infer<typeof drillInputSchema>;

async function serviceOf(caller: Caller, slug: string): Promise<ServiceWithTeam> {
  const service = await findServiceBySlug(slug);
  if (!service) throw invalid(`service: no service with slug "${slug}"`, "service");
  assertTeamChange(caller, { id: service.teamId, slug: service.teamSlug }, `drills of team "${service.teamSlug}"`);
  return service;
}

async function writableDrill(caller: Caller, id: number): Promise<DrillRecord> {
  const drill = await findDrillById(id);
  if (!drill) throw notFound(`No drill ${id}`);
  assertTeamChange(caller, { id: drill.teamId, slug: drill.teamSlug }, `drills of team "${drill.teamSlug}"`);
  return drill;
}

async function planValues(service: ServiceWithTeam, input: DrillInput) {
  const participantIds: number[] = [];
  for (const [index, email] of input.participants.entries()) participantIds.push((await personByEmail(email, `participants[${index}]`)).id);
  let runbookId: number | null = null;
  if (input.runbook) {
    const id = await findRunbookId(service.id, input.runbook);
    if (id === undefined) throw invalid(`runbook: service "${service.slug}" has no runbook "${input.runbook}"`, "runbook");
    runbookId = id;
  }
  return { serviceId: service.id, title: input.title, scenario: input.scenario, hypothesis: input.hypothesis, scheduledAt: new Date(input.scheduledAt), participantIds: [...new Set(participantIds)], runbookId };
}

export async function planDrill({ caller, input }: { caller: Caller; input: DrillInput }): Promise<DrillRecord> {
  const service = await serviceOf(caller, input.service);
  const created = await insertDrill(await planValues(service, input), caller.actor);
  emitChange({ entity: "drill", action: "created", key: String(created.id), actor: caller.actor.label });
  return (await findDrillById(created.id))!;
}

export async function updateDrillPlan({ caller, id, input }: { caller: Caller; id: number; input: DrillInput }): Promise<DrillRecord> {
  const drill = await writableDrill(caller, id);
  if (drill.status !== "planned") throw new ChangeError("conflict", `Drill ${id} is ${drill.status}; only a planned drill can be changed`);
  const service = input.service === drill.serviceSlug ? await serviceOf(caller, drill.serviceSlug) : await serviceOf(caller, input.service);
  await updateDrill(id, await planValues(service, input), caller.actor);
  emitChange({ entity: "drill", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findDrillById(id))!;
}

/** Runs a planned drill: the fault was injected at `faultInjectedAt` (default now) and its incident opens now, flagged as a drill. */
export async function runDrill({ caller, id, input }: { caller: Caller; id: number; input: { faultInjectedAt?: number; severity?: Severity } }): Promise<DrillRecord> {
  const drill = await writableDrill(caller, id);
  if (drill.status !== "planned") throw new ChangeError("conflict", `Drill ${id} is ${drill.status}; only a planned drill can be run`);
  const now = Date.now();
  const faultInjectedAt = new Date(input.faultInjectedAt ?? now);
  if (faultInjectedAt.getTime() > now) throw invalid("faultInjectedAt: the fault cannot be injected in the future", "faultInjectedAt");
  const service = (await findServiceBySlug(drill.serviceSlug))!;
  await openIncident(
    {
      title: `Drill: ${drill.title}`,
      severity: input.severity ?? "SEV2",
      services: [service],
      summary: drill.hypothesis ? `${drill.scenario}\n\nHypothesis: ${drill.hypothesis}` : drill.scenario,
      source: "drill",
      isDrill: true,
      tags: ["drill"],
      entries: [{ at: faultInjectedAt, kind: "drill", text: `Fault injected: ${drill.scenario}`, actorLabel: caller.actor.label }],
      drill: { id, faultInjectedAt },
    },
    caller.actor,
  );
  emitChange({ entity: "drill", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findDrillById(id))!;
}

export async function recordDrillOutcome({ caller, id, input }: { caller: Caller; id: number; input: z.infer<typeof drillOutcomeSchema> }): Promise<DrillRecord> {
  const drill = await writableDrill(caller, id);
  if (drill.status === "planned" || drill.status === "cancelled") throw new ChangeError("conflict", `Drill ${id} has not run; record the outcome once it has`);
  await updateDrill(id, { runbookFollowed: input.runbookFollowed, runbookNote: input.runbookNote }, caller.actor);
  emitChange({ entity: "drill", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findDrillById(id))!;
}

/** Completes a drill whose incident is resolved, or cancels a planned one. */
export async function finishDrill({ caller, id, outcome }: { caller: Caller; id: number; outcome: "completed" | "cancelled" }): Promise<DrillRecord> {
  const drill = await writableDrill(caller, id);
  if (outcome === "cancelled" && drill.status !== "planned") throw new ChangeError("conflict", `Drill ${id} is ${drill.status}; only a planned drill can be cancelled`);
  if (outcome === "completed") {
    if (drill.status !== "running") throw new ChangeError("conflict", `Drill ${id} is ${drill.status}; only a running drill can be completed`);
    if (!drill.incident?.resolvedAt) throw new ChangeError("conflict", `Resolve drill incident #${drill.incident?.number} before completing the drill`);
  }
  await updateDrill(id, { status: outcome }, caller.actor);
  emitChange({ entity: "drill", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findDrillById(id))!;
}

export async function getDrill(id: number): Promise<DrillRecord> {
  const drill = await findDrillById(id);
  if (!drill) throw notFound(`No drill ${id}`);
  return drill;
}

/** Drills filtered by service or team slug (404 for an unknown one). */
export async function searchDrills(query: { service?: string; team?: string }): Promise<DrillRecord[]> {
  const filter: DrillFilter = {};
  if (query.service) {
    const service = await findServiceBySlug(query.service);
    if (!service) throw notFound(`No service with slug "${query.service}"`);
    filter.serviceId = service.id;
  }
  if (query.team) {
    const team = await findTeamBySlug(query.team);
    if (!team) throw notFound(`No team with slug "${query.team}"`);
    filter.teamId = team.id;
  }
  return listDrills(filter);
}

/** Each service's drills that ran (running or completed), newest scheduled first, keyed by service id: for the readiness drill check. */
export async function drillsRunOfServices(serviceIds: readonly number[]): Promise<Map<number, DrillRun[]>> {
  const byService = new Map<number, DrillRun[]>(serviceIds.map((id) => [id, []]));
  for (const drill of await listRunDrills(serviceIds)) byService.get(drill.serviceId)?.push(drill);
  return byService;
}
