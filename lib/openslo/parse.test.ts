// OpenSLO and Sloth import: the spec's example files keep their meaning, bad documents are named field by field, and export → parse is the identity.
import { describe, expect, it } from "vitest";
import { formatPath, parseOpenSlo, toSlug } from "./parse";

import { definitions, DEFAULTS, errorPaths, failed, fixture, impliedService, ok } from "./testing";
describe("the OpenSLO specification's example SLOs", () => {
  it("occurences-slo.yaml: a threshold metric below 500 is a 14-day rolling latency SLO", () => {
    const result = ok(parseOpenSlo(fixture("openslo/occurences-slo.yaml")));
    expect(result.slos).toEqual([
      {
        document: 0,
        definition: {
          ...DEFAULTS,
          slug: "search-slo",
          name: "Searching time",
          service: "web-shop",
          description: "Regardless of the number of paraller searches it never should be more than 500ms.",
          sliKind: "latency",
          latencyThresholdMs: 500,
          target: 0.99,
          window: { kind: "rolling", days: 14 },
          budgetingMethod: "occurrences",
        },
      },
    ]);
    expect(result.services).toEqual([impliedService("web-shop")]);
    expect(result.datasources).toEqual([]);
  });

  it("ratio-timeslices.yaml: a good/total ratio with RatioTimeslices over two rolling weeks", () => {
    expect(definitions(fixture("openslo/ratio-timeslices.yaml"))).toEqual([
      {
        ...DEFAULTS,
        slug: "main-page",
        name: "Main page availability",
        service: "web-shop",
        description: "Our main page should be available always",
        sliKind: "availability",
        target: 0.99,
        window: { kind: "rolling", days: 14 },
        budgetingMethod: "ratioTimeslices",
      },
    ]);
  });

  it("low-traffic-timeslices-slo.yaml: one-minute timeslices over a calendar week in New York", () => {
    const result = ok(parseOpenSlo(fixture("openslo/low-traffic-timeslices-slo.yaml")));
    expect(result.slos.map((slo) => slo.definition)).toEqual([
      {
        ...DEFAULTS,
        slug: "service-availability",
        name: "SLO for this important service",
        service: "web-availability",
        sliKind: "availability",
        target: 0.9995,
        window: { kind: "calendar", unit: "week", timeZone: "America/New_York" },
        budgetingMethod: "timeslices",
        timesliceTarget: 0.95,
      },
    ]);
    expect(result.services).toEqual([impliedService("web-availability")]);
  });

  it("timeslices-slo.yaml as it stands: `duration: 1m` is one minute, refused naming the field", () => {
    const errors = failed(parseOpenSlo(fixture("openslo/timeslices-slo.yaml")));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ document: 0, path: "spec.timeWindow[0].duration" });
    expect(errors[0]!.message).toContain("1M");
  });

  it("timeslices-slo.yaml with 1M: a calendar month, and one Keel SLO per objective", () => {
    const text = fixture("openslo/timeslices-slo.yaml").replace("duration: 1m", "duration: 1M");
    const shared = {
      ...DEFAULTS,
      service: "web-availability",
      description: "SLO to see if we are above our SLA and to react before.",
      sliKind: "availability",
      window: { kind: "calendar", unit: "month", timeZone: "America/New_York" },
      budgetingMethod: "timeslices",
      timesliceTarget: 0.99,
    };
    expect(definitions(text)).toEqual([
      { ...shared, slug: "service-availability-internal-objective", name: "Reflaction of out availability SLA (Internal objective)", target: 0.995 },
      { ...shared, slug: "service-availability-sla", name: "Reflaction of out availability SLA (SLA)", target: 0.99 },
    ]);
  });
});

const slo = (body: string, meta = "") => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
${meta}spec:
  service: checkout
${body}`;

const PUSHED_RATIO = `  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Custom, spec: { query: good } } }
        total: { metricSource: { type: Custom, spec: { query: total } } }
