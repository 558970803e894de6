// Which alerts Alertmanager has told Keel about, per incident: Alertmanager re-sends the whole group on every interval,
// and each alert's firing and resolution go on the timeline once.
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { incidents } from "./incidents";

export const incidentAlerts = sqliteTable(
  "incident_alerts",
  {
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id, { onDelete: "cascade" }),
    // Alertmanager's fingerprint of the alert's label set.
    fingerprint: text("fingerprint").notNull(),
    status: text("status", { enum: ["firing", "resolved"] }).notNull(),
    // A firing that stops and starts again is a new firing (a new start).
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.fingerprint, t.status, t.startsAt] })],
);
