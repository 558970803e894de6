// SLO definitions: list, read, create, update, delete — every change audited.
import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { SloDefinition } from "@/lib/slo/status";
import type { SloInput } from "@/lib/slo/schemas";
import { DEFAULT_REVIEW_CADENCE_DAYS } from "@/lib/slo/schemas";
import type { AlertWindowSpec, SloWindow } from "@/lib/slo/types";
import { getDb } from "../client";
import { services, slos, teams, type Slo } from "../schema";
import { writeAudit, type Actor } from "./audit";
import { ConflictError } from "./errors";

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

export async function listSlos(filter: SloFilter = {}): Promise<SloRecord[]> {
  const conditions: SQL[] = [];
  if (filter.service) conditions.push(eq(services.slug, filter.service));
  if (filter.team) conditions.push(eq(teams.slug, filter.team));
  return getDb()
    .select(columns)
    .from(slos)
    .innerJoin(services, eq(services.id, slos.serviceId))
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(slos.slug))
    .all()
    .map(flatten);
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

/** Replaces the definition; returns whether the timeslice target changed (running sums then need recomputing). */
export async function updateSlo(id: number, input: SloInput, serviceId: number, actor: Actor): Promise<{ slo: Slo; timesliceTargetChanged: boolean } | undefined> {
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
    writeAudit(tx, actor, { action: "slo.update", entity: "slo", entityId: after.slug, before, after });
    return { slo: after, timesliceTargetChanged: before.timesliceTarget !== after.timesliceTarget };
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
