// Evaluating automatic checks: gather the facts of many services at once through the catalogue, SLO, incident and on-call
// reads (never their tables), a fixed number of reads whatever the number of services and only the facts the checks ask
// for, then judge each check with the pure rules. One review's checks are the same path with one service.
import "server-only";
import type { DrillRun } from "@/db/queries/drills";
import type { ServiceWithTeam } from "@/db/queries/services";
import { drillTimings } from "@/lib/incidents/drills";
import { evaluateCheck, type CheckDefaults, type ServiceFacts } from "@/lib/readiness/checks";
import type { AutomaticCheck, CheckKind, CheckResult } from "@/lib/readiness/types";
import { serviceById } from "../catalog/services";
import { openActionItemsOfServices } from "../incidents/action-items";
import { drillsRunOfServices } from "../incidents/drills";
import { runbooksOfServices } from "../incidents/runbooks";
import { teamsShiftsBetween } from "../oncall/reads";
import { sloBudgetsOfServices, slosOfServices } from "../slo/reads";
import { notFound } from "../errors";
import { readinessPolicy } from "./policy";

const DAY_MS = 86_400_000;

type CheckedService = Pick<ServiceWithTeam, "id" | "slug" | "name" | "teamId" | "teamSlug" | "teamName">;
type ItemCheck = { itemKey: string; check: AutomaticCheck };
/** One service and the automatic checks of its review's items. */
export type ServiceChecks = { service: CheckedService; checks: readonly ItemCheck[] };

function drillFacts(drill: DrillRun): ServiceFacts["drills"][number] {
  const i = drill.incident;
  return {
    id: drill.id,
    title: drill.title,
    status: drill.status,
    // When the fault was injected; a drill without that instant ran when its incident opened.
    ranAtMs: (drill.faultInjectedAt ?? i?.startedAt ?? null)?.getTime() ?? null,
    timings: drillTimings({ faultInjectedAt: drill.faultInjectedAt, triggeredAt: i?.startedAt ?? null, acknowledgedAt: i?.acknowledgedAt ?? null, escalatedAt: i?.escalatedAt ?? null, resolvedAt: i?.resolvedAt ?? null }),
  };
}

/** What one service's checks ask for: the kinds, and how many days of on-call coverage (0: none). */
function needs(checks: readonly ItemCheck[], defaults: CheckDefaults): { kinds: Set<CheckKind>; days: number } {
  const kinds = new Set(checks.map((c) => c.check.kind));
  const days = Math.max(0, ...checks.map((c) => c.check).filter((c) => c.kind === "oncall_coverage").map((c) => c.days ?? defaults.oncallCoverageDays));
  return { kinds, days };
}

/** The facts of every requested service its checks need, read at `nowMs` (the other facts are left empty). */
async function gatherFacts(requests: readonly ServiceChecks[], nowMs: number, defaults: CheckDefaults): Promise<Map<number, ServiceFacts>> {
  const wants = requests.map((r) => ({ service: r.service, ...needs(r.checks, defaults) }));
  const ids = (test: (w: (typeof wants)[number]) => boolean) => wants.filter(test).map((w) => w.service.id);
  const budgetIds = ids((w) => w.kinds.has("no_exhausted_budget"));
  const sloIds = ids((w) => !w.kinds.has("no_exhausted_budget") && (w.kinds.has("slo_defined") || w.kinds.has("burn_rate_alerting")));
  const days = Math.max(0, ...wants.map((w) => w.days));
  const teamIds = [...new Set(wants.filter((w) => w.days > 0).map((w) => w.service.teamId))];
  const [budgets, records, runbooks, oncall, actionItems, drills] = await Promise.all([
    sloBudgetsOfServices(budgetIds, nowMs),
    slosOfServices(sloIds),
    runbooksOfServices(ids((w) => w.kinds.has("runbook"))),
    teamsShiftsBetween({ teamIds, from: new Date(nowMs), to: new Date(nowMs + days * DAY_MS) }),
    openActionItemsOfServices(ids((w) => w.kinds.has("no_overdue_action_items"))),
    drillsRunOfServices(ids((w) => w.kinds.has("recent_drill"))),
  ]);
  const slos = new Map<number, ServiceFacts["slos"][number][]>();
  const addSlo = (serviceId: number, slo: ServiceFacts["slos"][number]) => slos.set(serviceId, [...(slos.get(serviceId) ?? []), slo]);
  // The whole period's budget (calendar windows), the window's own for rolling ones.
  for (const { record, periodBudget } of budgets) addSlo(record.serviceId, { slug: record.slug, name: record.name, alertWindows: record.alertWindows, budgetRemaining: periodBudget.remaining });
  for (const record of records) addSlo(record.serviceId, { slug: record.slug, name: record.name, alertWindows: record.alertWindows, budgetRemaining: null });

  const facts = new Map<number, ServiceFacts>();
  for (const { service, days: own } of wants) {
    const team = own > 0 ? oncall.get(service.teamId) : undefined;
    facts.set(service.id, {
      service: { slug: service.slug, name: service.name },
      team: { slug: service.teamSlug, name: service.teamName },
      slos: slos.get(service.id) ?? [],
      runbooks: (runbooks.get(service.id) ?? []).map((r) => ({ slug: r.slug, title: r.title })),
      oncall: team
        ? { schedules: team.schedules.map((s) => ({ slug: s.slug, name: s.name })), shifts: team.shifts.map((s) => ({ fromMs: s.from.getTime(), untilMs: s.until.getTime() })) }
        : { schedules: [], shifts: [] },
      actionItems: (actionItems.get(service.id) ?? []).map((a) => ({ id: a.id, title: a.title, status: a.status, dueAtMs: a.dueAt?.getTime() ?? null, incidentNumber: a.incidentNumber })),
      drills: (drills.get(service.id) ?? []).map(drillFacts),
    });
  }
  return facts;
}

/**
 * The automatic checks of many services evaluated at `nowMs` with a fixed number of reads: per service id, each item's
 * result keyed by the item's key (services without checks are left out).
 */
export async function evaluateChecksOfServices(requests: readonly ServiceChecks[], nowMs: number): Promise<Map<number, Map<string, CheckResult>>> {
  const wanted = requests.filter((r) => r.checks.length);
  const results = new Map<number, Map<string, CheckResult>>();
  if (!wanted.length) return results;
  const policy = await readinessPolicy();
  const defaults: CheckDefaults = { oncallCoverageDays: policy.oncallCoverageDays, drillWithinMonths: policy.drillWithinMonths };
  const facts = await gatherFacts(wanted, nowMs, defaults);
  for (const { service, checks } of wanted) {
    const own = new Map<string, CheckResult>();
    for (const { itemKey, check } of checks) own.set(itemKey, evaluateCheck(check, facts.get(service.id)!, nowMs, defaults));
    results.set(service.id, own);
  }
  return results;
}

/** Each item's automatic check evaluated for the service at `nowMs`, keyed by the item's key; 404 for an unknown service. */
export async function evaluateChecks(serviceId: number, checks: ItemCheck[], nowMs: number): Promise<Map<string, CheckResult>> {
  if (!checks.length) return new Map();
  const service = await serviceById(serviceId);
  if (!service) throw notFound(`No service ${serviceId}`);
  return (await evaluateChecksOfServices([{ service, checks }], nowMs)).get(service.id) ?? new Map();
}
