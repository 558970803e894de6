// Automatic readiness checks: each CHECK_KIND evaluated from plain facts about one service at an instant, to a pass or
// fail in plain words with the evidence behind it. The server gathers the facts through the SLO, incident and on-call
// reads; nothing here reads a table.
import { TZDate } from "@date-fns/tz";
import { subMonths } from "date-fns";
import { formatMinutes } from "../incidents/view/format";
import type { DrillTimings } from "../incidents/drills";
import { DEFAULT_ALERT_WINDOWS, type AlertWindowSpec } from "../slo/types";
import type { AutomaticCheck, CheckEvidence, CheckResult } from "./types";

const DAY_MS = 86_400_000;

export type SloFacts = {
  slug: string;
  name: string;
  /** The SLO's own burn-rate alert windows; null = the SLO engine's defaults. */
  alertWindows: readonly AlertWindowSpec[] | null;
  /** Share of the error budget left (≤ 0 = exhausted); null when unknown. */
  budgetRemaining: number | null;
};

export type ActionItemFacts = { id: number; title: string; status: string; dueAtMs: number | null; incidentNumber: number };

export type DrillFacts = {
  id: number;
  title: string;
  status: "planned" | "running" | "completed" | "cancelled";
  /** When it ran: the fault's injection (or its incident's start); null while only planned. */
  ranAtMs: number | null;
  timings: DrillTimings;
};

export type ServiceFacts = {
  service: { slug: string; name: string };
  team: { slug: string; name: string };
  slos: readonly SloFacts[];
  runbooks: readonly { slug: string; title: string }[];
  /** The owning team's schedules and everyone's shifts from now to at least the longest coverage asked for. */
  oncall: { schedules: readonly { slug: string; name: string }[]; shifts: readonly { fromMs: number; untilMs: number }[] };
  /** The open postmortem action items of the service's incidents. */
  actionItems: readonly ActionItemFacts[];
  drills: readonly DrillFacts[];
};

/** The policy's defaults for checks that do not name their own parameters. */
export type CheckDefaults = { oncallCoverageDays: number; drillWithinMonths: number };

const pass = (message: string, evidence: CheckEvidence[] = []): CheckResult => ({ status: "pass", message, evidence });
const fail = (message: string, evidence: CheckEvidence[] = []): CheckResult => ({ status: "fail", message, evidence });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const names = (list: readonly { name: string }[]) => list.map((x) => x.name).join(", ");
/** An instant in plain UTC words, e.g. "2026-12-09 18:00 UTC" (stored in the result, so not in a reader's zone). */
export const utcWords = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
const sloLink = (slo: SloFacts): CheckEvidence => ({ label: slo.name, href: `/slos/${slo.slug}` });

/** Whether an SLO pages on a fast burn: its alert windows (or the engine's defaults) include a page-severity one. */
export const pagesOnBurn = (slo: SloFacts) => (slo.alertWindows ?? DEFAULT_ALERT_WINDOWS).some((w) => w.severity === "page");

function sloDefined(f: ServiceFacts): CheckResult {
  if (!f.slos.length) return fail(`${f.service.name} has no SLO. Define at least one so its reliability target is explicit.`);
  return pass(`${f.service.name} has ${plural(f.slos.length, "SLO")}.`, f.slos.map(sloLink));
}

function burnRateAlerting(f: ServiceFacts): CheckResult {
  if (!f.slos.length) return fail(`${f.service.name} has no SLO, so nothing alerts on its error budget burn rate.`);
  const silent = f.slos.filter((slo) => !pagesOnBurn(slo));
  if (silent.length) return fail(`No page-severity burn-rate alert on: ${names(silent)}.`, silent.map(sloLink));
  return pass(`Every SLO pages on a fast error budget burn (${plural(f.slos.length, "SLO")}).`, f.slos.map(sloLink));
}

function runbook(f: ServiceFacts): CheckResult {
  if (!f.runbooks.length) return fail(`${f.service.name} has no runbook. Write one for its likely failures.`);
  return pass(`${f.service.name} has ${plural(f.runbooks.length, "runbook")}.`, f.runbooks.map((r) => ({ label: r.title, href: `/services/${f.service.slug}/runbooks/${r.slug}` })));
}

/** The first stretch of [fromMs, toMs) that no shift covers, or null when the shifts cover all of it. */
export function firstGap(shifts: readonly { fromMs: number; untilMs: number }[], fromMs: number, toMs: number): { fromMs: number; untilMs: number } | null {
  let covered = fromMs;
  for (const shift of [...shifts].sort((a, b) => a.fromMs - b.fromMs)) {
    if (covered >= toMs) break;
    if (shift.fromMs > covered) return { fromMs: covered, untilMs: Math.min(shift.fromMs, toMs) };
    covered = Math.max(covered, shift.untilMs);
  }
  return covered < toMs ? { fromMs: covered, untilMs: toMs } : null;
}

