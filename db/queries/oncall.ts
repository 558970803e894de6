// On-call schedules, their participants and overrides, and teams' escalation levels — every change audited.
import "server-only";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "../client";
import { escalationLevels, oncallOverrides, oncallParticipants, oncallSchedules, teams, users, type OncallSchedule } from "../schema";
import { writeAudit, type Actor, type Writer } from "./audit";
import { ConflictError } from "./errors";

export type Person = { id: number; email: string; name: string };
export type ScheduleRow = Omit<OncallSchedule, "feedToken"> & { teamSlug: string; teamName: string };
export type OverrideRow = { id: number; scheduleId: number; userId: number; email: string; name: string; from: Date; until: Date; reason: string; createdBy: string };

export type ScheduleFields = {
  name: string;
  teamId: number;
  timeZone: string;
  rotation: OncallSchedule["rotation"];
  handoffTime: string;
  handoffWeekday: number;
  startDate: string;
};

const scheduleColumns = {
  id: oncallSchedules.id,
  slug: oncallSchedules.slug,
  teamId: oncallSchedules.teamId,
  name: oncallSchedules.name,
  timeZone: oncallSchedules.timeZone,
  rotation: oncallSchedules.rotation,
  handoffTime: oncallSchedules.handoffTime,
  handoffWeekday: oncallSchedules.handoffWeekday,
  startDate: oncallSchedules.startDate,
  createdAt: oncallSchedules.createdAt,
  updatedAt: oncallSchedules.updatedAt,
  teamSlug: teams.slug,
  teamName: teams.name,
};

export async function listSchedules(filter: { teamId?: number } = {}): Promise<ScheduleRow[]> {
  return getDb()
    .select(scheduleColumns)
    .from(oncallSchedules)
    .innerJoin(teams, eq(teams.id, oncallSchedules.teamId))
    .where(filter.teamId === undefined ? undefined : eq(oncallSchedules.teamId, filter.teamId))
    .orderBy(asc(teams.name), asc(oncallSchedules.id))
    .all();
}

export async function findScheduleBySlug(slug: string): Promise<ScheduleRow | undefined> {
  return getDb().select(scheduleColumns).from(oncallSchedules).innerJoin(teams, eq(teams.id, oncallSchedules.teamId)).where(eq(oncallSchedules.slug, slug)).get();
}

/** The feed token of a schedule: only for pages that show the URL and the feed's own check. */
export async function findFeedToken(scheduleId: number): Promise<string | undefined> {
  return getDb().select({ token: oncallSchedules.feedToken }).from(oncallSchedules).where(eq(oncallSchedules.id, scheduleId)).get()?.token;
}

/** Participants per schedule, in rotation order. */
export async function listParticipants(scheduleIds: number[]): Promise<Map<number, Person[]>> {
  const byId = new Map<number, Person[]>(scheduleIds.map((id) => [id, []]));
  if (!scheduleIds.length) return byId;
  const rows = getDb()
    .select({ scheduleId: oncallParticipants.scheduleId, id: users.id, email: users.email, name: users.name })
    .from(oncallParticipants)
    .innerJoin(users, eq(users.id, oncallParticipants.userId))
    .where(inArray(oncallParticipants.scheduleId, scheduleIds))
    .orderBy(asc(oncallParticipants.scheduleId), asc(oncallParticipants.position))
    .all();
  for (const { scheduleId, ...person } of rows) byId.get(scheduleId)!.push(person);
  return byId;
}

/** Overrides of these schedules overlapping [from, to), oldest first. */
export async function listOverrides(scheduleIds: number[], from: Date, to: Date): Promise<OverrideRow[]> {
  if (!scheduleIds.length) return [];
  return getDb()
    .select({
      id: oncallOverrides.id,
      scheduleId: oncallOverrides.scheduleId,
      userId: oncallOverrides.userId,
      email: users.email,
      name: users.name,
      from: oncallOverrides.fromAt,
      until: oncallOverrides.untilAt,
      reason: oncallOverrides.reason,
      createdBy: oncallOverrides.createdBy,
    })
    .from(oncallOverrides)
    .innerJoin(users, eq(users.id, oncallOverrides.userId))
    .where(and(inArray(oncallOverrides.scheduleId, scheduleIds), lt(oncallOverrides.fromAt, to), gt(oncallOverrides.untilAt, from)))
    .orderBy(asc(oncallOverrides.id))
    .all();
}

/** Active users by email (lower case); unknown or inactive addresses are missing from the map. */
export async function findActiveUsersByEmail(emails: string[]): Promise<Map<string, Person>> {
  if (!emails.length) return new Map();
  const rows = getDb().select({ id: users.id, email: users.email, name: users.name }).from(users).where(and(inArray(users.email, emails), eq(users.isActive, true))).all();
  return new Map(rows.map((row) => [row.email, row]));
}

function setParticipants(tx: Writer, scheduleId: number, userIds: number[]): void {
  tx.delete(oncallParticipants).where(eq(oncallParticipants.scheduleId, scheduleId)).run();
  if (userIds.length) tx.insert(oncallParticipants).values(userIds.map((userId, position) => ({ scheduleId, position, userId }))).run();
}

function participantIds(tx: Writer, scheduleId: number): number[] {
  return tx.select({ userId: oncallParticipants.userId }).from(oncallParticipants).where(eq(oncallParticipants.scheduleId, scheduleId)).orderBy(asc(oncallParticipants.position)).all().map((row) => row.userId);
}

/** A schedule as the audit trail keeps it: never with its feed token. */
function audited(tx: Writer, schedule: OncallSchedule) {
  const { feedToken: _secret, ...rest } = schedule;
  void _secret;
  return { ...rest, participants: participantIds(tx, schedule.id) };
}

