// What the overview shows, derived from the status API's objects: counts by status, trouble, freezes, alerts, fastest burners.
import type { SloRow } from "./rows";
import { formatBurnRate } from "../format";
import { periodBudgetWords } from "../period";
import { byTrouble } from "./rows";
import type { SloWindow } from "../types";

export type StatusObject = {
  slug: string;
  name: string;
  service: string;
  serviceName: string;
  team: string;
  segment: string | null;
  target: number;
  sli: number | null;
  errorBudget: { consumed: number; remaining: number };
  burnRates: Record<string, number>;
  alerts: { severity: "page" | "ticket"; longWindow: string; shortWindow: string; threshold: number; firing: boolean; state?: "firing" | "ok" | "unknown" }[];
  status: string;
  /** `warmUpUntil` is set while the SLO is in its warm-up: the state is advisory and does not close the gate. */
  policy: { state: string; reasons: { rule: string; message: string }[]; warmUpUntil?: string | null };
  forecast: { daysLeft: number | null; exhaustionAt: string | null };
  // Optional: a server one release older than the page answers without them.
  window?: SloWindow;
  windowStart?: string;
  evaluatedAt?: string;
  periodBudget?: { consumed: number; remaining: number };
  lastDataAt?: string | null;
  stale?: boolean;
};

function periodOf(s: StatusObject) {
  if (!s.window || !s.windowStart || !s.evaluatedAt || !s.periodBudget) return null;
  return periodBudgetWords({
    window: s.window,
    windowStartMs: Date.parse(s.windowStart),
    atMs: Date.parse(s.evaluatedAt),
    errorBudget: s.errorBudget,
    periodBudget: s.periodBudget,
    hasData: s.sli !== null,
  });
}

/** "2026-12-02 10:42 UTC": the same text on the server and in the browser, so hydration agrees. */
const utcMinute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

export function rowOf(s: StatusObject): SloRow {
  return {
    slug: s.slug,
    name: s.name,
    service: s.service,
    serviceName: s.serviceName,
    team: s.team,
    segment: s.segment,
    target: s.target,
    sli: s.sli,
    remaining: s.errorBudget.remaining,
    budgetLeft: s.periodBudget?.remaining ?? s.errorBudget.remaining,
    period: periodOf(s),
    stale: s.stale ?? false,
    lastDataAt: s.lastDataAt ?? null,
    burn1h: s.burnRates["1h"] ?? 0,
    status: s.status,
    policy: s.policy.state,
    warmUpUntil: s.policy.warmUpUntil ?? null,
  };
}

/**
 * Why an SLO is in trouble: missing data, then at most two of the spent budget, a firing page alert and
 * the other policy reasons.
 */
export function troubleReason(s: StatusObject): string {
  const reasons: string[] = [];
  const exhausted = s.policy.reasons.find((r) => r.rule === "budget_exhausted");
  if (s.status === "breached") reasons.push(exhausted?.message ?? "The error budget of this window is spent.");
  const page = s.alerts.filter((a) => a.firing && a.severity === "page").sort((a, b) => (s.burnRates[b.longWindow] ?? 0) - (s.burnRates[a.longWindow] ?? 0))[0];
  if (page) {
    reasons.push(`Page alert: burning ${formatBurnRate(s.burnRates[page.longWindow] ?? 0)} over ${page.longWindow} and ${formatBurnRate(s.burnRates[page.shortWindow] ?? 0)} over ${page.shortWindow} (threshold ${formatBurnRate(page.threshold)}).`);
  }
  for (const reason of s.policy.reasons) {
    if (reason.rule === "page_alert" && page) continue;
    if (reason.rule === "budget_exhausted" && s.status === "breached") continue;
    reasons.push(reason.message);
  }
  // Missing data comes first and on top of the two budget reasons: it says how far the others can be trusted.
  const missing = s.stale ? [s.lastDataAt ? `No SLI data since ${utcMinute(s.lastDataAt)}.` : "No SLI data."] : [];
  // A new SLO's trouble does not hold deploys back yet: say so, so nobody reads its freeze as a closed gate.
  const warmUp = s.policy.warmUpUntil ? [`In warm-up until ${utcMinute(s.policy.warmUpUntil)}: its policy is advisory and does not close the deploy gate.`] : [];
  return [...missing, ...reasons.slice(0, 2), ...warmUp].join(" ");
}

/** A trouble row: the table row plus why, and when the budget runs out at the 1-day burn rate (null: not at this rate). */
export function troubleRowOf(s: StatusObject): SloRow {
  return { ...rowOf(s), why: troubleReason(s), runsOutAt: s.errorBudget.remaining <= 0 ? "spent" : s.forecast.exhaustionAt };
}

export type Overview = {
  counts: Record<"breached" | "at_risk" | "healthy" | "no_data", number>;
  /** SLOs whose data is older than their staleness limit, whatever their status. */
  stale: number;
  trouble: SloRow[];
  frozenServices: string[];
  firing: { slug: string; name: string; severity: "page" | "ticket"; windows: string; burnRate: number; threshold: number }[];
  fastest: SloRow[];
};

export function buildOverview(statuses: readonly StatusObject[]): Overview {
  const rows = statuses.map(rowOf).sort(byTrouble);
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return {
    counts: { breached: count("breached"), at_risk: count("at_risk"), healthy: count("healthy"), no_data: count("no_data") },
    stale: statuses.filter((s) => s.stale === true).length,
    trouble: statuses
      .filter((s) => s.status === "breached" || s.status === "at_risk" || s.stale === true)
      .map(troubleRowOf)
      .sort(byTrouble),
    // A freeze during warm-up is advisory: the service may still deploy.
    frozenServices: [...new Set(statuses.filter((s) => s.policy.state === "freeze" && !s.policy.warmUpUntil).map((s) => s.serviceName))].sort(),
    firing: statuses
      .flatMap((s) =>
        s.alerts
          .filter((a) => a.firing)
          .map((a) => ({ slug: s.slug, name: s.name, severity: a.severity, windows: `${a.longWindow}/${a.shortWindow}`, burnRate: s.burnRates[a.longWindow] ?? 0, threshold: a.threshold })),
      )
      .sort((a, b) => (a.severity === b.severity ? b.burnRate - a.burnRate : a.severity === "page" ? -1 : 1)),
    fastest: rows
      .filter((row) => row.burn1h > 1)
      .sort((a, b) => b.burn1h - a.burn1h)
      .slice(0, 5),
  };
}
