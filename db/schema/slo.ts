// SLOs, their minute-level SLI data (with running sums), deployments, alert and policy history, gate exceptions.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { PolicyOverride } from "../../lib/slo/policy";
import { users } from "./auth";
import { services } from "./services";

import { ALERT_SEVERITIES, BUDGETING_METHODS, CALENDAR_UNITS, INCIDENT_ON_PAGE, SLI_KINDS, WINDOW_KINDS, type AlertWindowSpec, type SloSource } from "../../lib/slo/types";

export { BUDGETING_METHODS, CALENDAR_UNITS, SLI_KINDS, WINDOW_KINDS };
export type { SloSource };
export type SloAlertWindow = AlertWindowSpec;
export type SloPolicyOverride = PolicyOverride;

export const slos = sqliteTable(
  "slos",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    sliKind: text("sli_kind", { enum: SLI_KINDS }).notNull(),
    latencyThresholdMs: integer("latency_threshold_ms"),
    target: real("target").notNull(),
    windowKind: text("window_kind", { enum: WINDOW_KINDS }).notNull(),
    windowDays: integer("window_days"),
    calendarUnit: text("calendar_unit", { enum: CALENDAR_UNITS }),
    timeZone: text("time_zone").notNull().default("UTC"),
    budgetingMethod: text("budgeting_method", { enum: BUDGETING_METHODS }).notNull(),
    timesliceTarget: real("timeslice_target"),
    segment: text("segment"),
    alertWindows: text("alert_windows", { mode: "json" }).$type<SloAlertWindow[] | null>(),
    policy: text("policy", { mode: "json" }).$type<SloPolicyOverride | null>(),
    source: text("source", { mode: "json" }).$type<SloSource>().notNull(),
    reviewCadenceDays: integer("review_cadence_days").notNull().default(90),
    // Minutes without data after which the SLO is stale; null = never (SLOs fed in daily batches).
    staleAfterMinutes: integer("stale_after_minutes").default(15),
    // Whether a page burn-rate alert opens an incident: "auto" = yes for tier-1 services.
    incidentOnPage: text("incident_on_page", { enum: INCIDENT_ON_PAGE }).notNull().default("auto"),
    // Whether an SLI-data-missing episode opens an incident.
    incidentOnStale: integer("incident_on_stale", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    uniqueIndex("slos_slug_unique").on(t.slug),
    index("slos_service_idx").on(t.serviceId),
    check("slos_target_check", sql`${t.target} > 0 and ${t.target} < 1`),
  ],
);

/**
 * One row per SLO and minute with data. Besides the minute's own good/total, each row carries running
 * sums over all of the SLO's minutes up to and including this one, so any window's aggregate is the
 * difference of two rows found by one index seek each: a status read never rescans the window.
 * `minute` is epoch minutes (ms / 60000).
 */
export const sliMinutes = sqliteTable(
  "sli_minutes",
  {
    sloId: integer("slo_id")
      .notNull()
      .references(() => slos.id, { onDelete: "cascade" }),
    minute: integer("minute").notNull(),
    good: integer("good").notNull(),
    total: integer("total").notNull(),
    cumGood: integer("cum_good").notNull(),
    cumTotal: integer("cum_total").notNull(),
    cumSlices: integer("cum_slices").notNull(),
    cumGoodSlices: integer("cum_good_slices").notNull(),
    cumRatioSum: real("cum_ratio_sum").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sloId, t.minute] })],
);

export const deployments = sqliteTable(
  "deployments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    description: text("description").notNull().default(""),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    recordedBy: text("recorded_by").notNull(),
  },
  (t) => [index("deployments_service_at_idx").on(t.serviceId, t.at)],
);

/** Burn-rate alerts: one row per firing episode, resolved when it stops. */
export const alertEvents = sqliteTable(
  "alert_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sloId: integer("slo_id")
      .notNull()
      .references(() => slos.id, { onDelete: "cascade" }),
    severity: text("severity", { enum: ALERT_SEVERITIES }).notNull(),
    longWindow: text("long_window").notNull(),
    shortWindow: text("short_window").notNull(),
    threshold: real("threshold").notNull(),
    firedAt: integer("fired_at", { mode: "timestamp_ms" }).notNull(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    peakBurnRate: real("peak_burn_rate").notNull(),
  },
  (t) => [index("alert_events_slo_fired_idx").on(t.sloId, t.firedAt), index("alert_events_open_idx").on(t.resolvedAt)],
);

export const POLICY_STATES = ["normal", "warn", "freeze"] as const;

/** Error-budget policy state changes, with the reasons at the time. */
export const policyEvents = sqliteTable(
  "policy_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sloId: integer("slo_id")
      .notNull()
      .references(() => slos.id, { onDelete: "cascade" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    fromState: text("from_state", { enum: POLICY_STATES }).notNull(),
    toState: text("to_state", { enum: POLICY_STATES }).notNull(),
    reasons: text("reasons", { mode: "json" }).$type<{ rule: string; message: string }[]>().notNull(),
  },
  (t) => [index("policy_events_slo_at_idx").on(t.sloId, t.at)],
);

/** The last state the evaluator saw per SLO, so it records only changes. */
export const sloStates = sqliteTable("slo_states", {
  sloId: integer("slo_id")
    .primaryKey()
    .references(() => slos.id, { onDelete: "cascade" }),
  policyState: text("policy_state", { enum: POLICY_STATES }).notNull(),
  evaluatedAt: integer("evaluated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Admin-granted exceptions that let a service deploy despite a freeze, until they expire. */
export const gateExceptions = sqliteTable(
  "gate_exceptions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    grantedById: integer("granted_by_id").references(() => users.id, { onDelete: "set null" }),
    grantedBy: text("granted_by").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("gate_exceptions_service_idx").on(t.serviceId, t.expiresAt)],
);

/** SLI-data-missing episodes: opened when an SLO turns stale, resolved when data arrives again. */
export const sliDataGaps = sqliteTable(
  "sli_data_gaps",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sloId: integer("slo_id")
      .notNull()
      .references(() => slos.id, { onDelete: "cascade" }),
    // Start of the newest minute with data when the gap was detected; null when the SLO never had data.
    lastDataAt: integer("last_data_at", { mode: "timestamp_ms" }),
    detectedAt: integer("detected_at", { mode: "timestamp_ms" }).notNull(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sli_data_gaps_slo_idx").on(t.sloId, t.detectedAt), index("sli_data_gaps_open_idx").on(t.resolvedAt)],
);

export type Slo = typeof slos.$inferSelect;
export type SliDataGap = typeof sliDataGaps.$inferSelect;
export type Deployment = typeof deployments.$inferSelect;
export type AlertEvent = typeof alertEvents.$inferSelect;
export type PolicyEvent = typeof policyEvents.$inferSelect;
export type GateException = typeof gateExceptions.$inferSelect;


export const REVIEW_DECISIONS = ["keep", "raise", "lower"] as const;

/** Governance: each periodic review of an SLO, its decision and the target before and after. */
export const sloReviews = sqliteTable(
  "slo_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sloId: integer("slo_id")
      .notNull()
      .references(() => slos.id, { onDelete: "cascade" }),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }).notNull(),
    reviewerId: integer("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    reviewer: text("reviewer").notNull(),
    decision: text("decision", { enum: REVIEW_DECISIONS }).notNull(),
    previousTarget: real("previous_target").notNull(),
    newTarget: real("new_target").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [index("slo_reviews_slo_idx").on(t.sloId, t.reviewedAt)],
);

export type SloReview = typeof sloReviews.$inferSelect;
