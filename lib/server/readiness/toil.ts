// A team's toil log: log a task (hours a week, already automated or not) and mark one automated. Members of the team and admins.
import "server-only";
import { findToilEntry, insertToilEntry, markToilAutomated } from "@/db/queries/maturity";
import { findTeamById, findTeamBySlug } from "@/db/queries/teams";
import type { ToilEntry } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { toilInputSchema } from "@/lib/readiness/toil";
import { emitChange } from "../change-events";
import { assertTeamChange, invalidInput, notFound } from "../errors";

export async function logToil({ caller, team: slug, input, now = Date.now() }: { caller: Caller; team: string; input: unknown; now?: number }): Promise<ToilEntry> {
  const team = await findTeamBySlug(slug);
  if (!team) throw notFound(`No team with slug "${slug}"`);
  assertTeamChange(caller, { id: team.id, slug: team.slug }, `the toil log of team "${team.slug}"`);
  const parsed = toilInputSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const at = new Date(now);
  const entry = await insertToilEntry(
    { teamId: team.id, task: parsed.data.task, hoursPerWeek: parsed.data.hoursPerWeek, loggedAt: at, automatedAt: parsed.data.automated ? at : null, createdById: caller.kind === "user" ? caller.userId : null },
    caller.actor,
  );
  emitChange({ entity: "toil_entry", action: "created", key: String(entry.id), actor: caller.actor.label });
  return entry;
}

/** Marks a toil task automated from now on; its hours stop counting as toil from this moment. */
export async function automateToil({ caller, id, now = Date.now() }: { caller: Caller; id: number; now?: number }): Promise<ToilEntry> {
  const entry = await findToilEntry(id);
  const team = entry ? await findTeamById(entry.teamId) : undefined;
  if (!entry || !team) throw notFound(`No toil entry ${id}`);
  assertTeamChange(caller, { id: team.id, slug: team.slug }, `the toil log of team "${team.slug}"`);
  const after = (await markToilAutomated(id, new Date(now), caller.actor))!;
  if (!entry.automatedAt) emitChange({ entity: "toil_entry", action: "updated", key: String(id), actor: caller.actor.label });
  return after;
}