export async function createSchedule(input: ScheduleFields & { slug: string; feedToken: string; participantIds: number[] }, actor: Actor): Promise<OncallSchedule> {
  return getDb().transaction((tx) => {
    if (tx.select({ id: oncallSchedules.id }).from(oncallSchedules).where(eq(oncallSchedules.slug, input.slug)).get()) {
      throw new ConflictError(`A schedule with slug "${input.slug}" already exists`, "slug");
    }
    const { participantIds: ids, ...fields } = input;
    const created = tx.insert(oncallSchedules).values(fields).returning().get();
    setParticipants(tx, created.id, ids);
    writeAudit(tx, actor, { action: "oncall.schedule.create", entity: "oncall_schedule", entityId: created.slug, after: audited(tx, created) });
    return created;
  });
}

export async function updateSchedule(id: number, changes: Partial<ScheduleFields> & { participantIds?: number[] }, actor: Actor): Promise<OncallSchedule | undefined> {
  return getDb().transaction((tx) => {
    const row = tx.select().from(oncallSchedules).where(eq(oncallSchedules.id, id)).get();
    if (!row) return undefined;
    const before = audited(tx, row);
    const { participantIds: ids, ...fields } = changes;
    const after = tx
      .update(oncallSchedules)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(oncallSchedules.id, id))
      .returning()
      .get();
    if (ids) setParticipants(tx, id, ids);
    writeAudit(tx, actor, { action: "oncall.schedule.update", entity: "oncall_schedule", entityId: row.slug, before, after: audited(tx, after) });
    return after;
  });
}

export async function deleteSchedule(id: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const row = tx.select().from(oncallSchedules).where(eq(oncallSchedules.id, id)).get();
    if (!row) return false;
    const before = audited(tx, row);
    tx.delete(oncallSchedules).where(eq(oncallSchedules.id, id)).run();
    writeAudit(tx, actor, { action: "oncall.schedule.delete", entity: "oncall_schedule", entityId: row.slug, before });
    return true;
  });
}

export async function replaceFeedToken(id: number, feedToken: string, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const row = tx.update(oncallSchedules).set({ feedToken, updatedAt: new Date() }).where(eq(oncallSchedules.id, id)).returning({ slug: oncallSchedules.slug }).get();
    if (!row) return false;
    writeAudit(tx, actor, { action: "oncall.feed_token.regenerate", entity: "oncall_schedule", entityId: row.slug });
    return true;
  });
}

export async function insertOverride(input: { scheduleId: number; scheduleSlug: string; userId: number; from: Date; until: Date; reason: string }, actor: Actor): Promise<number> {
  return getDb().transaction((tx) => {
    const { scheduleSlug, ...values } = input;
    const created = tx
      .insert(oncallOverrides)
      .values({ scheduleId: values.scheduleId, userId: values.userId, fromAt: values.from, untilAt: values.until, reason: values.reason, createdBy: actor.label })
      .returning()
      .get();
    writeAudit(tx, actor, { action: "oncall.override.create", entity: "oncall_schedule", entityId: scheduleSlug, after: created });
    return created.id;
  });
}

export async function deleteOverride(scheduleId: number, scheduleSlug: string, overrideId: number, actor: Actor): Promise<boolean> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(oncallOverrides).where(and(eq(oncallOverrides.id, overrideId), eq(oncallOverrides.scheduleId, scheduleId))).get();
    if (!before) return false;
    tx.delete(oncallOverrides).where(eq(oncallOverrides.id, overrideId)).run();
    writeAudit(tx, actor, { action: "oncall.override.delete", entity: "oncall_schedule", entityId: scheduleSlug, before });
    return true;
  });
}

export type EscalationLevelRow = {
  position: number;
  delayMinutes: number;
  schedule: { id: number; slug: string; name: string } | null;
  user: Person | null;
};

function levelRows(tx: Writer, teamId: number): EscalationLevelRow[] {
  const rows = tx
    .select({
      position: escalationLevels.position,
      delayMinutes: escalationLevels.delayMinutes,
      scheduleId: oncallSchedules.id,
      scheduleSlug: oncallSchedules.slug,
      scheduleName: oncallSchedules.name,
      userId: users.id,
      userEmail: users.email,
      userName: users.name,
    })
    .from(escalationLevels)
    .leftJoin(oncallSchedules, eq(oncallSchedules.id, escalationLevels.targetScheduleId))
    .leftJoin(users, eq(users.id, escalationLevels.targetUserId))
    .where(eq(escalationLevels.teamId, teamId))
    .orderBy(asc(escalationLevels.position))
    .all();
  return rows.map((r) => ({
    position: r.position,
    delayMinutes: r.delayMinutes,
    schedule: r.scheduleId === null ? null : { id: r.scheduleId, slug: r.scheduleSlug!, name: r.scheduleName! },
    user: r.userId === null ? null : { id: r.userId, email: r.userEmail!, name: r.userName! },
  }));
}

export async function listEscalationLevels(teamId: number): Promise<EscalationLevelRow[]> {
  return levelRows(getDb(), teamId);
}

export async function replaceEscalationLevels(
  team: { id: number; slug: string },
  levels: { delayMinutes: number; targetScheduleId: number | null; targetUserId: number | null }[],
  actor: Actor,
): Promise<void> {
  getDb().transaction((tx) => {
    const before = levelRows(tx, team.id);
    tx.delete(escalationLevels).where(eq(escalationLevels.teamId, team.id)).run();
    if (levels.length) tx.insert(escalationLevels).values(levels.map((level, position) => ({ teamId: team.id, position, ...level }))).run();
    writeAudit(tx, actor, { action: "oncall.escalation.set", entity: "escalation_policy", entityId: team.slug, before, after: levelRows(tx, team.id) });
  });
}