`;

const rolling = (duration: string, rest = "") => slo(`${PUSHED_RATIO}  timeWindow: [{ duration: ${duration}, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999${rest} }]
`);
const calendar = (duration: string, zone = "") => slo(`${PUSHED_RATIO}  timeWindow:
    - duration: ${duration}
      isRolling: false
      calendar: { startTime: 2024-01-01 00:00:00${zone} }
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`);

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

  it("takes a ratio metric as availability, as latency with op lt and a value, and as what an sli-kind label or annotation says", () => {
    expect(definitions(withObjective("Occurrences", "{ op: gt, target: 0.99 }"))[0]).toMatchObject({ sliKind: "availability", latencyThresholdMs: null });
    expect(definitions(withObjective("Occurrences", "{ op: lt, value: 400, target: 0.99 }"))[0]).toMatchObject({ sliKind: "latency", latencyThresholdMs: 400 });
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
    expect(definitions(goodTotal)[0]!.source).toEqual({ kind: "prometheus", datasource: "thanos", goodQuery: "sum(increase(ok[1m]))", totalQuery: "sum(increase(all[1m]))" });
    const badTotal = withIndicator(`        bad: { metricSource: { type: Prometheus, spec: { query: bad } } }
        total: { metricSource: { type: Prometheus, spec: { query: all } } }
`);
    expect(definitions(badTotal)[0]).toMatchObject({ sliKind: "availability", source: { kind: "prometheus", datasource: "prometheus", errorQuery: "bad", totalQuery: "all" } });
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
    expect(definitions(raw)[0]!.source).toEqual({ kind: "push" });
  });
});

describe("multi-document files", () => {
  const mixed = `apiVersion: openslo/v1
kind: DataSource
metadata: { name: prom-eu }
spec:
  type: Prometheus
  connectionDetails: { url: "http://prometheus.eu:9090" }
---
apiVersion: openslo/v1
kind: Service
metadata:
  name: payments-api
  displayName: Payments API
  labels: { team: payments, tier: "1" }
spec:
  description: Takes the money.
---
apiVersion: openslo/v1
kind: SLI
metadata: { name: payments-errors }
spec:
  ratioMetric:
    counter: true
    bad: { metricSource: { metricSourceRef: prom-eu, spec: { query: 'sum(increase(http_requests_total{code=~"5.."}[1m]))' } } }
    total: { metricSource: { metricSourceRef: prom-eu, spec: { query: "sum(increase(http_requests_total[1m]))" } } }
---
apiVersion: openslo/v1
kind: AlertCondition
metadata: { name: fast-burn }
spec:
  severity: page
  condition: { kind: burnrate, op: gt, threshold: 14.4, lookbackWindow: 1h, alertAfter: 5m }
---
apiVersion: openslo/v1
kind: AlertPolicy
metadata: { name: payments-paging }
spec:
  alertWhenBreaching: true
  conditions:
    - conditionRef: fast-burn
    - kind: AlertCondition
      metadata: { name: slow-burn }
      spec: { severity: warning, condition: { kind: burnrate, threshold: 1, lookbackWindow: 3d } }
    - kind: AlertCondition
      metadata: { name: odd-window }
      spec: { severity: page, condition: { kind: burnrate, threshold: 10, lookbackWindow: 2h } }
  notificationTargets: [{ targetRef: oncall }]
---
apiVersion: openslo/v1
kind: AlertNotificationTarget
metadata: { name: oncall }
spec: { target: pagerduty }
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: payments-availability
  labels: { segment: EU customers }
spec:
  service: payments-api
  indicatorRef: payments-errors
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ displayName: Payments succeed, targetPercent: 99.9 }]
  alertPolicies:
    - alertPolicyRef: payments-paging
    - alertPolicyRef: defined-elsewhere
