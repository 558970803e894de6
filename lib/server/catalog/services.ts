// Service changes: members of the owning team and admins (tokens: those reaching the team); moving a service needs both teams.
import "server-only";
import { createService as insertService, deleteService as removeService, findServiceById, findServiceBySlug, listServices, type ServiceFilter, updateService as changeService, type ServiceWithTeam } from "@/db/queries/services";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Team } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import type { ServiceInputBody, serviceUpdateSchema } from "@/lib/catalog/schemas";
import type { z } from "zod";
import { emitChange } from "../change-events";
import { assertTeamChange, invalid, notFound } from "../errors";

async function owningTeam(slug: string): Promise<Team> {
  const team = await findTeamBySlug(slug);
  if (!team) throw invalid(`team: no team with slug "${slug}"`, "team");
  return team;
}

/** The service of a slug that the caller may change; 404 when unknown, 403 when another team's. */
export async function writableService(caller: Caller, slug: string): Promise<ServiceWithTeam> {
  const service = await findServiceBySlug(slug);
  if (!service) throw notFound(`No service with slug "${slug}"`);
  assertTeamChange(caller, { id: service.teamId, slug: service.teamSlug }, `service "${service.slug}"`);
  return service;
}

export async function createService({ caller, input }: { caller: Caller; input: ServiceInputBody }): Promise<ServiceWithTeam> {
  const team = await owningTeam(input.team);
  assertTeamChange(caller, team, `the services of team "${team.slug}"`);
  const { team: _team, ...rest } = input;
  void _team;
  await insertService({ ...rest, teamId: team.id }, caller.actor);
  emitChange({ entity: "service", action: "created", key: input.slug, actor: caller.actor.label });
  return (await findServiceBySlug(input.slug))!;
}

export async function updateService({ caller, slug, input }: { caller: Caller; slug: string; input: z.infer<typeof serviceUpdateSchema> }): Promise<ServiceWithTeam> {
  const service = await writableService(caller, slug);
  const { team: teamSlug, ...changes } = input;
  let teamId = service.teamId;
  if (teamSlug && teamSlug !== service.teamSlug) {
    // Handing a service to another team needs rights over that team too.
    const team = await owningTeam(teamSlug);
    assertTeamChange(caller, team, `the services of team "${team.slug}"`);
    teamId = team.id;
  }
  if (!(await changeService(service.id, { ...changes, teamId }, caller.actor))) throw notFound(`No service with slug "${slug}"`);
  emitChange({ entity: "service", action: "updated", key: service.slug, actor: caller.actor.label });
  return (await findServiceBySlug(service.slug))!;
}

export async function deleteService({ caller, slug }: { caller: Caller; slug: string }): Promise<ServiceWithTeam> {
  const service = await writableService(caller, slug);
  if (!(await removeService(service.id, caller.actor))) throw notFound(`No service with slug "${slug}"`);
  emitChange({ entity: "service", action: "deleted", key: service.slug, actor: caller.actor.label });
  return service;
}

/** A service with its team by id (readiness reviews hold the id); undefined when it is gone. */
export async function serviceById(id: number): Promise<ServiceWithTeam | undefined> {
  return findServiceById(id);
}

/** A service with its team by slug; undefined when unknown. */
export async function serviceBySlug(slug: string): Promise<ServiceWithTeam | undefined> {
  return findServiceBySlug(slug);
}

/** The catalogue's services (filtered by team, tier or text), by name. */
export async function catalogServices(filter: ServiceFilter = {}): Promise<ServiceWithTeam[]> {
  return listServices(filter);
}
