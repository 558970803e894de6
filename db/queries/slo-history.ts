// Alert episodes and policy state changes: written by the evaluator, read by SLO pages and other features.
import "server-only";
import { and, desc, eq, gte, isNull, or } from "drizzle-orm";
import type { SloStatusResult } from "@/lib/slo/status";
import type { AlertChange, DataChange, PolicyChange } from "@/lib/slo/events";
import { getDb } from "../client";
import { alertEvents, policyEvents, sliDataGaps, sloStates, type AlertEvent, type PolicyEvent, type SliDataGap } from "../schema";
import type { Writer } from "./audit";
import type { SloRecord } from "./slos";

export type EvaluationChanges = { alerts: AlertChange[]; policy: PolicyChange | null; data: DataChange | null };

/** Records many SLOs' fresh statuses in one transaction (the evaluator's minute tick). */
export async function recordEvaluations(items: readonly { record: SloRecord; status: SloStatusResult }[]): Promise<EvaluationChanges[]> {
  return getDb().transaction((tx) => items.map(({ record, status }) => recordInTx(tx, record, status)));
}

/**
 * Compares a fresh status with what was recorded: opens an episode for each newly firing alert, closes
 * those that stopped, opens or closes the SLI-data-missing episode, and records a policy change.
 * Returns the changes so callers can notify.
 */
function recordInTx(tx: Writer, record: SloRecord, status: SloStatusResult): EvaluationChanges {
  const at = new Date(status.atMs);
  const open = tx.select().from(alertEvents).where(and(eq(alertEvents.sloId, record.id), isNull(alertEvents.resolvedAt))).all();
  const alertChanges: AlertChange[] = [];
  for (const alert of status.alerts) {
    const burnRate = Math.max(status.burnRates[alert.longWindow], 0);
    const episode = open.find((e) => e.severity === alert.severity && e.longWindow === alert.longWindow && e.shortWindow === alert.shortWindow);
    const change = { slo: record.slug, service: record.serviceSlug, severity: alert.severity, longWindow: alert.longWindow, shortWindow: alert.shortWindow, threshold: alert.threshold, burnRate, at };
    if (alert.firing && !episode) {
      tx.insert(alertEvents).values({ sloId: record.id, severity: alert.severity, longWindow: alert.longWindow, shortWindow: alert.shortWindow, threshold: alert.threshold, firedAt: at, peakBurnRate: burnRate }).run();
      alertChanges.push({ kind: "fired", ...change });
    } else if (alert.firing && episode && burnRate > episode.peakBurnRate) {
      tx.update(alertEvents).set({ peakBurnRate: burnRate }).where(eq(alertEvents.id, episode.id)).run();
    } else if (!alert.firing && episode && alert.state !== "unknown") {
      // "unknown" (stale, or the short window holds no data) is not "stopped": only fresh data resolves it.
      tx.update(alertEvents).set({ resolvedAt: at }).where(eq(alertEvents.id, episode.id)).run();
      alertChanges.push({ kind: "resolved", ...change });
    }
  }
  const data = recordDataGap(tx, record, status, at);
  const previous = tx.select().from(sloStates).where(eq(sloStates.sloId, record.id)).get();
  const fromState = previous?.policyState ?? "normal";
  let policyChange: PolicyChange | null = null;
  if (fromState !== status.policy.state) {
    const reasons = status.policy.reasons.map(({ rule, message }) => ({ rule, message }));
    tx.insert(policyEvents).values({ sloId: record.id, at, fromState, toState: status.policy.state, reasons }).run();
    policyChange = { slo: record.slug, service: record.serviceSlug, from: fromState, to: status.policy.state, reasons, at };
  }
  tx.insert(sloStates)
    .values({ sloId: record.id, policyState: status.policy.state, evaluatedAt: at })
    .onConflictDoUpdate({ target: sloStates.sloId, set: { policyState: status.policy.state, evaluatedAt: at } })
    .run();
  return { alerts: alertChanges, policy: policyChange, data };
}

/** One open gap per SLO at most: opened when the SLO turns stale, resolved when it is fresh again. */
function recordDataGap(tx: Writer, record: SloRecord, status: SloStatusResult, at: Date): DataChange | null {
  const open = tx.select().from(sliDataGaps).where(and(eq(sliDataGaps.sloId, record.id), isNull(sliDataGaps.resolvedAt))).get();
  const lastDataAt = status.lastDataAtMs === null ? null : new Date(status.lastDataAtMs);
  const change = { slo: record.slug, service: record.serviceSlug, lastDataAt, at };
  if (status.stale && !open) {
    tx.insert(sliDataGaps).values({ sloId: record.id, lastDataAt, detectedAt: at }).run();
    return { kind: "data_missing", ...change };
  }
  if (!status.stale && open) {
    tx.update(sliDataGaps).set({ resolvedAt: at }).where(eq(sliDataGaps.id, open.id)).run();
    return { kind: "data_restored", ...change };
  }
  return null;
}

/** SLI-data-missing episodes of an SLO that overlap [from, now], newest first. */
export async function listDataGaps(sloId: number, from: Date): Promise<SliDataGap[]> {
  return getDb()
    .select()
    .from(sliDataGaps)
    .where(and(eq(sliDataGaps.sloId, sloId), or(isNull(sliDataGaps.resolvedAt), gte(sliDataGaps.resolvedAt, from))))
    .orderBy(desc(sliDataGaps.detectedAt))
    .all();
}

/** Alert episodes of an SLO that overlap [from, now]: still open, or resolved after `from`. */
export async function listAlertEvents(sloId: number, from: Date): Promise<AlertEvent[]> {
  return getDb()
    .select()
    .from(alertEvents)
    .where(and(eq(alertEvents.sloId, sloId), or(isNull(alertEvents.resolvedAt), gte(alertEvents.resolvedAt, from))))
    .orderBy(desc(alertEvents.firedAt))
    .all();
}

export async function listPolicyEvents(sloId: number, limit = 50): Promise<PolicyEvent[]> {
  return getDb().select().from(policyEvents).where(eq(policyEvents.sloId, sloId)).orderBy(desc(policyEvents.at), desc(policyEvents.id)).limit(limit).all();
}

