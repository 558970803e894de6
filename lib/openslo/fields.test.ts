// OpenSLO import field by field: time windows, objectives, indicators and sources — their meaning, and errors named by path.
import { describe, expect, it } from "vitest";
import { calendar, definitions, errorPaths, keelMeaning, PUSHED_RATIO, rolling, slo } from "./testing";

describe("time windows", () => {
  it("maps rolling days, weeks and whole-day hours, and calendar weeks, months and quarters", () => {
    expect(definitions(rolling("28d"))[0]!.window).toEqual({ kind: "rolling", days: 28 });
    expect(definitions(rolling("1w"))[0]!.window).toEqual({ kind: "rolling", days: 7 });
    expect(definitions(rolling("4w"))[0]!.window).toEqual({ kind: "rolling", days: 28 });
    expect(definitions(rolling("72h"))[0]!.window).toEqual({ kind: "rolling", days: 3 });
    expect(definitions(calendar("1w"))[0]!.window).toEqual({ kind: "calendar", unit: "week", timeZone: "UTC" });
    expect(definitions(calendar("1M", ", timeZone: Europe/Berlin"))[0]!.window).toEqual({ kind: "calendar", unit: "month", timeZone: "Europe/Berlin" });
    expect(definitions(calendar("1Q"))[0]!.window).toEqual({ kind: "calendar", unit: "quarter", timeZone: "UTC" });
  });

  it("takes a window with a calendar but no isRolling as calendar, and none at all as 30 rolling days", () => {
    const implicit = slo(`${PUSHED_RATIO}  timeWindow: [{ duration: 1M, calendar: { timeZone: Asia/Tokyo } }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`);
    expect(definitions(implicit)[0]!.window).toEqual({ kind: "calendar", unit: "month", timeZone: "Asia/Tokyo" });
    const none = slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`);
    expect(definitions(none)[0]!.window).toEqual({ kind: "rolling", days: 30 });
  });

  it("refuses what Keel cannot represent, naming the duration", () => {
    for (const text of [rolling("1m"), rolling("90m"), rolling("2M"), rolling("1Q"), rolling("1Y"), rolling("401d"), rolling("thirty"), calendar("1m"), calendar("2w"), calendar("1Y"), calendar("30d")]) {
      expect(errorPaths(text), text).toEqual([{ document: 0, path: "spec.timeWindow[0].duration" }]);
    }
    expect(errorPaths(calendar("1M", ", timeZone: Mars/Olympus"))).toEqual([{ document: 0, path: "spec.timeWindow[0].calendar.timeZone" }]);
  });
});

describe("objectives", () => {
  const withObjective = (method: string, objective: string, indicator = PUSHED_RATIO) =>
    slo(`${indicator}  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: ${method}
  objectives:
    - ${objective}
`);

  it("reads targetPercent as a fraction without floating-point noise", () => {
    expect(definitions(withObjective("Occurrences", "targetPercent: 99.9"))[0]!.target).toBe(0.999);
    expect(definitions(withObjective("Occurrences", "targetPercent: 99.95"))[0]!.target).toBe(0.9995);
  });

  it("keeps a one-minute timeSliceWindow in any spelling and refuses longer ones for time slices only", () => {
    for (const window of ["1m", "60s", "1"]) {
      expect(definitions(withObjective("Timeslices", `{ target: 0.99, timeSliceTarget: 0.9, timeSliceWindow: ${window} }`))[0]).toMatchObject({ budgetingMethod: "timeslices", timesliceTarget: 0.9 });
    }
    expect(errorPaths(withObjective("Timeslices", "{ target: 0.99, timeSliceTarget: 0.9, timeSliceWindow: 5m }"))).toEqual([{ document: 0, path: "spec.objectives[0].timeSliceWindow" }]);
    expect(errorPaths(withObjective("RatioTimeslices", "{ target: 0.99, timeSliceWindow: 5 }"))).toEqual([{ document: 0, path: "spec.objectives[0].timeSliceWindow" }]);
    // Occurrences count events, not slices: the slice length changes nothing there.
    expect(definitions(withObjective("Occurrences", "{ target: 0.99, timeSliceWindow: 5m }"))[0]!.budgetingMethod).toBe("occurrences");
  });

  it("names each bad field of an objective", () => {
    expect(errorPaths(withObjective("Timeslices", "{ target: 0.99 }"))).toEqual([{ document: 0, path: "spec.objectives[0].timeSliceTarget" }]);
    expect(errorPaths(withObjective("Occurrences", "{ target: 0.99, targetPercent: 99 }"))).toEqual([{ document: 0, path: "spec.objectives[0].targetPercent" }]);
    expect(errorPaths(withObjective("Occurrences", "{ displayName: none }"))).toEqual([{ document: 0, path: "spec.objectives[0].target" }]);
    expect(errorPaths(withObjective("Occurrences", "{ target: 1 }"))).toEqual([{ document: 0, path: "spec.objectives[0].target" }]);
    expect(errorPaths(withObjective("Occurrences", "{ targetPercent: 100 }"))).toEqual([{ document: 0, path: "spec.objectives[0].targetPercent" }]);
    expect(errorPaths(withObjective("Weekly", "{ target: 0.9 }"))).toEqual([{ document: 0, path: "spec.budgetingMethod" }]);
  });

  const threshold = (query: string) => `  indicator:
    metadata: { name: latency }
    spec:
      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: '${query}' } } }
`;

  it("reads threshold values in the metric's unit, or with an explicit one", () => {
    const p99 = "histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))";
    expect(definitions(withObjective("Occurrences", "{ op: lte, value: 0.25, target: 0.99 }", threshold(p99)))[0]).toMatchObject({ sliKind: "latency", latencyThresholdMs: 250, source: { kind: "push" } });
    expect(definitions(withObjective("Occurrences", "{ op: lt, value: 300, target: 0.99 }", threshold("p99_latency_ms")))[0]!.latencyThresholdMs).toBe(300);
    expect(definitions(withObjective("Occurrences", "{ op: lt, value: 0.3s, target: 0.99 }", threshold("x")))[0]!.latencyThresholdMs).toBe(300);
    expect(definitions(withObjective("Occurrences", "{ op: lt, value: 120ms, target: 0.99 }", threshold("x")))[0]!.latencyThresholdMs).toBe(120);
  });

  it("refuses threshold objectives that are not 'below a latency'", () => {
    expect(errorPaths(withObjective("Occurrences", "{ op: gt, value: 5, target: 0.99 }", threshold("x")))).toEqual([{ document: 0, path: "spec.objectives[0].op" }]);
    expect(errorPaths(withObjective("Occurrences", "{ value: 5, target: 0.99 }", threshold("x")))).toEqual([{ document: 0, path: "spec.objectives[0].op" }]);
    expect(errorPaths(withObjective("Occurrences", "{ op: lt, target: 0.99 }", threshold("x")))).toEqual([{ document: 0, path: "spec.objectives[0].value" }]);
    expect(errorPaths(withObjective("Occurrences", "{ op: lt, value: 0.5, target: 0.99 }", threshold("x")))).toEqual([{ document: 0, path: "spec.objectives[0].value" }]);
  });

  it("takes a ratio metric as a neutral ratio (keeping a latency threshold it names), and as what an sli-kind label or annotation says", () => {
    expect(definitions(withObjective("Occurrences", "{ op: gt, target: 0.99 }"))[0]).toMatchObject({ sliKind: "ratio", latencyThresholdMs: null });
    expect(definitions(withObjective("Occurrences", "{ op: lt, value: 400, target: 0.99 }"))[0]).toMatchObject({ sliKind: "ratio", latencyThresholdMs: 400 });
    const latency = slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences\n  objectives: [{ op: lt, value: 400, target: 0.99 }]\n`, '  annotations: { "keel.dev/sli-kind": latency }\n');
    expect(definitions(latency)[0]).toMatchObject({ sliKind: "latency", latencyThresholdMs: 400 });
    const labelled = slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences\n  objectives: [{ target: 0.99 }]\n`, "  labels: { sli-kind: ratio }\n");
    expect(definitions(labelled)[0]!.sliKind).toBe("ratio");
    const onIndicator = PUSHED_RATIO.replace("metadata: { name: checkout-requests }", "metadata: { name: checkout-requests, annotations: { keel.dev/sli-kind: ratio } }");
    expect(definitions(withObjective("Occurrences", "{ target: 0.99 }", onIndicator))[0]!.sliKind).toBe("ratio");
    const bad = slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences\n  objectives: [{ target: 0.99 }]\n`, '  annotations: { "keel.dev/sli-kind": speed }\n');
    expect(errorPaths(bad)).toEqual([{ document: 0, path: 'metadata.annotations["keel.dev/sli-kind"]' }]);
  });

  it("names a problem the objectives share once", () => {
    const text = slo(`  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }, { target: 0.999 }]
`);
    expect(errorPaths(text)).toEqual([{ document: 0, path: "spec.indicator" }]);
  });

  it("makes slugs of several objectives unique and at most 63 characters", () => {
    const name = "a-very-long-slo-name-that-goes-on-and-on-and-on-for-quite-a-while";
    const text = slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences
  objectives:
    - { displayName: "Internal (stricter!)", target: 0.999 }
    - { target: 0.99 }
`).replace("name: checkout-availability", `name: ${name}`);
    const slugs = definitions(text).map((d) => d.slug);
    expect(slugs).toEqual([`${name.slice(0, 44)}-internal-stricter`, `${name.slice(0, 61)}-2`]);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(63);
    expect(definitions(text).map((d) => d.name)).toEqual(["Checkout availability (Internal (stricter!))", "Checkout availability (objective 2)"]);
  });
});

describe("indicators and sources", () => {
  const withIndicator = (ratio: string) =>
    slo(`  indicator:
    metadata: { name: x }
    spec:
      ratioMetric:
${ratio}  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`);

  it("pulls Prometheus good/total and bad/total pairs from the referenced data source, or 'prometheus'", () => {
    const goodTotal = withIndicator(`        good: { metricSource: { type: Prometheus, metricSourceRef: thanos, spec: { query: "sum(increase(ok[1m]))" } } }
        total: { metricSource: { type: prometheus, metricSourceRef: thanos, spec: { query: "sum(increase(all[1m]))" } } }
`);
    expect(keelMeaning(definitions(goodTotal)[0]!).source).toEqual({ kind: "prometheus", datasource: "thanos", goodQuery: "sum(increase(ok[1m]))", totalQuery: "sum(increase(all[1m]))" });
    const badTotal = withIndicator(`        bad: { metricSource: { type: Prometheus, spec: { query: bad } } }
        total: { metricSource: { type: Prometheus, spec: { query: all } } }
`);
    expect(definitions(badTotal)[0]).toMatchObject({ sliKind: "ratio", source: { kind: "prometheus", datasource: "prometheus", errorQuery: "bad", totalQuery: "all" } });
  });

  it("refuses mixed, incomplete and precomputed Prometheus ratios", () => {
    const mixed = withIndicator(`        good: { metricSource: { type: Prometheus, metricSourceRef: a, spec: { query: ok } } }
        total: { metricSource: { type: Prometheus, metricSourceRef: b, spec: { query: all } } }
`);
    expect(errorPaths(mixed)).toEqual([{ document: 0, path: "spec.indicator.spec.ratioMetric.total.metricSource" }]);
    const noQuery = withIndicator(`        good: { metricSource: { type: Prometheus, spec: {} } }
        total: { metricSource: { type: Prometheus, spec: { query: all } } }
`);
    expect(errorPaths(noQuery)).toEqual([{ document: 0, path: "spec.indicator.spec.ratioMetric.good.metricSource.spec.query" }]);
    const both = withIndicator(`        good: { metricSource: { type: X } }
        bad: { metricSource: { type: X } }
        total: { metricSource: { type: X } }
`);
    expect(errorPaths(both)).toEqual([{ document: 0, path: "spec.indicator.spec.ratioMetric.bad" }]);
    const raw = withIndicator(`        rawType: success
        raw: { metricSource: { type: Prometheus, spec: { query: ratio } } }
`);
    expect(errorPaths(raw)).toEqual([{ document: 0, path: "spec.indicator.spec.ratioMetric.raw" }]);
    const noTotal = withIndicator(`        good: { metricSource: { type: X } }
`);
    expect(errorPaths(noTotal)).toEqual([{ document: 0, path: "spec.indicator.spec.ratioMetric.total" }]);
  });

  it("pushes anything that is not Prometheus, including precomputed ratios", () => {
    const raw = withIndicator(`        rawType: success
        raw: { metricSource: { type: Datadog, spec: { query: ratio } } }
`);
    expect(keelMeaning(definitions(raw)[0]!).source).toEqual({ kind: "push" });
  });
});

describe("the stale-after annotation", () => {
  const withAnnotation = (value: string | null) =>
    slo(`${PUSHED_RATIO}  budgetingMethod: Occurrences\n  objectives: [{ target: 0.99 }]\n`, value === null ? "" : `  annotations: { "keel.dev/stale-after-minutes": "${value}" }\n`);

  it("reads minutes, never, and the default when absent", () => {
    expect(definitions(withAnnotation(null))[0]!.staleAfterMinutes).toBe(15);
    expect(definitions(withAnnotation("90"))[0]!.staleAfterMinutes).toBe(90);
    expect(definitions(withAnnotation("never"))[0]!.staleAfterMinutes).toBeNull();
  });

  it("refuses what the definition refuses, naming the annotation", () => {
    for (const value of ["soon", "0", "10081", "2.5"]) {
      expect(errorPaths(withAnnotation(value)), value).toEqual([{ document: 0, path: 'metadata.annotations["keel.dev/stale-after-minutes"]' }]);
    }
  });
});
