// Reliability maturity: a team's questionnaire answers per quarter, and its toil log.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { MaturityAnswers } from "../../lib/readiness/maturity";
import { teams, users } from "./auth";

export const maturityAssessments = sqliteTable(
  "maturity_assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    // A calendar quarter in UTC, "2026-Q3"; one assessment per team and quarter (re-assessing replaces its answers; the audit log keeps the old ones).
    quarter: text("quarter").notNull(),
    answers: text("answers", { mode: "json" }).$type<MaturityAnswers>().notNull(),
    // The stage the answers scored to (lib/readiness/maturity.ts scoreStage), kept so history reads without rescoring.
    stage: integer("stage").notNull(),
    assessedById: integer("assessed_by_id").references(() => users.id, { onDelete: "set null" }),
    assessedAt: integer("assessed_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("maturity_assessments_team_quarter_unique").on(t.teamId, t.quarter)],
);

// One row per toil task, never deleted: toil counts from `loggedAt` until `automatedAt` (null while it is still done
// by hand), so the toil share of any past quarter can be recomputed from the rows (lib/readiness/toil.ts) without snapshots.
export const toilEntries = sqliteTable(
  "toil_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    task: text("task").notNull(),
    hoursPerWeek: real("hours_per_week").notNull(),
    loggedAt: integer("logged_at", { mode: "timestamp_ms" }).notNull(),
    automatedAt: integer("automated_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [index("toil_entries_team_idx").on(t.teamId, t.loggedAt)],
);

export type MaturityAssessment = typeof maturityAssessments.$inferSelect;
export type ToilEntry = typeof toilEntries.$inferSelect;
