// Declaring an incident by hand (the form, the API, the CLI): members of the first affected service's team and admins.
import "server-only";
import type { IncidentRecord } from "@/db/queries/incidents";
import { findServiceBySlug, type ServiceWithTeam } from "@/db/queries/services";
import type { Caller } from "@/lib/access/caller";
import type { IncidentCreateInput } from "@/lib/incidents/schemas";
import { assertTeamChange, invalid } from "../errors";
import { openIncident } from "./open-incident";
import { personByEmail } from "./people";

/** The services named by slug, in order, without repeats; 400 naming the first unknown one. */
export async function affectedServices(slugs: readonly string[]): Promise<ServiceWithTeam[]> {
  const found: ServiceWithTeam[] = [];
  for (const [index, slug] of [...new Set(slugs)].entries()) {
    const service = await findServiceBySlug(slug);
    if (!service) throw invalid(`services[${index}]: no service with slug "${slug}"`, `services[${index}]`);
    found.push(service);
  }
  return found;
}

export async function declareIncident({ caller, input }: { caller: Caller; input: IncidentCreateInput }): Promise<IncidentRecord> {
  const services = await affectedServices(input.services);
  const owner = services[0]!;
  assertTeamChange(caller, { id: owner.teamId, slug: owner.teamSlug }, `incidents of team "${owner.teamSlug}"`);
  const commander = input.commander ? await personByEmail(input.commander, "commander") : null;
  return openIncident(
    {
      title: input.title,
      severity: input.severity,
      services,
      summary: input.summary,
      customerImpact: input.customerImpact,
      tags: input.tags,
      startedAt: input.startedAt === undefined ? undefined : new Date(input.startedAt),
      source: "manual",
      commanderId: commander?.id ?? null,
    },
    caller.actor,
  );
}
