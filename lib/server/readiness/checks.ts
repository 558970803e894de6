// Evaluating a review's automatic checks: gather the service's facts through the catalogue, SLO, incident and on-call
// reads (never their tables), only the facts the checks asked for, then judge each check with the pure rules.
import "server-only";
import { drillTimings } from "@/lib/incidents/drills";
import { evaluateCheck, type ServiceFacts } from "@/lib/readiness/checks";
import type { AutomaticCheck, CheckKind, CheckResult } from "@/lib/readiness/types";
import { serviceById } from "../catalog/services";
import { openActionItemsOfService } from "../incidents/action-items";
import { drillsRunOfService } from "../incidents/drills";
import { serviceRunbooks } from "../incidents/runbooks";
import { teamShiftsBetween } from "../oncall/reads";
import { serviceSlos, serviceSloStatuses } from "../slo/reads";
import { notFound } from "../errors";
import { readinessPolicy } from "./policy";

const DAY_MS = 86_400_000;

type ServiceRef = NonNullable<Awaited<ReturnType<typeof serviceById>>>;

async function sloFacts(service: ServiceRef, kinds: Set<CheckKind>, nowMs: number): Promise<ServiceFacts["slos"]> {
  if (kinds.has("no_exhausted_budget")) {
    return (await serviceSloStatuses(service.slug, nowMs)).map(({ record, status }) => ({
      slug: record.slug,
      name: record.name,
      alertWindows: record.alertWindows,
      // The whole period's budget (calendar windows), the window's own for rolling ones.
      budgetRemaining: status.periodBudget.remaining,
    }));
  }
  if (kinds.has("slo_defined") || kinds.has("burn_rate_alerting")) {
    return (await serviceSlos(service.slug)).map((record) => ({ slug: record.slug, name: record.name, alertWindows: record.alertWindows, budgetRemaining: null }));
  }
  return [];
}

async function oncallFacts(service: ServiceRef, days: number, nowMs: number): Promise<ServiceFacts["oncall"]> {
  if (days <= 0) return { schedules: [], shifts: [] };
  const { schedules, shifts } = await teamShiftsBetween({ teamId: service.teamId, from: new Date(nowMs), to: new Date(nowMs + days * DAY_MS) });
  return { schedules: schedules.map((s) => ({ slug: s.slug, name: s.name })), shifts: shifts.map((s) => ({ fromMs: s.from.getTime(), untilMs: s.until.getTime() })) };
}

async function drillFacts(service: ServiceRef): Promise<ServiceFacts["drills"]> {
  return (await drillsRunOfService(service.id)).map((drill) => {
    const i = drill.incident;
    return {
      id: drill.id,
      title: drill.title,
      status: drill.status,
      // When the fault was injected; a drill without that instant ran when its incident opened.
      ranAtMs: (drill.faultInjectedAt ?? i?.startedAt ?? null)?.getTime() ?? null,
      timings: drillTimings({ faultInjectedAt: drill.faultInjectedAt, triggeredAt: i?.startedAt ?? null, acknowledgedAt: i?.acknowledgedAt ?? null, escalatedAt: i?.escalatedAt ?? null, resolvedAt: i?.resolvedAt ?? null }),
    };
  });
}

/** The facts of a service the given checks need, read at `nowMs` (the other facts are left empty). */
async function gatherFacts(service: ServiceRef, checks: readonly AutomaticCheck[], nowMs: number, defaultDays: number): Promise<ServiceFacts> {
  const kinds = new Set(checks.map((c) => c.kind));
  const days = Math.max(0, ...checks.filter((c) => c.kind === "oncall_coverage").map((c) => c.days ?? defaultDays));
  const [slos, runbooks, oncall, actionItems, drills] = await Promise.all([
    sloFacts(service, kinds, nowMs),
    kinds.has("runbook") ? serviceRunbooks(service.slug) : Promise.resolve([]),
    oncallFacts(service, days, nowMs),
    kinds.has("no_overdue_action_items") ? openActionItemsOfService(service.id) : Promise.resolve([]),
    kinds.has("recent_drill") ? drillFacts(service) : Promise.resolve([]),
  ]);
  return {
    service: { slug: service.slug, name: service.name },
    team: { slug: service.teamSlug, name: service.teamName },
    slos,
    runbooks: runbooks.map((r) => ({ slug: r.slug, title: r.title })),
    oncall,
    actionItems: actionItems.map((a) => ({ id: a.id, title: a.title, status: a.status, dueAtMs: a.dueAt?.getTime() ?? null, incidentNumber: a.incidentNumber })),
    drills,
  };
}

/** Each item's automatic check evaluated for the service at `nowMs`, keyed by the item's key; 404 for an unknown service. */
export async function evaluateChecks(serviceId: number, checks: { itemKey: string; check: AutomaticCheck }[], nowMs: number): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>();
  if (!checks.length) return results;
  const service = await serviceById(serviceId);
  if (!service) throw notFound(`No service ${serviceId}`);
  const policy = await readinessPolicy();
  const defaults = { oncallCoverageDays: policy.oncallCoverageDays, drillWithinMonths: policy.drillWithinMonths };
  const facts = await gatherFacts(service, checks.map((c) => c.check), nowMs, defaults.oncallCoverageDays);
  for (const { itemKey, check } of checks) results.set(itemKey, evaluateCheck(check, facts, nowMs, defaults));
  return results;
}
