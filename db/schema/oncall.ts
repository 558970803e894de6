// On-call: schedules per team (rotation, ordered participants, overrides, an iCalendar feed token) and each team's escalation policy.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROTATION_KINDS } from "../../lib/oncall/rotation";
import { teams, users } from "./auth";

export const oncallSchedules = sqliteTable(
  "oncall_schedules",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull(),
    rotation: text("rotation", { enum: ROTATION_KINDS }).notNull(),
    // "HH:MM", local to time_zone.
    handoffTime: text("handoff_time").notNull(),
    // ISO weekday of weekly handoffs, 1 = Monday … 7 = Sunday.
    handoffWeekday: integer("handoff_weekday").notNull().default(1),
    // "YYYY-MM-DD": the day of the first handoff.
    startDate: text("start_date").notNull(),
    // The secret in the iCalendar feed's URL; stored so the URL can be shown again, replaced to revoke it.
    feedToken: text("feed_token").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    uniqueIndex("oncall_schedules_slug_unique").on(t.slug),
    uniqueIndex("oncall_schedules_feed_token_unique").on(t.feedToken),
    index("oncall_schedules_team_idx").on(t.teamId),
    check("oncall_schedules_weekday_check", sql`${t.handoffWeekday} between 1 and 7`),
  ],
);

export const oncallParticipants = sqliteTable(
  "oncall_participants",
  {
    scheduleId: integer("schedule_id")
      .notNull()
      .references(() => oncallSchedules.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.scheduleId, t.position] }), index("oncall_participants_user_idx").on(t.userId)],
);

export const oncallOverrides = sqliteTable(
  "oncall_overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scheduleId: integer("schedule_id")
      .notNull()
      .references(() => oncallSchedules.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fromAt: integer("from_at", { mode: "timestamp_ms" }).notNull(),
    untilAt: integer("until_at", { mode: "timestamp_ms" }).notNull(),
    reason: text("reason").notNull().default(""),
    // Who made it, as the audit trail names them.
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [index("oncall_overrides_schedule_idx").on(t.scheduleId, t.untilAt), check("oncall_overrides_range_check", sql`${t.untilAt} > ${t.fromAt}`)],
);

// A team's escalation policy: ordered levels, each a delay after the trigger and a target (a schedule's on-call person or a user).
export const escalationLevels = sqliteTable(
  "escalation_levels",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    delayMinutes: integer("delay_minutes").notNull(),
    targetScheduleId: integer("target_schedule_id").references(() => oncallSchedules.id, { onDelete: "cascade" }),
    targetUserId: integer("target_user_id").references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.position] }),
    check("escalation_levels_target_check", sql`(${t.targetScheduleId} is null) <> (${t.targetUserId} is null)`),
  ],
);

export type OncallSchedule = typeof oncallSchedules.$inferSelect;
export type OncallOverride = typeof oncallOverrides.$inferSelect;
