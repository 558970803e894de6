// What the overview shows, derived from the status API's objects: counts by status, trouble, freezes, alerts, fastest burners.
import type { SloRow } from "@/components/slo/slo-table";
import { byTrouble } from "./rows";

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
  alerts: { severity: "page" | "ticket"; longWindow: string; shortWindow: string; threshold: number; firing: boolean }[];
  status: string;
  policy: { state: string; reasons: { rule: string; message: string }[] };
  forecast: { daysLeft: number | null; exhaustionAt: string | null };
};

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
    burn1h: s.burnRates["1h"] ?? 0,
    status: s.status,
    policy: s.policy.state,
  };
}

export type Overview = {
  counts: Record<"breached" | "at_risk" | "healthy" | "no_data", number>;
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
    trouble: rows.filter((row) => row.status === "breached" || row.status === "at_risk"),
    frozenServices: [...new Set(statuses.filter((s) => s.policy.state === "freeze").map((s) => s.serviceName))].sort(),
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
