// Schedule changes: members of the owning team and admins (tokens: those reaching the team); moving a schedule needs both teams.
import "server-only";
import { randomBytes } from "node:crypto";
import {
  createSchedule as insertSchedule,
  deleteSchedule as removeSchedule,
  findActiveUsersByEmail,
  findScheduleBySlug,
  replaceFeedToken,
  updateSchedule as changeSchedule,
  type ScheduleRow,
} from "@/db/queries/oncall";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Team } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import type { ScheduleInput, ScheduleUpdate } from "@/lib/oncall/schemas";
import { emitChange } from "../change-events";
import { assertTeamChange, invalid, notFound } from "../errors";

/** A fresh secret for a schedule's iCalendar feed URL. */
export const newFeedToken = () => randomBytes(24).toString("base64url");

async function owningTeam(slug: string): Promise<Team> {
  const team = await findTeamBySlug(slug);
  if (!team) throw invalid(`team: no team with slug "${slug}"`, "team");
  return team;
}

/** The user ids of the participants' emails, in order; 400 naming the first unknown one. */
export async function participantIds(emails: string[], field = "participants"): Promise<number[]> {
  const found = await findActiveUsersByEmail(emails);
  return emails.map((email, index) => {
    const person = found.get(email);
    if (!person) throw invalid(`${field}[${index}]: no active user with email ${email}`, `${field}[${index}]`);
    return person.id;
  });
}

/** The schedule of a slug that the caller may change; 404 when unknown, 403 when another team's. */
export async function writableSchedule(caller: Caller, slug: string): Promise<ScheduleRow> {
  const schedule = await findScheduleBySlug(slug);
  if (!schedule) throw notFound(`No on-call schedule with slug "${slug}"`);
  assertTeamChange(caller, { id: schedule.teamId, slug: schedule.teamSlug }, `on-call schedule "${schedule.slug}"`);
  return schedule;
}

export async function createSchedule({ caller, input }: { caller: Caller; input: ScheduleInput }): Promise<ScheduleRow> {
  const team = await owningTeam(input.team);
  assertTeamChange(caller, team, `the on-call schedules of team "${team.slug}"`);
  const { team: _team, participants, ...fields } = input;
  void _team;
  await insertSchedule({ ...fields, teamId: team.id, feedToken: newFeedToken(), participantIds: await participantIds(participants) }, caller.actor);
  emitChange({ entity: "oncall_schedule", action: "created", key: input.slug, actor: caller.actor.label });
  return (await findScheduleBySlug(input.slug))!;
}

export async function updateSchedule({ caller, slug, input }: { caller: Caller; slug: string; input: ScheduleUpdate }): Promise<ScheduleRow> {
  const schedule = await writableSchedule(caller, slug);
  const { team: teamSlug, participants, ...fields } = input;
  let teamId = schedule.teamId;
  if (teamSlug && teamSlug !== schedule.teamSlug) {
    const team = await owningTeam(teamSlug);
    assertTeamChange(caller, team, `the on-call schedules of team "${team.slug}"`);
    teamId = team.id;
  }
  const ids = participants ? await participantIds(participants) : undefined;
  if (!(await changeSchedule(schedule.id, { ...fields, teamId, participantIds: ids }, caller.actor))) throw notFound(`No on-call schedule with slug "${slug}"`);
  emitChange({ entity: "oncall_schedule", action: "updated", key: schedule.slug, actor: caller.actor.label });
  return (await findScheduleBySlug(schedule.slug))!;
}

export async function deleteSchedule({ caller, slug }: { caller: Caller; slug: string }): Promise<ScheduleRow> {
  const schedule = await writableSchedule(caller, slug);
  if (!(await removeSchedule(schedule.id, caller.actor))) throw notFound(`No on-call schedule with slug "${slug}"`);
  emitChange({ entity: "oncall_schedule", action: "deleted", key: schedule.slug, actor: caller.actor.label });
  return schedule;
}

/** Replaces the feed's secret: the old URL stops working at once. */
export async function regenerateFeedToken({ caller, slug }: { caller: Caller; slug: string }): Promise<ScheduleRow> {
  const schedule = await writableSchedule(caller, slug);
  if (!(await replaceFeedToken(schedule.id, newFeedToken(), caller.actor))) throw notFound(`No on-call schedule with slug "${slug}"`);
  emitChange({ entity: "oncall_schedule", action: "updated", key: schedule.slug, actor: caller.actor.label });
  return schedule;
}
