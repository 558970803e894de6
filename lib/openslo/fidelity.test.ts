// Import → export → import → export of every OpenSLO and Sloth fixture: the exports are byte-identical, and each field Keel keeps is in them.
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { sloToOpenSlo, toOpenSloYaml } from "./export";
import { parseOpenSlo, slothQueryToKeel, type KeelSloDefinition } from "./parse";
import { definitions, failed, fixture, keelMeaning, PUSHED_RATIO, slo } from "./testing";

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML documents are read field by field here

/** What the database gives back: the definition through JSON, as the source column stores it. */
const stored = (list: KeelSloDefinition[]): KeelSloDefinition[] => JSON.parse(JSON.stringify(list));
const importText = (text: string) => stored(definitions(text));
const exportAll = (list: KeelSloDefinition[]) => toOpenSloYaml({ slos: list });
const documentsOf = (text: string): Yaml[] => parseAllDocuments(text).map((doc) => doc.toJS() as Yaml).filter(Boolean);

// Every OpenSLO fixture Keel imports; timeslices-slo.yaml says `1m` (one minute) for what its comment calls a month, so it is read with 1M.
const OPENSLO_FIXTURES: Record<string, string> = {
  "openslo/occurences-slo.yaml": fixture("openslo/occurences-slo.yaml"),
  "openslo/ratio-timeslices.yaml": fixture("openslo/ratio-timeslices.yaml"),
  "openslo/low-traffic-timeslices-slo.yaml": fixture("openslo/low-traffic-timeslices-slo.yaml"),
  "openslo/timeslices-slo.yaml (1M)": fixture("openslo/timeslices-slo.yaml").replace("duration: 1m", "duration: 1M"),
};
const SLOTH_FIXTURES = ["sloth/getting-started.yml", "sloth/home-wifi.yml", "sloth/no-alerts.yml"];
const ALL: [string, string][] = [...Object.entries(OPENSLO_FIXTURES), ...SLOTH_FIXTURES.map((name): [string, string] => [name, fixture(name)])];

describe("import → export → import → export", () => {
  it.each(ALL)("%s: the second export is byte-identical to the first, one SLO at a time and as one file", (_name, text) => {
    const first = importText(text);
    expect(first.length).toBeGreaterThan(0);
    const firstFile = exportAll(first);
    const second = importText(firstFile);
    expect(second).toEqual(first);
    expect(exportAll(second)).toBe(firstFile);
    for (const definition of first) {
      const yaml = sloToOpenSlo(definition);
      const again = importText(yaml);
      expect(again).toEqual([definition]);
      expect(sloToOpenSlo(again[0]!)).toBe(yaml);
    }
  });

  it("refuses, naming apiVersion, the two Sloth fixtures that are no Sloth prometheus/v1 or OpenSLO v1 spec", () => {
    expect(failed(parseOpenSlo(fixture("sloth/openslo-getting-started.yml")))[0]).toMatchObject({ path: "apiVersion" });
    expect(failed(parseOpenSlo(fixture("sloth/getting-started.rules.yml")))[0]).toMatchObject({ path: "apiVersion" });
  });
});

