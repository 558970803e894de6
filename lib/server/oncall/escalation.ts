// A team's escalation policy: members of the team and admins set it; every schedule it names must be the team's own.
import "server-only";
import { findActiveUsersByEmail, listSchedules, replaceEscalationLevels } from "@/db/queries/oncall";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import type { EscalationPolicyInput } from "@/lib/oncall/schemas";
import { emitChange } from "../change-events";
import { assertTeamChange, invalid, notFound } from "../errors";

export async function setEscalationPolicy({ caller, team: slug, input }: { caller: Caller; team: string; input: EscalationPolicyInput }): Promise<void> {
  const team = await findTeamBySlug(slug);
  if (!team) throw notFound(`No team with slug "${slug}"`);
  assertTeamChange(caller, team, `the escalation policy of team "${team.slug}"`);
  const schedules = new Map((await listSchedules({ teamId: team.id })).map((s) => [s.slug, s.id]));
  const people = await findActiveUsersByEmail(input.levels.flatMap((level) => (level.user ? [level.user] : [])));
  const levels = input.levels.map((level, index) => {
    if (level.schedule) {
      const id = schedules.get(level.schedule);
      if (id === undefined) throw invalid(`levels[${index}].schedule: team "${team.slug}" has no schedule "${level.schedule}"`, `levels[${index}].schedule`);
      return { delayMinutes: level.delayMinutes, targetScheduleId: id, targetUserId: null };
    }
    const person = people.get(level.user!);
    if (!person) throw invalid(`levels[${index}].user: no active user with email ${level.user}`, `levels[${index}].user`);
    return { delayMinutes: level.delayMinutes, targetScheduleId: null, targetUserId: person.id };
  });
  await replaceEscalationLevels(team, levels, caller.actor);
  emitChange({ entity: "escalation_policy", action: "updated", key: team.slug, actor: caller.actor.label });
}