function oncallCoverage(f: ServiceFacts, nowMs: number, days: number): CheckResult {
  const evidence = f.oncall.schedules.map((s) => ({ label: s.name, href: `/oncall/${s.slug}` }));
  if (!f.oncall.schedules.length) return fail(`Team ${f.team.name} has no on-call schedule.`);
  const gap = firstGap(f.oncall.shifts, nowMs, nowMs + days * DAY_MS);
  if (gap) return fail(`Nobody of team ${f.team.name} is on call from ${utcWords(gap.fromMs)} to ${utcWords(gap.untilMs)} (the next ${plural(days, "day")} must be covered).`, evidence);
  return pass(`Team ${f.team.name}'s on-call covers the next ${plural(days, "day")}.`, evidence);
}

const isOpen = (status: string) => status === "open" || status === "in_progress";

function noOverdueActionItems(f: ServiceFacts, nowMs: number): CheckResult {
  const overdue = f.actionItems.filter((item) => isOpen(item.status) && item.dueAtMs !== null && item.dueAtMs < nowMs).sort((a, b) => a.dueAtMs! - b.dueAtMs!);
  if (overdue.length) {
    return fail(
      `${plural(overdue.length, "postmortem action item")} past due: ${overdue.map((i) => `"${i.title}"`).join(", ")}.`,
      overdue.map((i) => ({ label: `#${i.incidentNumber}: ${i.title} (due ${utcWords(i.dueAtMs!)})`, href: `/incidents/${i.incidentNumber}` })),
    );
  }
  return pass(`No postmortem action item of ${f.service.name} is past due.`, [{ label: "Action items", href: "/action-items" }]);
}

function noExhaustedBudget(f: ServiceFacts): CheckResult {
  const exhausted = f.slos.filter((slo) => slo.budgetRemaining !== null && slo.budgetRemaining <= 0);
  if (exhausted.length) return fail(`Error budget exhausted: ${names(exhausted)}.`, exhausted.map(sloLink));
  if (!f.slos.length) return pass(`${f.service.name} has no SLO, so no error budget is exhausted.`);
  return pass(`Every SLO of ${f.service.name} has error budget left.`, f.slos.map(sloLink));
}

let lastCutoff: { nowMs: number; months: number; cutoffMs: number } | null = null;

/**
 * The drill check's cut-off: the same instant `months` calendar months before now, counted in UTC (date-fns subMonths on
 * the UTC instant; the 31st of a month becomes the last day of a shorter one). A drill run at or after it passes, so one
 * exactly `months` months old passes and one a day older fails.
 */
export function drillCutoffMs(nowMs: number, months: number): number {
  // The scorecard asks for the same cut-off once per service: remember the last one (the time zone arithmetic is not free).
  if (lastCutoff?.nowMs !== nowMs || lastCutoff.months !== months) lastCutoff = { nowMs, months, cutoffMs: subMonths(new TZDate(nowMs, "UTC"), months).getTime() };
  return lastCutoff.cutoffMs;
}

function timingWords(t: DrillTimings): string {
  const parts = [
    t.detectMinutes === null ? null : `detected in ${formatMinutes(t.detectMinutes)}`,
    t.acknowledgeMinutes === null ? null : `acknowledged in ${formatMinutes(t.acknowledgeMinutes)}`,
    t.escalateMinutes === null ? null : `escalated in ${formatMinutes(t.escalateMinutes)}`,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : "no timings recorded";
}

function recentDrill(f: ServiceFacts, nowMs: number, months: number): CheckResult {
  const cutoff = drillCutoffMs(nowMs, months);
  const run = f.drills
    .filter((d): d is DrillFacts & { ranAtMs: number } => (d.status === "running" || d.status === "completed") && d.ranAtMs !== null && d.ranAtMs <= nowMs)
    .sort((a, b) => b.ranAtMs - a.ranAtMs);
  const latest = run[0];
  const within = `in the last ${plural(months, "month")}`;
  if (!latest) {
    const planned = f.drills.some((d) => d.status === "planned");
    return fail(`No drill or game day of ${f.service.name} has run${planned ? " (one is planned, which does not count)" : ""}. One must have run ${within}.`);
  }
  const evidence = [{ label: `${latest.title}, run ${utcWords(latest.ranAtMs)}: ${timingWords(latest.timings)}`, href: `/drills/${latest.id}` }];
  if (latest.ranAtMs < cutoff) return fail(`The latest drill of ${f.service.name} ran ${utcWords(latest.ranAtMs)}, more than ${plural(months, "month")} ago. Run one ${within}.`, evidence);
  return pass(`A drill of ${f.service.name} ran ${utcWords(latest.ranAtMs)}, ${within}: ${timingWords(latest.timings)}.`, evidence);
}

/** One automatic check's result for a service at `nowMs`. */
export function evaluateCheck(check: AutomaticCheck, facts: ServiceFacts, nowMs: number, defaults: CheckDefaults): CheckResult {
  switch (check.kind) {
    case "slo_defined":
      return sloDefined(facts);
    case "burn_rate_alerting":
      return burnRateAlerting(facts);
    case "runbook":
      return runbook(facts);
    case "oncall_coverage":
      return oncallCoverage(facts, nowMs, check.days ?? defaults.oncallCoverageDays);
    case "no_overdue_action_items":
      return noOverdueActionItems(facts, nowMs);
    case "no_exhausted_budget":
      return noExhaustedBudget(facts);
    case "recent_drill":
      return recentDrill(facts, nowMs, check.months ?? defaults.drillWithinMonths);
  }
}
