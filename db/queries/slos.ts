// SLO definitions: list, read, create, update, delete — every change audited.
import "server-only";
import { eq } from "drizzle-orm";
import type { SloDefinition } from "@/lib/slo/status";
import type { SloInput } from "@/lib/slo/schemas";
import { DEFAULT_REVIEW_CADENCE_DAYS } from "@/lib/slo/schemas";
import { DEFAULT_STALE_AFTER_MINUTES } from "@/lib/slo/freshness";
import type { AlertWindowSpec, SloWindow } from "@/lib/slo/types";
import { getConnection, getDb } from "../client";
import { services, slos, teams, type Slo } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";
import { recomputeRunningSumsInTransaction } from "./sli-write";

export type SloRecord = Slo & { serviceSlug: string; serviceName: string; serviceTier: number; teamId: number; teamSlug: string; teamName: string };

const columns = {
  slo: slos,
  serviceSlug: services.slug,
  serviceName: services.name,
  serviceTier: services.tier,
  teamId: teams.id,
  teamSlug: teams.slug,
  teamName: teams.name,
};

function flatten(row: { slo: Slo; serviceSlug: string; serviceName: string; serviceTier: number; teamId: number; teamSlug: string; teamName: string }): SloRecord {
  const { slo, ...rest } = row;
  return { ...slo, ...rest };
}

export type SloFilter = { service?: string; team?: string };

type SloRow = {
  id: number;
  slug: string;
  service_id: number;
  name: string;
  description: string;
  sli_kind: Slo["sliKind"];
  latency_threshold_ms: number | null;
  target: number;
  window_kind: Slo["windowKind"];
  window_days: number | null;
  calendar_unit: Slo["calendarUnit"];
  time_zone: string;
  budgeting_method: Slo["budgetingMethod"];
  timeslice_target: number | null;
  segment: string | null;
  alert_windows: string | null;
  policy: string | null;
  source: string;
  review_cadence_days: number;
  stale_after_minutes: number | null;
  incident_on_page: Slo["incidentOnPage"];
  incident_on_stale: number;
  created_at: number;
  updated_at: number;
  service_slug: string;
  service_name: string;
  service_tier: number;
  team_id: number;
  team_slug: string;
  team_name: string;
};

const LIST_SQL = `SELECT s.*, sv.slug AS service_slug, sv.name AS service_name, sv.tier AS service_tier, t.id AS team_id, t.slug AS team_slug, t.name AS team_name
  FROM slos s JOIN services sv ON sv.id = s.service_id JOIN teams t ON t.id = sv.team_id
  WHERE (@service IS NULL OR sv.slug = @service) AND (@team IS NULL OR t.slug = @team) ORDER BY s.slug`;

const listStatements = new WeakMap<object, { all: (service: string | null, team: string | null) => SloRow[] }>();

function fromRow(row: SloRow): SloRecord {
  return {
    id: row.id,
    slug: row.slug,
    serviceId: row.service_id,
    name: row.name,
    description: row.description,
    sliKind: row.sli_kind,
    latencyThresholdMs: row.latency_threshold_ms,
    target: row.target,
    windowKind: row.window_kind,
    windowDays: row.window_days,
    calendarUnit: row.calendar_unit,
    timeZone: row.time_zone,
    budgetingMethod: row.budgeting_method,
    timesliceTarget: row.timeslice_target,
    segment: row.segment,
    alertWindows: row.alert_windows === null ? null : JSON.parse(row.alert_windows),
    policy: row.policy === null ? null : JSON.parse(row.policy),
    source: JSON.parse(row.source),
    reviewCadenceDays: row.review_cadence_days,
    staleAfterMinutes: row.stale_after_minutes,
    incidentOnPage: row.incident_on_page,
    incidentOnStale: row.incident_on_stale === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    serviceSlug: row.service_slug,
    serviceName: row.service_name,
    serviceTier: row.service_tier,
    teamId: row.team_id,
    teamSlug: row.team_slug,
    teamName: row.team_name,
  };
}

/**
 * Every SLO with its service and team. A hand-written prepared statement rather than the query builder:
 * status pages and the evaluator list all SLOs every time, and building and mapping 1,000 rows through
 * the builder cost more than computing their statuses' arithmetic.
 */
export async function listSlos(filter: SloFilter = {}): Promise<SloRecord[]> {
  const { sqlite } = getConnection();
  let statement = listStatements.get(sqlite);
  if (!statement) {
    const prepared = sqlite.prepare<[{ service: string | null; team: string | null }], SloRow>(LIST_SQL);
    statement = { all: (service, team) => prepared.all({ service, team }) };
    listStatements.set(sqlite, statement);
  }
  return statement.all(filter.service ?? null, filter.team ?? null).map(fromRow);
}