describe("every field Keel keeps survives, field by field", () => {
  /** The metric source as Keel gives it back: never a metricSourceRef (Keel writes no DataSource documents). */
  const metricSource = (metric: Yaml | undefined) => metric?.metricSource;

  it.each(Object.entries(OPENSLO_FIXTURES))("%s", (_name, text) => {
    const original = parse(text) as Yaml;
    const exported = documentsOf(exportAll(importText(text)));
    const objectives: Yaml[] = original.spec.objectives;
    expect(exported).toHaveLength(objectives.length);
    objectives.forEach((objective, index) => {
      const doc = exported[index]!;
      const spread = objectives.length > 1;
      expect(doc.apiVersion).toBe("openslo/v1");
      expect(doc.kind).toBe("SLO");
      // Several objectives become one SLO each: the name gains the objective's, the objective keeps its own.
      expect(doc.metadata.name).toBe(spread ? `${original.metadata.name}-${objective.displayName.toLowerCase().replaceAll(" ", "-")}` : original.metadata.name);
      expect(doc.metadata.displayName).toBe(spread ? `${original.metadata.displayName} (${objective.displayName})` : original.metadata.displayName);
      expect(doc.spec.description).toBe(original.spec.description);
      expect(doc.spec.service).toBe(original.spec.service);
      expect(doc.spec.budgetingMethod).toBe(original.spec.budgetingMethod);

      const [window] = original.spec.timeWindow;
      const [exportedWindow] = doc.spec.timeWindow;
      expect(exportedWindow.duration).toBe(window.duration);
      expect(exportedWindow.isRolling).toBe(window.isRolling);
      expect(exportedWindow.calendar).toEqual(window.calendar);

      const indicator = original.spec.indicator;
      expect(doc.spec.indicator.metadata).toEqual(indicator.metadata);
      if (indicator.spec.thresholdMetric) {
        expect(doc.spec.indicator.spec).toEqual({ thresholdMetric: indicator.spec.thresholdMetric });
      } else {
        const ratio = indicator.spec.ratioMetric;
        const exportedRatio = doc.spec.indicator.spec.ratioMetric;
        expect(exportedRatio.counter).toBe(ratio.counter ?? false);
        for (const role of ["good", "bad", "total"]) expect(metricSource(exportedRatio[role]), role).toEqual(metricSource(ratio[role]));
      }

      const exportedObjective = doc.spec.objectives[0];
      for (const field of ["displayName", "op", "value", "target", "timeSliceTarget", "timeSliceWindow"]) {
        expect(exportedObjective[field], field).toEqual(objective[field]);
      }
      // The fixtures' `alertPolicies:` are empty; Keel keeps none and writes none.
      expect(original.spec.alertPolicies ?? null).toBeNull();
      expect(doc.spec.alertPolicies).toBeUndefined();
    });
  });

  it.each(SLOTH_FIXTURES)("%s", (name) => {
    const original = parse(fixture(name)) as Yaml;
    const exported = documentsOf(exportAll(importText(fixture(name))));
    const slos: Yaml[] = original.slos;
    expect(exported).toHaveLength(slos.length);
    slos.forEach((sloth, index) => {
      const doc = exported[index]!;
      expect(doc.metadata.name).toBe(`${original.service}-${sloth.name}`);
      expect(doc.metadata.displayName).toBe(`${original.service} ${sloth.name}`);
      expect(doc.metadata.annotations).not.toHaveProperty("keel.dev/datasource");
      expect(doc.spec.service).toBe(original.service);
      expect(doc.spec.description).toBe(sloth.description);
      expect(doc.spec.objectives[0].target).toBe(Number((sloth.objective / 100).toPrecision(12)));
      // Sloth's SLOs: 30 days rolling, counted in events.
      expect(doc.spec.timeWindow).toEqual([{ duration: "30d", isRolling: true }]);
      expect(doc.spec.budgetingMethod).toBe("Occurrences");
      expect(doc.spec.indicator.spec.ratioMetric).toEqual({
        counter: false,
        bad: { metricSource: { type: "Prometheus", spec: { query: slothQueryToKeel(sloth.sli.events.error_query) } } },
        total: { metricSource: { type: "Prometheus", spec: { query: slothQueryToKeel(sloth.sli.events.total_query) } } },
      });
    });
  });
});

