// What pages, the API and the incident code read about on-call: who is on call now and next, shifts, escalation.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { findFeedToken, findScheduleBySlug, listEscalationLevels, listOverrides, listParticipants, listSchedules, type Person, type ScheduleRow } from "@/db/queries/oncall";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Team } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { scheduleFeed } from "@/lib/oncall/ical";
import { nextShiftAfter, shiftAt, shiftsBetween, type Override, type Rotation, type Shift } from "@/lib/oncall/rotation";
import { notFound, refused } from "../errors";

const DAY = 86_400_000;
/** Overrides are at most 90 days long, so these margins hold every override touching a range. */
const OVERRIDE_MARGIN = 91 * DAY;
const NEXT_MARGIN = 36 * DAY;

export type OnCallShift = { userId: number; email: string; name: string; from: Date; until: Date; override: boolean };
export type ScheduleNowNext = { schedule: ScheduleRow; now: OnCallShift | null; next: OnCallShift | null };

type Loaded = { schedule: ScheduleRow; rotation: Rotation; overrides: Override[]; people: Map<number, Person> };

/** Rotations, participants and the overrides touching [from, to) of these schedules, in two queries. */
async function load(schedules: ScheduleRow[], from: number, to: number): Promise<Loaded[]> {
  const ids = schedules.map((s) => s.id);
  const participants = await listParticipants(ids);
  const overrides = await listOverrides(ids, new Date(from - OVERRIDE_MARGIN), new Date(to + OVERRIDE_MARGIN));
  return schedules.map((schedule) => {
    const people = new Map<number, Person>();
    const inRotation = participants.get(schedule.id) ?? [];
    for (const person of inRotation) people.set(person.id, person);
    const own = overrides.filter((o) => o.scheduleId === schedule.id);
    for (const o of own) people.set(o.userId, { id: o.userId, email: o.email, name: o.name });
    return {
      schedule,
      people,
      rotation: { kind: schedule.rotation, handoffTime: schedule.handoffTime, handoffWeekday: schedule.handoffWeekday, timeZone: schedule.timeZone, startDate: schedule.startDate, participants: inRotation.map((p) => p.id) },
      overrides: own.map((o) => ({ id: o.id, userId: o.userId, from: o.from.getTime(), until: o.until.getTime() })),
    };
  });
}

function withPerson(shift: Shift | null, people: Map<number, Person>): OnCallShift | null {
  if (!shift) return null;
  const person = people.get(shift.userId)!;
  return { userId: person.id, email: person.email, name: person.name, from: new Date(shift.from), until: new Date(shift.until), override: shift.overrideId !== null };
}

function nowNext({ schedule, rotation, overrides, people }: Loaded, at: number): ScheduleNowNext {
  return { schedule, now: withPerson(shiftAt(rotation, overrides, at), people), next: withPerson(nextShiftAfter(rotation, overrides, at), people) };
}

/** Every schedule (or a team's) with who is on call at `at` and who comes next. */
export async function schedulesNowNext({ teamId, at = new Date() }: { teamId?: number; at?: Date } = {}): Promise<ScheduleNowNext[]> {
  const t = at.getTime();
  return (await load(await listSchedules({ teamId }), t, t + NEXT_MARGIN)).map((loaded) => nowNext(loaded, t));
}

/** The team's first schedule with someone on call at `at`: whom a new incident of the team is assigned to. */
export async function onCallAt({ teamId, at }: { teamId: number; at: Date }): Promise<{ userId: number; email: string; name: string; schedule: string } | null> {
  for (const { schedule, now } of await schedulesNowNext({ teamId, at })) {
    if (now) return { userId: now.userId, email: now.email, name: now.name, schedule: schedule.slug };
  }
  return null;
}

export type EscalationTarget = { kind: "schedule"; slug: string; name: string } | { kind: "user"; email: string; name: string };
export type EscalationLevel = { level: number; delayMinutes: number; target: EscalationTarget; people: { userId: number; email: string; name: string }[] };

/** The team's escalation levels in order, each with the people it reaches at `at` (a schedule's on-call person then, or the named user). */
export async function escalationLevels({ teamId, at }: { teamId: number; at: Date }): Promise<EscalationLevel[]> {
  const levels = await listEscalationLevels(teamId);
  const scheduleIds = new Set(levels.flatMap((level) => (level.schedule ? [level.schedule.id] : [])));
  const onCall = new Map((await schedulesNowNext({ teamId, at })).filter((s) => scheduleIds.has(s.schedule.id)).map((s) => [s.schedule.id, s.now]));
  return levels.map((level, index) => {
    if (level.schedule) {
      const now = onCall.get(level.schedule.id);
      return { level: index + 1, delayMinutes: level.delayMinutes, target: { kind: "schedule", slug: level.schedule.slug, name: level.schedule.name }, people: now ? [{ userId: now.userId, email: now.email, name: now.name }] : [] };
    }
    const user = level.user!;
    return { level: index + 1, delayMinutes: level.delayMinutes, target: { kind: "user", email: user.email, name: user.name }, people: [{ userId: user.id, email: user.email, name: user.name }] };
  });
}

export type ScheduleDetail = { schedule: ScheduleRow; participants: Person[]; shifts: OnCallShift[]; overrides: Awaited<ReturnType<typeof listOverrides>> };

