// Observability cost showback: imported cost lines, the imports they came from (each can be undone as a whole), monthly
// request counts for unit costs, team budgets and saved what-if scenarios. Thresholds, tag keys and the unit price list
// are instance settings (the `settings` table). Money columns hold nano-units (lib/costs/types.ts says why).
import { sql } from "drizzle-orm";
import { customType, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { CostType, ImportFormat, PeriodKind, Signal } from "../../lib/costs/types";
import { teams, users } from "./auth";
import { services } from "./services";

/** An INTEGER of nano-units read as bigint. One line's cost is far below 2^53 nano-units; sums are read with safe integers. */
const nanos = customType<{ data: bigint; driverData: number | bigint }>({
  dataType: () => "integer",
  toDriver: (value) => value,
  fromDriver: (value) => BigInt(value),
});

export const costImportBatches = sqliteTable("cost_import_batches", {
  // A random opaque id, returned by POST /api/v1/costs as "batch".
  id: text("id").primaryKey(),
  format: text("format").$type<ImportFormat>().notNull(),
  fileName: text("file_name"),
  status: text("status").$type<"imported" | "undone">().notNull().default("imported"),
  rowsImported: integer("rows_imported").notNull(),
  rowsSkipped: integer("rows_skipped").notNull(),
  totalNanos: nanos("total_nanos").notNull(),
  currency: text("currency").notNull(),
  createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
  // Who imported, for tokens too ("token:name", "user:email").
  createdBy: text("created_by").notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  undoneAt: integer("undone_at", { mode: "timestamp_ms" }),
  undoneBy: text("undone_by"),
});

export const costRecords = sqliteTable(
  "cost_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: text("batch_id")
      .notNull()
      .references(() => costImportBatches.id, { onDelete: "cascade" }),
    // Identifies the line across imports (its normalised content and its occurrence in the file), so re-importing the same
    // rows is skipped. Undoing a batch deletes its rows, and with them their hashes.
    rowHash: text("row_hash").notNull(),
    // UTC calendar month of periodStart, "2026-11".
    month: text("month").notNull(),
    periodKind: text("period_kind").$type<PeriodKind>().notNull(),
    periodStart: integer("period_start").notNull(),
    periodEnd: integer("period_end").notNull(),
    // Catalogue slugs as the file named them, or "unallocated"; kept as text so a file may name a team before it exists.
    team: text("team").notNull(),
    service: text("service").notNull(),
    signal: text("signal").$type<Signal>().notNull(),
    costType: text("cost_type").$type<CostType>().notNull(),
    tool: text("tool").notNull(),
    provider: text("provider").notNull(),
    environment: text("environment").notNull(),
    usageQuantity: real("usage_quantity"),
    usageUnit: text("usage_unit"),
    retentionDays: integer("retention_days"),
    costNanos: nanos("cost_nanos").notNull(),
    currency: text("currency").notNull(),
  },
  (t) => [
    uniqueIndex("cost_records_row_hash_unique").on(t.rowHash),
    // Reads by month, team or service go through cost_records_showback_idx (migration 0011: month first, then currency,
    // team, service and every column a sum reads); narrower indexes on those columns only slowed every import down.
    index("cost_records_batch_idx").on(t.batchId),
  ],
);

/** Requests a service served in a month, for cost per million requests (pushed or seeded). */
export const costTraffic = sqliteTable(
  "cost_traffic",
  {
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    month: text("month").notNull(),
    requests: integer("requests").notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.month] })],
);

/** A team's monthly observability budget. */
export const costBudgets = sqliteTable("cost_budgets", {
  teamId: integer("team_id")
    .primaryKey()
    .references(() => teams.id, { onDelete: "cascade" }),
  monthlyNanos: nanos("monthly_nanos").notNull(),
  currency: text("currency").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
});

/** A saved what-if scenario: its levers and unit prices as JSON (lib/costs/whatif.ts validates and computes them). */
export const costScenarios = sqliteTable(
  "cost_scenarios",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    levers: text("levers", { mode: "json" }).$type<unknown>().notNull(),
    prices: text("prices", { mode: "json" }).$type<unknown>().notNull(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("cost_scenarios_name_unique").on(t.name)],
);

export type CostImportBatch = typeof costImportBatches.$inferSelect;
export type CostRecordRow = typeof costRecords.$inferSelect;
export type CostScenarioRow = typeof costScenarios.$inferSelect;