export async function findSloBySlug(slug: string): Promise<SloRecord | undefined> {
  const row = getDb()
    .select(columns)
    .from(slos)
    .innerJoin(services, eq(services.id, slos.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(eq(slos.slug, slug))
    .get();
  return row ? flatten(row) : undefined;
}

export function windowOf(slo: Slo): SloWindow {
  if (slo.windowKind === "rolling") return { kind: "rolling", days: slo.windowDays ?? 30 };
  return { kind: "calendar", unit: slo.calendarUnit ?? "month", timeZone: slo.timeZone };
}

export function definitionOf(record: SloRecord): SloDefinition {
  return {
    slug: record.slug,
    name: record.name,
    service: record.serviceSlug,
    team: record.teamSlug,
    sliKind: record.sliKind,
    target: record.target,
    window: windowOf(record),
    budgetingMethod: record.budgetingMethod,
    timesliceTarget: record.timesliceTarget,
    alertWindows: (record.alertWindows as AlertWindowSpec[] | null) ?? null,
    policy: record.policy ?? null,
    staleAfterMinutes: record.staleAfterMinutes,
  };
}

/** The SLO as the API's definition body (what POST/PUT take and OpenSLO export starts from). */
export function definitionToJson(record: SloRecord) {
  return {
    slug: record.slug,
    name: record.name,
    service: record.serviceSlug,
    description: record.description,
    sliKind: record.sliKind,
    latencyThresholdMs: record.latencyThresholdMs,
    target: record.target,
    window: windowOf(record),
    budgetingMethod: record.budgetingMethod,
    timesliceTarget: record.timesliceTarget,
    segment: record.segment,
    source: record.source,
    alertWindows: record.alertWindows,
    policy: record.policy,
    reviewCadenceDays: record.reviewCadenceDays,
    staleAfterMinutes: record.staleAfterMinutes,
    incidentOnPage: record.incidentOnPage,
    incidentOnStale: record.incidentOnStale,
  };
}

function columnsOf(input: SloInput, serviceId: number) {
  return {
    slug: input.slug,
    serviceId,
    name: input.name,
    description: input.description ?? "",
    sliKind: input.sliKind,
    latencyThresholdMs: input.latencyThresholdMs ?? null,
    target: input.target,
    windowKind: input.window.kind,
    windowDays: input.window.kind === "rolling" ? input.window.days : null,
    calendarUnit: input.window.kind === "calendar" ? input.window.unit : null,
    timeZone: input.window.kind === "calendar" ? input.window.timeZone : "UTC",
    budgetingMethod: input.budgetingMethod,
    timesliceTarget: input.timesliceTarget ?? null,
    segment: input.segment ?? null,
    alertWindows: input.alertWindows ?? null,
    policy: input.policy ?? null,
    source: input.source ?? { kind: "push" as const },
    reviewCadenceDays: input.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS,
    // Omitted means the default; null is kept: it means "never stale".
    staleAfterMinutes: input.staleAfterMinutes === undefined ? DEFAULT_STALE_AFTER_MINUTES : input.staleAfterMinutes,
    // Omitted: the column's default on create, unchanged on update.
    ...(input.incidentOnPage === undefined ? {} : { incidentOnPage: input.incidentOnPage }),
    ...(input.incidentOnStale === undefined ? {} : { incidentOnStale: input.incidentOnStale }),
  };
}

export async function createSlo(input: SloInput, serviceId: number, actor: Actor): Promise<Slo> {
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: slos.id }).from(slos).where(eq(slos.slug, input.slug)).get()) {
      throw new ConflictError(`An SLO with slug "${input.slug}" already exists`, "slug");
    }
    const created = tx.insert(slos).values(columnsOf(input, serviceId)).returning().get();
    writeAudit(tx, actor, { action: "slo.create", entity: "slo", entityId: created.slug, after: created });
    return created;
  });
}

/** Replaces the definition, and rebuilds its running sums in the same transaction when the timeslice target changed. */
export async function updateSlo(id: number, input: SloInput, serviceId: number, actor: Actor): Promise<Slo | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(slos).where(eq(slos.id, id)).get();
    if (!before) return undefined;
    if (input.slug !== before.slug && tx.select({ id: slos.id }).from(slos).where(eq(slos.slug, input.slug)).get()) {
      throw new ConflictError(`An SLO with slug "${input.slug}" already exists`, "slug");
    }
    const after = tx
      .update(slos)
      .set({ ...columnsOf(input, serviceId), updatedAt: new Date() })
      .where(eq(slos.id, id))
      .returning()
      .get();
    if (before.timesliceTarget !== after.timesliceTarget) recomputeRunningSumsInTransaction(after.id, after.timesliceTarget);
    writeAudit(tx, actor, { action: "slo.update", entity: "slo", entityId: after.slug, before, after });
    return after;
  });
}

export async function deleteSlo(id: number, actor: Actor): Promise<boolean> {
  const db = getDb();
  return db.transaction((tx) => {
    const before = tx.select().from(slos).where(eq(slos.id, id)).get();
    if (!before) return false;
    // Its minute data, alert and policy history go with it (ON DELETE CASCADE).
    tx.delete(slos).where(eq(slos.id, id)).run();
    writeAudit(tx, actor, { action: "slo.delete", entity: "slo", entityId: before.slug, before });
    return true;
  });
}

/** Demo seed only: an SLO that has existed as long as its history. */
export async function backdateSlo(id: number, createdAt: Date): Promise<void> {
  getDb().update(slos).set({ createdAt }).where(eq(slos.id, id)).run();
}