describe("what the issue found lost or changed", () => {
  const prometheusSlo = (ratio: string, meta = "", objective = "{ displayName: Checkouts succeed, target: 0.995 }") =>
    slo(
      `  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
${ratio}  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [${objective}]
`,
      meta,
    );
  const counters = `        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(http_requests_total{code!~"5.."})' } } }
        total: { metricSource: { type: Prometheus, spec: { query: "sum(http_requests_total)" } } }
`;

  it("keeps counter: true", () => {
    const [definition] = importText(prometheusSlo(counters));
    expect(definition!.source).toEqual({
      kind: "prometheus",
      datasource: "prometheus",
      goodQuery: 'sum(http_requests_total{code!~"5.."})',
      totalQuery: "sum(http_requests_total)",
      openslo: { counter: true, indicator: { name: "checkout-requests" }, objective: { displayName: "Checkouts succeed" } },
    });
    const exported = parse(sloToOpenSlo(definition!)) as Yaml;
    expect(exported.spec.indicator.spec.ratioMetric.counter).toBe(true);
  });

  it("writes counter: false for Keel's own per-minute counts and for documents that said false or nothing", () => {
    for (const text of [counters.replace("counter: true", "counter: false"), counters.replace("        counter: true\n", "")]) {
      const [definition] = importText(prometheusSlo(text));
      expect(definition!.source.openslo?.counter).toBeUndefined();
      expect((parse(sloToOpenSlo(definition!)) as Yaml).spec.indicator.spec.ratioMetric.counter).toBe(false);
    }
  });

  it("keeps the objective's displayName apart from the SLO's", () => {
    const [definition] = importText(prometheusSlo(counters));
    const exported = parse(sloToOpenSlo(definition!)) as Yaml;
    expect(exported.metadata.displayName).toBe("Checkout availability");
    expect(exported.spec.objectives[0].displayName).toBe("Checkouts succeed");
    // Without one of its own, the objective is named as the SLO (and nothing is stored for it).
    const [plain] = importText(prometheusSlo(counters, "", "{ target: 0.995 }"));
    expect(plain!.source.openslo).toEqual({ counter: true, indicator: { name: "checkout-requests" } });
    expect((parse(sloToOpenSlo(plain!)) as Yaml).spec.objectives[0].displayName).toBe("Checkout availability");
  });

  it("names no DataSource it does not write: no metricSourceRef, the Keel datasource in an annotation only when it is not the default", () => {
    const withDataSource = `apiVersion: openslo/v1
kind: DataSource
metadata: { name: thanos-eu }
spec: { type: Prometheus, connectionDetails: { url: "http://thanos.eu:9090" } }
---
${prometheusSlo(counters.replaceAll("type: Prometheus,", "metricSourceRef: thanos-eu,"))}`;
    const [named] = importText(withDataSource);
    expect(named!.source).toMatchObject({ kind: "prometheus", datasource: "thanos-eu" });
    const yaml = sloToOpenSlo(named!);
    expect(yaml).not.toContain("metricSourceRef");
    const exported = parse(yaml) as Yaml;
    expect(exported.metadata.annotations["keel.dev/datasource"]).toBe("thanos-eu");
    expect(exported.spec.indicator.spec.ratioMetric.good.metricSource).toEqual({ type: "Prometheus", spec: { query: 'sum(http_requests_total{code!~"5.."})' } });
    // The export alone (no DataSource document) re-imports with the same datasource.
    expect(importText(yaml)).toEqual([named]);

    const [unnamed] = importText(prometheusSlo(counters));
    const plainYaml = sloToOpenSlo(unnamed!);
    expect(plainYaml).not.toContain("metricSourceRef");
    expect(plainYaml).not.toContain("keel.dev/datasource");
  });

  it("reads an SLO without Keel's sli-kind annotation as a neutral ratio, and keeps the kind Keel's annotation gives", () => {
    expect(importText(prometheusSlo(counters))[0]!.sliKind).toBe("ratio");
    expect(importText(slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences\n  objectives: [{ op: gt, target: 0.99 }]\n`))[0]!.sliKind).toBe("ratio");
    for (const kind of ["availability", "latency", "ratio"] as const) {
      const meta = `  annotations: { "keel.dev/sli-kind": ${kind} }\n`;
      const [definition] = importText(prometheusSlo(counters, meta, "{ op: lt, value: 300, target: 0.99 }"));
      expect(definition).toMatchObject({ sliKind: kind, latencyThresholdMs: 300 });
      expect(importText(sloToOpenSlo(definition!))).toEqual([definition]);
    }
  });

  it("gives back a threshold SLI with its value as written, while the SLO is still latency", () => {
    const seconds = slo(`  indicator:
    metadata: { name: p99 }
    spec:
      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))" } } }
  budgetingMethod: Occurrences
  objectives: [{ op: lte, value: 0.25, target: 0.99 }]
`);
    const [definition] = importText(seconds);
    expect(keelMeaning(definition!)).toMatchObject({ sliKind: "latency", latencyThresholdMs: 250, source: { kind: "push" } });
    const exported = parse(sloToOpenSlo(definition!)) as Yaml;
    expect(exported.spec.indicator.spec.thresholdMetric.metricSource.spec.query).toContain("_seconds_bucket");
    expect(exported.spec.objectives[0]).toMatchObject({ op: "lte", value: 0.25 });
    // Edited in Keel to 300 ms: the seconds value no longer holds, so milliseconds are spelled out.
    const edited = { ...definition!, latencyThresholdMs: 300 };
    const editedYaml = sloToOpenSlo(edited);
    expect((parse(editedYaml) as Yaml).spec.objectives[0]).toMatchObject({ op: "lte", value: "300ms" });
    expect(importText(editedYaml)[0]!.latencyThresholdMs).toBe(300);
  });

  it("gives back the document's duration and calendar start only while they still describe Keel's window", () => {
    const [definition] = importText(OPENSLO_FIXTURES["openslo/ratio-timeslices.yaml"]!);
    expect((parse(sloToOpenSlo(definition!)) as Yaml).spec.timeWindow).toEqual([{ duration: "2w", isRolling: true }]);
    const edited = { ...definition!, window: { kind: "rolling" as const, days: 30 } };
    expect((parse(sloToOpenSlo(edited)) as Yaml).spec.timeWindow).toEqual([{ duration: "30d", isRolling: true }]);
  });
});
