// Sloth prometheus/v1 specs import as Keel SLOs.
import { describe, expect, it } from "vitest";
import { parseOpenSlo, slothQueryToKeel } from "./parse";
import { definitions, DEFAULTS, errorPaths, failed, fixture, ok } from "./testing";

describe("Sloth prometheus/v1 specs", () => {
  const sloth = (slug: string, name: string, service: string, target: number, description: string, errorQuery: string, totalQuery: string) => ({
    ...DEFAULTS,
    slug,
    name,
    service,
    description,
    sliKind: "ratio",
    target,
    window: { kind: "rolling", days: 30 },
    budgetingMethod: "occurrences",
    source: { kind: "prometheus", datasource: "prometheus", errorQuery, totalQuery },
  });

  it("getting-started.yml: a 30-day SLO of good events (Sloth names no kind) with per-minute Prometheus queries, owned by the owner label", () => {
    const result = ok(parseOpenSlo(fixture("sloth/getting-started.yml")));
    expect(result.slos.map((slo) => slo.definition)).toEqual([
      sloth(
        "myservice-requests-availability",
        "myservice requests-availability",
        "myservice",
        0.999,
        "Common SLO based on availability for HTTP request responses.",
        'sum(increase(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[1m]))',
        'sum(increase(http_request_duration_seconds_count{job="myservice"}[1m]))',
      ),
    ]);
    expect(result.services).toEqual([{ document: null, slug: "myservice", name: "myservice", description: "", team: "myteam", tier: 2 }]);
  });

  it("home-wifi.yml: two SLOs, subqueries over one minute", () => {
    expect(definitions(fixture("sloth/home-wifi.yml"))).toEqual([
      sloth(
        "home-wifi-good-wifi-client-satisfaction",
        "home-wifi good-wifi-client-satisfaction",
        "home-wifi",
        0.95,
        "Will warn us that we don't have a good wifi at home.",
        "sum_over_time((count(unifipoller_client_satisfaction_ratio < 0.75))[1m:]) OR on() vector(0)",
        "sum_over_time((count(unifipoller_client_satisfaction_ratio))[1m:])",
      ),
      sloth(
        "home-wifi-risk-wifi-client-satisfaction",
        "home-wifi risk-wifi-client-satisfaction",
        "home-wifi",
        0.999,
        "Will warn us that we something very bad is happenning with our home wifi.",
        "sum_over_time((count(unifipoller_client_satisfaction_ratio < 0.5))[1m:]) OR on() vector(0)",
        "sum_over_time((count(unifipoller_client_satisfaction_ratio))[1m:])",
      ),
    ]);
  });

  it("no-alerts.yml: a 99.99% target (Keel's default alerts stay; they cannot be switched off)", () => {
    const [slo] = definitions(fixture("sloth/no-alerts.yml"));
    expect(slo).toMatchObject({ slug: "myapp-http-availability", target: 0.9999, alertWindows: null });
    expect(slo!.source).toEqual({
      kind: "prometheus",
      datasource: "prometheus",
      errorQuery: 'sum(\n  increase(http_request_duration_seconds_count{job="myapp", code=~"(5..|429)"}[1m])\n)',
      totalQuery: 'sum(\n  increase(http_request_duration_seconds_count{job="myapp"}[1m])\n)',
    });
  });

  it("refuses Sloth's OpenSLO v1alpha example and a generated rules file, naming apiVersion", () => {
    expect(failed(parseOpenSlo(fixture("sloth/openslo-getting-started.yml")))).toEqual([{ document: 0, path: "apiVersion", message: 'must be openslo/v1 (got "openslo/v1alpha")' }]);
    expect(errorPaths(fixture("sloth/getting-started.rules.yml"))).toEqual([{ document: 0, path: "apiVersion" }]);
  });

  it("refuses raw-ratio SLIs and objectives out of range", () => {
    const text = `version: prometheus/v1
service: api
slos:
  - name: raw
    objective: 99
    sli: { raw: { error_ratio_query: "x" } }
  - name: hundred
    objective: 100
    sli: { events: { error_query: "a", total_query: "b" } }
`;
    expect(errorPaths(text)).toEqual([
      { document: 0, path: "slos[0].sli.events" },
      { document: 0, path: "slos[1].objective" },
    ]);
  });

  it("turns rate windows into per-minute increases", () => {
    expect(slothQueryToKeel("sum(rate(x[{{.window}}])) / sum(irate(y[{{.window}}]))")).toBe("sum(increase(x[1m])) / sum(irate(y[1m]))");
  });
});

