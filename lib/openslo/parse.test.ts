// OpenSLO import: the spec's example files keep their meaning, and multi-document files resolve their references.
// Field by field (windows, objectives, indicators): fields.test.ts; Sloth: sloth.test.ts; export → parse: export.test.ts.
import { describe, expect, it } from "vitest";
import { formatPath, parseOpenSlo, toSlug } from "./parse";
import { DEFAULTS, definitions, errorPaths, failed, fixture, impliedService, keelMeaning, ok, PUSHED_RATIO, rolling, slo } from "./testing";

describe("the OpenSLO specification's example SLOs", () => {
  it("occurences-slo.yaml: a threshold metric below 500 is a 14-day rolling latency SLO", () => {
    const result = ok(parseOpenSlo(fixture("openslo/occurences-slo.yaml")));
    expect(result.slos.map(({ document, definition }) => ({ document, definition: keelMeaning(definition) }))).toEqual([
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

  it("ratio-timeslices.yaml: a good/total ratio (of good events, as OpenSLO names no kind) with RatioTimeslices over two rolling weeks", () => {
    expect(definitions(fixture("openslo/ratio-timeslices.yaml")).map(keelMeaning)).toEqual([
      {
        ...DEFAULTS,
        slug: "main-page",
        name: "Main page availability",
        service: "web-shop",
        description: "Our main page should be available always",
        sliKind: "ratio",
        target: 0.99,
        window: { kind: "rolling", days: 14 },
        budgetingMethod: "ratioTimeslices",
      },
    ]);
  });

  it("low-traffic-timeslices-slo.yaml: one-minute timeslices over a calendar week in New York", () => {
    const result = ok(parseOpenSlo(fixture("openslo/low-traffic-timeslices-slo.yaml")));
    expect(result.slos.map((slo) => keelMeaning(slo.definition))).toEqual([
      {
        ...DEFAULTS,
        slug: "service-availability",
        name: "SLO for this important service",
        service: "web-availability",
        sliKind: "ratio",
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
      sliKind: "ratio",
      window: { kind: "calendar", unit: "month", timeZone: "America/New_York" },
      budgetingMethod: "timeslices",
      timesliceTarget: 0.99,
    };
    expect(definitions(text).map(keelMeaning)).toEqual([
      { ...shared, slug: "service-availability-internal-objective", name: "Reflaction of out availability SLA (Internal objective)", target: 0.995 },
      { ...shared, slug: "service-availability-sla", name: "Reflaction of out availability SLA (SLA)", target: 0.99 },
    ]);
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
          sliKind: "ratio",
          target: 0.999,
          window: { kind: "rolling", days: 30 },
          budgetingMethod: "occurrences",
          segment: "EU customers",
          source: {
            kind: "prometheus",
            datasource: "prom-eu",
            errorQuery: 'sum(increase(http_requests_total{code=~"5.."}[1m]))',
            totalQuery: "sum(increase(http_requests_total[1m]))",
            // What Keel's own export would not write: the counter flag, the SLI's name and the objective's name.
            openslo: { counter: true, indicator: { name: "payments-errors" }, objective: { displayName: "Payments succeed" } },
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

