// Incidents with their services, timeline and alert groups; runbooks, postmortems, action items, drills and outgoing notifications.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  DELIVERY_STATUSES,
  DRILL_STATUSES,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  NOTIFICATION_FORMATS,
  POSTMORTEM_STATUSES,
  RUNBOOK_FOLLOWED,
  SEVERITIES,
  TIMELINE_KINDS,
  type NotificationEvent,
} from "../../lib/incidents/types";
import { teams, users } from "./auth";
import { services } from "./services";
import { slos } from "./slo";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);
const userRef = (name: string) => integer(name).references(() => users.id, { onDelete: "set null" });

export const incidents = sqliteTable(
  "incidents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // #1, #2…: what people say; drills share the sequence.
    number: integer("number").notNull(),
    title: text("title").notNull(),
    severity: text("severity", { enum: SEVERITIES }).notNull(),
    status: text("status", { enum: INCIDENT_STATUSES }).notNull(),
    summary: text("summary").notNull().default(""),
    customerImpact: text("customer_impact").notNull().default(""),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    source: text("source", { enum: INCIDENT_SOURCES }).notNull(),
    isDrill: integer("is_drill", { mode: "boolean" }).notNull().default(false),
    // The team of the first affected service when declared: who may change the incident and whose on-call gets it.
    teamId: integer("team_id").references(() => teams.id, { onDelete: "set null" }),
    // When the impact began (MTTA and MTTR count from here).
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    acknowledgedAt: integer("acknowledged_at", { mode: "timestamp_ms" }),
    investigatingAt: integer("investigating_at", { mode: "timestamp_ms" }),
    mitigatedAt: integer("mitigated_at", { mode: "timestamp_ms" }),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    // First escalation to the team's on-call (by a person, a drill or the overdue rule).
    escalatedAt: integer("escalated_at", { mode: "timestamp_ms" }),
    responseOverdueAt: integer("response_overdue_at", { mode: "timestamp_ms" }),
    resolutionOverdueAt: integer("resolution_overdue_at", { mode: "timestamp_ms" }),
    assigneeId: userRef("assignee_id"),
    commanderId: userRef("commander_id"),
    communicationsId: userRef("communications_id"),
    scribeId: userRef("scribe_id"),
    sloId: integer("slo_id").references(() => slos.id, { onDelete: "set null" }),
    // Alertmanager's groupKey of the alert group that opened it.
    alertGroupKey: text("alert_group_key"),
    // A person acknowledged or changed it: Alertmanager no longer resolves it on its own.
    isHumanTouched: integer("is_human_touched", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("incidents_number_unique").on(t.number),
    index("incidents_drill_started_idx").on(t.isDrill, t.startedAt),
    index("incidents_status_idx").on(t.status),
    index("incidents_team_idx").on(t.teamId, t.startedAt),
    index("incidents_group_key_idx").on(t.alertGroupKey),
    index("incidents_slo_idx").on(t.sloId),
  ],
);

export const incidentServices = sqliteTable(
  "incident_services",
  {
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    // 0 for the first affected service.
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.serviceId] }), index("incident_services_service_idx").on(t.serviceId, t.incidentId)],
);

export const timelineEntries = sqliteTable(
  "incident_timeline",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    kind: text("kind", { enum: TIMELINE_KINDS }).notNull(),
    text: text("text").notNull(),
    actorLabel: text("actor_label").notNull(),
    // Only notes are written by people; their time may be edited afterwards.
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("incident_timeline_incident_at_idx").on(t.incidentId, t.at)],
);

export const runbooks = sqliteTable(
  "runbooks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    body: text("body").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("runbooks_service_slug_unique").on(t.serviceId, t.slug)],
);

export const postmortems = sqliteTable(
  "postmortems",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    status: text("status", { enum: POSTMORTEM_STATUSES }).notNull().default("draft"),
    summary: text("summary").notNull().default(""),
    usersAffected: text("users_affected").notNull().default(""),
    impact: text("impact").notNull().default(""),
    detection: text("detection").notNull().default(""),
    rootCauses: text("root_causes").notNull().default(""),
    contributingFactors: text("contributing_factors").notNull().default(""),
    wentWell: text("went_well").notNull().default(""),
    wentWrong: text("went_wrong").notNull().default(""),
    gotLucky: text("got_lucky").notNull().default(""),
    authorId: userRef("author_id"),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("postmortems_incident_unique").on(t.incidentId)],
);

export const actionItems = sqliteTable(
  "action_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // The incident (or drill) whose postmortem or findings it came from.
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    ownerId: userRef("owner_id"),
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    priority: text("priority", { enum: ACTION_ITEM_PRIORITIES }).notNull().default("P2"),
    status: text("status", { enum: ACTION_ITEM_STATUSES }).notNull().default("open"),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("action_items_incident_idx").on(t.incidentId), index("action_items_open_due_idx").on(t.status, t.dueAt)],
);

export const drills = sqliteTable(
  "drills",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    scenario: text("scenario").notNull(),
    hypothesis: text("hypothesis").notNull().default(""),
    scheduledAt: integer("scheduled_at", { mode: "timestamp_ms" }).notNull(),
    participantIds: text("participant_ids", { mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    runbookId: integer("runbook_id").references(() => runbooks.id, { onDelete: "set null" }),
    status: text("status", { enum: DRILL_STATUSES }).notNull().default("planned"),
    incidentId: integer("incident_id").references(() => incidents.id, { onDelete: "set null" }),
    // The moment the fault was injected; time to detect runs from here to the incident's trigger.
    faultInjectedAt: integer("fault_injected_at", { mode: "timestamp_ms" }),
    detectedAt: integer("detected_at", { mode: "timestamp_ms" }),
    runbookFollowed: text("runbook_followed", { enum: RUNBOOK_FOLLOWED }),
    runbookNote: text("runbook_note").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("drills_service_idx").on(t.serviceId, t.scheduledAt), uniqueIndex("drills_incident_unique").on(t.incidentId)],
);

export const notificationWebhooks = sqliteTable("notification_webhooks", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  url: text("url").notNull(),
  format: text("format", { enum: NOTIFICATION_FORMATS }).notNull(),
  events: text("events", { mode: "json" }).$type<NotificationEvent[]>().notNull(),
  // Only incidents of this team; null = every team.
  teamId: integer("team_id").references(() => teams.id, { onDelete: "cascade" }),
  isEnabled: integer("is_enabled", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

export const notificationDeliveries = sqliteTable(
  "notification_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    webhookId: integer("webhook_id")
      .notNull()
      .references(() => notificationWebhooks.id, { onDelete: "cascade" }),
    incidentId: integer("incident_id").references(() => incidents.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: text("payload", { mode: "json" }).notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("notification_deliveries_due_idx").on(t.status, t.nextAttemptAt), index("notification_deliveries_webhook_idx").on(t.webhookId, t.createdAt)],
);


export type Incident = typeof incidents.$inferSelect;
export type TimelineEntry = typeof timelineEntries.$inferSelect;
export type Runbook = typeof runbooks.$inferSelect;
export type Postmortem = typeof postmortems.$inferSelect;
export type ActionItem = typeof actionItems.$inferSelect;
export type Drill = typeof drills.$inferSelect;
export type NotificationWebhook = typeof notificationWebhooks.$inferSelect;
export type NotificationDelivery = typeof notificationDeliveries.$inferSelect;