/** A schedule with its participants, the shifts in [from, to) and the overrides touching them; null when the slug is unknown. */
export async function scheduleDetail(slug: string, from: Date, to: Date): Promise<ScheduleDetail | null> {
  const schedule = await findScheduleBySlug(slug);
  if (!schedule) return null;
  const [loaded] = await load([schedule], from.getTime(), to.getTime());
  const shifts = shiftsBetween(loaded!.rotation, loaded!.overrides, from.getTime(), to.getTime()).map((s) => withPerson(s, loaded!.people)!);
  return {
    schedule,
    participants: (await listParticipants([schedule.id])).get(schedule.id) ?? [],
    shifts,
    overrides: await listOverrides([schedule.id], from, to),
  };
}

/** The feed URL's secret, for people who may change the schedule (pages check before showing it). */
export async function feedTokenOf(schedule: ScheduleRow): Promise<string> {
  return (await findFeedToken(schedule.id)) ?? "";
}

const FEED_BACK = 30 * DAY;
const FEED_AHEAD = 90 * DAY;

/**
 * The iCalendar feed of a schedule: its shifts from about 30 days back to 90 days ahead, whole shifts so events
 * keep their bounds from one fetch to the next. Null for an unknown slug or a wrong token alike, so feeds cannot be probed.
 */
export async function scheduleFeedText({ slug, token, at = new Date() }: { slug: string; token: string; at?: Date }): Promise<string | null> {
  const schedule = await findScheduleBySlug(slug);
  if (!schedule) return null;
  const expected = Buffer.from((await findFeedToken(schedule.id)) ?? "");
  const given = Buffer.from(token);
  if (expected.length === 0 || expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const t = at.getTime();
  const [loaded] = await load([schedule], t - FEED_BACK, t + FEED_AHEAD);
  const shifts = shiftsBetween(loaded!.rotation, loaded!.overrides, t - FEED_BACK, t + FEED_AHEAD).map((s) => {
    const person = loaded!.people.get(s.userId)!;
    return { from: s.from, until: s.until, userId: s.userId, name: person.name, email: person.email, override: s.overrideId !== null };
  });
  return scheduleFeed({ slug: schedule.slug, name: schedule.name, teamName: schedule.teamName, timeZone: schedule.timeZone }, shifts, t);
}

/** The team of a slug the caller may read on-call data of: 404 when unknown, 403 for a token limited to other teams. */
export async function readableTeam(caller: Caller, slug: string): Promise<Team> {
  const team = await findTeamBySlug(slug);
  if (!team) throw notFound(`No team with slug "${slug}"`);
  if (caller.kind === "token" && caller.teamIds !== null && !caller.teamIds.includes(team.id)) {
    throw refused(`This token is limited to other teams: it cannot read the on-call schedules of team "${team.slug}".`);
  }
  return team;
}

/** Schedules the caller may read: a team's (404/403 as for the team), or every one its token reaches. */
export async function readableSchedules(caller: Caller, teamSlug?: string): Promise<ScheduleRow[]> {
  if (teamSlug) return listSchedules({ teamId: (await readableTeam(caller, teamSlug)).id });
  const all = await listSchedules();
  if (caller.kind !== "token" || caller.teamIds === null) return all;
  const reach = caller.teamIds;
  return all.filter((s) => reach.includes(s.teamId));
}

/** Participants per schedule, in rotation order. */
export const scheduleParticipants = (ids: number[]) => listParticipants(ids);

/** A schedule the caller may read, with who is on call now and next and its overrides from now on. */
export async function readableSchedule(caller: Caller, slug: string, at = new Date()): Promise<{ detail: ScheduleDetail; now: OnCallShift | null; next: OnCallShift | null }> {
  const schedule = await findScheduleBySlug(slug);
  if (!schedule) throw notFound(`No on-call schedule with slug "${slug}"`);
  await readableTeam(caller, schedule.teamSlug);
  const detail = (await scheduleDetail(slug, at, new Date(at.getTime() + 90 * DAY)))!;
  const [current] = await schedulesNowNext({ teamId: schedule.teamId, at }).then((rows) => rows.filter((r) => r.schedule.id === schedule.id));
  return { detail, now: current?.now ?? null, next: current?.next ?? null };
}

export type TeamShifts = { schedules: ScheduleRow[]; shifts: OnCallShift[] };

/** Each team's schedules and every shift (overrides cut in) touching [from, to), keyed by team id: what the readiness on-call check reads. */
export async function teamsShiftsBetween({ teamIds, from, to }: { teamIds: readonly number[]; from: Date; to: Date }): Promise<Map<number, TeamShifts>> {
  const byTeam = new Map<number, TeamShifts>(teamIds.map((id) => [id, { schedules: [], shifts: [] }]));
  if (!teamIds.length) return byTeam;
  const schedules = teamIds.length === 1 ? await listSchedules({ teamId: teamIds[0]! }) : (await listSchedules()).filter((s) => byTeam.has(s.teamId));
  for (const l of await load(schedules, from.getTime(), to.getTime())) {
    const own = byTeam.get(l.schedule.teamId)!;
    own.schedules.push(l.schedule);
    own.shifts.push(...shiftsBetween(l.rotation, l.overrides, from.getTime(), to.getTime()).map((s) => withPerson(s, l.people)!));
  }
  return byTeam;
}
