// Export → parse round trip over a deterministic spread of definitions.
import { describe, expect, it } from "vitest";
import { serviceToOpenSloObject, sloToOpenSlo, toOpenSloYaml, type ExportedService } from "./export";
import { parseOpenSlo, type KeelSloDefinition } from "./parse";
import { createPrng } from "@/db/seed/prng";
import { definitions, ok } from "./testing";

// ---------------------------------------------------------------------------------------------
// Export → parse round trip, over a deterministic spread of definitions
// ---------------------------------------------------------------------------------------------


function definitionSet(count: number): KeelSloDefinition[] {
  const random = createPrng(42);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const out: KeelSloDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const sliKind = pick(["availability", "latency", "ratio"] as const);
    const budgetingMethod = pick(["occurrences", "timeslices", "ratioTimeslices"] as const);
    out.push({
      slug: pick([`slo-${i}`, `checkout-availability-${i}`, `a${"-b".repeat(25)}-${i}`.slice(0, 63), `x--y-${i}`]),
      name: pick(["Checkout availability", "Search: p99 < 300 ms", "Ünïcode — naïve “quotes” # not a comment", "yes", "null", "  -- dashes"]).trim() + ` ${i}`,
      service: pick(["checkout", "search", "payments-api"]),
      description: pick(["", "Plain.", "Multi\nline: with colon\n- and a dash", "'quoted' \"double\" {braces} [brackets] & *star"]),
      sliKind,
      latencyThresholdMs: sliKind === "latency" ? pick([1, 250, 300, 1500]) : pick([null, null, 800]),
      target: pick([0.9, 0.99, 0.999, 0.9995, 0.99999, 0.123456789]),
      window: pick([
        { kind: "rolling", days: pick([1, 7, 14, 28, 30, 90, 400]) },
        { kind: "calendar", unit: pick(["week", "month", "quarter"] as const), timeZone: pick(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]) },
      ] as const),
      budgetingMethod,
      timesliceTarget: budgetingMethod === "timeslices" ? pick([0.5, 0.9, 0.99, 1]) : pick([null, null, 0.95]),
      segment: pick([null, "EU customers", "tier:gold", "42"]),
      source: pick([
        { kind: "push" },
        { kind: "prometheus", datasource: "prometheus", goodQuery: 'sum(increase(http_requests_total{code!~"5.."}[1m]))', totalQuery: "sum(increase(http_requests_total[1m]))" },
        { kind: "prometheus", datasource: "thanos-eu", errorQuery: "sum(increase(errors_total[1m])) or vector(0)", totalQuery: "sum(increase(requests_total[1m]))\n" },
      ] as const),
      alertWindows: pick([
        null,
        [{ severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: 2 }],
        [
          { severity: "page", longWindow: "6h", shortWindow: "30m", budgetPercent: 5 },
          { severity: "ticket", longWindow: "3d", shortWindow: "1h", budgetPercent: 12.5 },
        ],
      ] as const)?.map((w) => ({ ...w })) ?? null,
      policy: pick([null, { freezeOnPage: false }, { warnBelowRemaining: 0.25, freezeAtOrBelowRemaining: -0.5, earlyBurn: { consumedAbove: 0.5, withinDays: 10 } }, { earlyBurn: null }]),
      reviewCadenceDays: pick([7, 30, 90, 366]),
      staleAfterMinutes: pick([15, 1, 90, 10_080, null]),
    });
  }
  return out;
}

describe("export → parse round trip", () => {
  const set = definitionSet(120);

  it("covers every kind, method, window kind and source kind", () => {
    expect(new Set(set.map((d) => d.sliKind)).size).toBe(3);
    expect(new Set(set.map((d) => d.budgetingMethod)).size).toBe(3);
    expect(new Set(set.map((d) => (d.window.kind === "calendar" ? d.window.unit : "rolling"))).size).toBe(4);
    expect(new Set(set.map((d) => (d.source.kind === "prometheus" ? (d.source.goodQuery ? "good" : "bad") : "push"))).size).toBe(3);
  });

  it("gives back every definition exactly, one document at a time", () => {
    for (const definition of set) {
      const yaml = sloToOpenSlo(definition);
      const result = parseOpenSlo(yaml);
      expect(ok(result).slos.map((s) => s.definition), yaml).toEqual([definition]);
    }
  }, 30_000);

  it("gives back services and SLOs from one multi-document export", () => {
    const services: ExportedService[] = [
      { slug: "checkout", name: "Checkout", description: "", team: "payments", tier: 1 },
      { slug: "search", name: "Search", description: "Finds things: fast.", team: "discovery", tier: 3 },
      { slug: "payments-api", name: "Payments API", description: "", team: "payments", tier: 2 },
    ];
    const slos = set.filter((d, i, all) => all.findIndex((o) => o.slug === d.slug) === i).slice(0, 60);
    const result = ok(parseOpenSlo(toOpenSloYaml({ services, slos })));
    expect(result.slos.map((s) => s.definition)).toEqual(slos);
    expect(result.services).toEqual(services.map((s, index) => ({ document: index, slug: s.slug, name: s.name, description: s.description, team: s.team, tier: s.tier })));
  }, 30_000);

  it("writes alert policies other OpenSLO tools can read, and Keel reads them back as the same windows", () => {
    const definition = { ...set[0]!, window: { kind: "rolling", days: 30 } as const, alertWindows: [{ severity: "page" as const, longWindow: "1h" as const, shortWindow: "5m" as const, budgetPercent: 2 }] };
    const yaml = sloToOpenSlo(definition);
    expect(yaml).toContain("threshold: 14.4");
    const withoutAnnotation = yaml.replace(/^ {4}keel\.dev\/alert-windows: .*\n/m, "");
    expect(withoutAnnotation).not.toContain("keel.dev/alert-windows");
    expect(definitions(withoutAnnotation)[0]!.alertWindows).toEqual(definition.alertWindows);
  });

  it("exports a Service document with its team and tier as labels", () => {
    expect(serviceToOpenSloObject({ slug: "checkout", name: "Checkout", description: "", team: "payments", tier: 1 })).toEqual({
      apiVersion: "openslo/v1",
      kind: "Service",
      metadata: { name: "checkout", displayName: "Checkout", labels: { team: "payments", tier: "1" } },
      spec: {},
    });
  });
});

