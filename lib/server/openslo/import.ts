// OpenSLO import as one change: every SLO and new service of the file within the caller's teams, all written or none.
import "server-only";
import { importOpenSlo as writeImport, OpenSloImportRefused, previewOpenSloImport as planImport, type OpenSloImportPreview, type OpenSloImportResult } from "@/db/queries/openslo";
import { findTeamBySlug } from "@/db/queries/teams";
import { writableTeams, type Caller } from "@/lib/access/caller";
import type { OpenSloImport } from "@/lib/openslo/parse";
import { emitChange } from "../change-events";
import { invalid, refused } from "../errors";

type ImportRequest = { caller: Caller; parsed: OpenSloImport; defaultTeam?: string };

/** The import's options for this caller: the teams it may reach, and the owner of new services (one of them). */
async function optionsFor({ caller, defaultTeam }: Omit<ImportRequest, "parsed">) {
  const teams = writableTeams(caller);
  if (teams !== "all" && teams.length === 0) throw refused(caller.kind === "token" ? "This token lacks the 'write' scope." : "You don't have permission to do that.");
  if (!defaultTeam) return { teamIdsAllowed: teams === "all" ? ("all" as const) : [...teams] };
  const team = await findTeamBySlug(defaultTeam);
  if (!team) throw invalid(`team: there is no team "${defaultTeam}"`, "team");
  if (teams !== "all" && !teams.includes(team.id)) throw refused(`New services can only go to a team you can change; not "${team.slug}".`);
  return { defaultTeamSlug: team.slug, teamIdsAllowed: teams === "all" ? ("all" as const) : [...teams] };
}

/** What the import would create and update, and why it would be refused (empty when it may go ahead). */
export async function previewOpenSloImport(request: ImportRequest): Promise<OpenSloImportPreview> {
  return planImport(request.parsed, await optionsFor(request));
}

export async function importOpenSlo(request: ImportRequest): Promise<OpenSloImportResult> {
  const options = await optionsFor(request);
  try {
    const result = await writeImport(request.parsed, request.caller.actor, options);
    for (const slug of result.created) emitChange({ entity: "slo", action: "created", key: slug, actor: request.caller.actor.label });
    for (const slug of result.updated) emitChange({ entity: "slo", action: "updated", key: slug, actor: request.caller.actor.label });
    return result;
  } catch (error) {
    if (!(error instanceof OpenSloImportRefused)) throw error;
    throw error.reason === "forbidden" ? refused(error.message) : invalid(`team: ${error.message}`, "team");
  }
}