`;

  it("joins Service, SLI, DataSource and alert policies into the SLO", () => {
    const result = ok(parseOpenSlo(mixed));
    expect(result.datasources).toEqual([{ document: 0, name: "prom-eu", type: "prometheus", url: "http://prometheus.eu:9090" }]);
    expect(result.services).toEqual([{ document: 1, slug: "payments-api", name: "Payments API", description: "Takes the money.", team: "payments", tier: 1 }]);
    expect(result.slos).toEqual([
      {
        document: 6,
        definition: {
          ...DEFAULTS,
          slug: "payments-availability",
          name: "payments-availability",
          service: "payments-api",
          sliKind: "availability",
          target: 0.999,
          window: { kind: "rolling", days: 30 },
          budgetingMethod: "occurrences",
          segment: "EU customers",
          source: {
            kind: "prometheus",
            datasource: "prom-eu",
            errorQuery: 'sum(increase(http_requests_total{code=~"5.."}[1m]))',
            totalQuery: "sum(increase(http_requests_total[1m]))",
          },
          // 14.4× over 1h and 1× over 3d of 30 days are 2% and 10% of the budget; a 2h lookback has no Keel pair.
          alertWindows: [
            { severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: 2 },
            { severity: "ticket", longWindow: "3d", shortWindow: "6h", budgetPercent: 10 },
          ],
        },
      },
    ]);
  });

  it("refuses an indicatorRef to an SLI the file does not hold, and a typeless source without its DataSource", () => {
    const text = mixed.replace("indicatorRef: payments-errors", "indicatorRef: nope").replace("kind: DataSource\nmetadata: { name: prom-eu }", "kind: DataSource\nmetadata: { name: prom-us }");
    expect(errorPaths(text)).toEqual([
      { document: 2, path: "spec.ratioMetric.bad.metricSource.type" },
      { document: 2, path: "spec.ratioMetric.total.metricSource.type" },
      { document: 6, path: "spec.indicatorRef" },
    ]);
  });

  it("collects every error of every document, with its index and path, and returns nothing else", () => {
    const text = `apiVersion: openslo/v1
kind: Service
metadata: { name: fine }
---
${rolling("1m")}---
apiVersion: openslo/v1
kind: Dashboard
metadata: { name: x }
---
apiVersion: openslo/v2
kind: SLO
---
${slo(`${PUSHED_RATIO}  timeWindow: [{ duration: 1Y, isRolling: false, calendar: { timeZone: Nowhere/City } }]
  budgetingMethod: Timeslices
  objectives:
    - { target: 1.5, timeSliceTarget: 0.9, timeSliceWindow: 5m }
    - { displayName: second, targetPercent: 99 }
`)}---
apiVersion: openslo/v1
kind: DataSource
metadata: { name: prom }
spec: { type: Prometheus, connectionDetails: {} }
---
apiVersion: openslo/v1
kind: SLI
metadata: {}
spec: {}
---
key: [unclosed
`;
    expect(failed(parseOpenSlo(text)).map(({ document, path }) => ({ document, path }))).toEqual([
      { document: 1, path: "spec.timeWindow[0].duration" },
      { document: 2, path: "kind" },
      { document: 3, path: "apiVersion" },
      { document: 4, path: "spec.timeWindow[0].duration" },
      { document: 4, path: "spec.timeWindow[0].calendar.timeZone" },
      { document: 4, path: "spec.objectives[0].target" },
      { document: 4, path: "spec.objectives[0].timeSliceWindow" },
      { document: 4, path: "spec.objectives[1].timeSliceTarget" },
      { document: 5, path: "spec.connectionDetails.url" },
      { document: 6, path: "metadata.name" },
      { document: 7, path: "" },
    ]);
  });

  it("refuses the same SLO slug twice, and says so when a file holds nothing", () => {
    const twice = `${rolling("30d")}---\n${rolling("7d")}`;
    expect(errorPaths(twice)).toEqual([{ document: 1, path: "metadata.name" }]);
    expect(failed(parseOpenSlo("# nothing here\n"))).toEqual([{ document: 0, path: "", message: "no OpenSLO documents found" }]);
  });

  it("skips empty documents but keeps counting them", () => {
    const result = ok(parseOpenSlo(`---\n---\n${rolling("30d")}`));
    expect(result.slos.map((s) => s.document)).toEqual([1]);
  });

  it("turns names that are not slugs into slugs", () => {
    expect(toSlug("Checkout_API v2", "svc")).toBe("checkout-api-v2");
    expect(toSlug("2fa", "svc")).toBe("svc-2fa");
    expect(toSlug("a--b", "svc")).toBe("a--b");
    expect(formatPath(["metadata", "annotations", "keel.dev/policy", 0])).toBe('metadata.annotations["keel.dev/policy"][0]');
  });
});

