import { describe, expect, it } from "vitest";
import firing from "./fixtures/alertmanager-firing.json";
import { alertEntry, alertmanagerPayloadSchema, receiptOf, runbookOf, serviceLabels, severityOfGroup, severityOfLabels, startOfGroup, titleOfGroup, type AlertmanagerPayload } from "./alertmanager";

const parse = (value: unknown) => alertmanagerPayloadSchema.parse(value);
const payload = parse(firing);

function resolvedCopy(): AlertmanagerPayload {
  return parse({
    ...firing,
    status: "resolved",
    alerts: firing.alerts.map((a, i) => ({ ...a, status: "resolved", endsAt: i === 0 ? "2026-12-02T10:20:00Z" : "2026-12-02T10:21:30.5Z" })),
  });
}

describe("the Alertmanager webhook payload", () => {
  it("reads a payload as Alertmanager 0.25 sends it, keeping fields it does not know", () => {
    const extra = parse({ ...firing, somethingNew: 1 });
    expect(extra.groupKey).toBe('{}/{service=~"checkout|payments"}:{alertname="HighErrorRate", service="checkout"}');
    expect((extra as Record<string, unknown>).somethingNew).toBe(1);
    expect(extra.alerts).toHaveLength(2);
  });

  it("names the bad field", () => {
    const cases: [unknown, string][] = [
      [{ ...firing, version: "3" }, "version"],
      [{ ...firing, groupKey: undefined }, "groupKey"],
      [{ ...firing, status: "pending" }, "status"],
      [{ ...firing, alerts: [] }, "alerts"],
      [{ ...firing, alerts: [{ ...firing.alerts[0], fingerprint: undefined }] }, "alerts.0.fingerprint"],
      [{ ...firing, alerts: [{ ...firing.alerts[0], startsAt: "yesterday" }] }, "alerts.0.startsAt"],
      [{ ...firing, alerts: [{ ...firing.alerts[0], labels: { severity: 2 } }] }, "alerts.0.labels.severity"],
    ];
    for (const [value, field] of cases) {
      const result = alertmanagerPayloadSchema.safeParse(value);
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path.join("."), field).toBe(field);
    }
  });
});

describe("mapping an alert group to an incident", () => {
  it("maps severities: keel_severity wins, then critical/page → SEV2, warning/ticket → SEV3, else SEV4", () => {
    expect(severityOfLabels({ keel_severity: "SEV1", severity: "warning" })).toBe("SEV1");
    expect(severityOfLabels({ keel_severity: "sev3", severity: "critical" })).toBe("SEV3");
    expect(severityOfLabels({ keel_severity: "SEV9", severity: "critical" })).toBe("SEV2");
    expect(severityOfLabels({ severity: "critical" })).toBe("SEV2");
    expect(severityOfLabels({ severity: "Page" })).toBe("SEV2");
    expect(severityOfLabels({ severity: "warning" })).toBe("SEV3");
    expect(severityOfLabels({ severity: "ticket" })).toBe("SEV3");
    expect(severityOfLabels({ severity: "info" })).toBe("SEV4");
    expect(severityOfLabels({})).toBe("SEV4");
  });

  it("takes the group's most severe firing alert", () => {
    expect(severityOfGroup(payload)).toBe("SEV2");
    const mixed = parse({
      ...firing,
      commonLabels: { alertname: "HighErrorRate" },
      alerts: [
        { ...firing.alerts[0], labels: { alertname: "A", severity: "warning" } },
        { ...firing.alerts[1], labels: { alertname: "A", keel_severity: "SEV1" } },
      ],
    });
    expect(severityOfGroup(mixed)).toBe("SEV1");
    const oneResolved = parse({ ...firing, commonLabels: {}, alerts: [{ ...firing.alerts[0], labels: { severity: "warning" } }, { ...firing.alerts[1], status: "resolved", labels: { keel_severity: "SEV1" } }] });
    expect(severityOfGroup(oneResolved)).toBe("SEV3");
  });

  it("titles the incident with the common summary, else the alert name, group labels and service", () => {
    expect(titleOfGroup(payload)).toBe("Checkout error rate above 2%");
    const bare = parse({ ...firing, commonAnnotations: {}, groupLabels: { alertname: "DiskFull", cluster: "eu-1", service: "checkout" } });
    expect(titleOfGroup(bare)).toBe('HighErrorRate {cluster="eu-1"} on checkout');
    const none = parse({ ...firing, commonAnnotations: {}, commonLabels: {}, groupLabels: {} });
    expect(titleOfGroup(none)).toBe("HighErrorRate");
  });

  it("collects service labels, the common one first, without repeats", () => {
    expect(serviceLabels(payload)).toEqual(["checkout"]);
    const two = parse({ ...firing, commonLabels: {}, alerts: [{ ...firing.alerts[0], labels: { service: "payments" } }, { ...firing.alerts[1], labels: { service: "checkout" } }, { ...firing.alerts[1], labels: {} }] });
    expect(serviceLabels(two)).toEqual(["payments", "checkout"]);
  });

  it("finds the runbook in runbook_url or keel_runbook", () => {
    expect(runbookOf(payload.alerts[0]!)).toEqual({ url: "https://runbooks.example.com/checkout/high-error-rate" });
    const alert = { ...payload.alerts[0]!, annotations: { keel_runbook: "high-error-rate" } };
    expect(runbookOf(alert)).toEqual({ slug: "high-error-rate" });
    expect(runbookOf({ ...alert, annotations: { keel_runbook: "https://wiki/x" } })).toEqual({ url: "https://wiki/x" });
    expect(runbookOf({ ...alert, annotations: {} }, { keel_runbook: "from-common" })).toEqual({ slug: "from-common" });
    expect(runbookOf({ ...alert, annotations: {} })).toBeNull();
  });

  it("writes one timeline entry per alert: firing at its start, resolved at its end", () => {
    const received = new Date("2026-12-02T10:30:00Z");
    const entry = alertEntry(payload.alerts[0]!, payload, { url: "https://runbooks.example.com/checkout/high-error-rate" }, received);
    expect(entry.at.toISOString()).toBe("2026-12-02T09:58:12.345Z");
    expect(entry.text).toBe(
      [
        'Alert firing: HighErrorRate {instance="checkout-1:8080", job="checkout"} — Checkout error rate above 2%',
        "5.2% of checkout requests failed over the last 5 minutes.",
        "Source: http://prometheus.example.com:9090/graph?g0.expr=job%3Acheckout_errors%3Aratio5m+%3E+0.02&g0.tab=1",
        "Runbook: https://runbooks.example.com/checkout/high-error-rate",
      ].join("\n"),
    );
    const resolved = resolvedCopy();
    const done = alertEntry(resolved.alerts[1]!, resolved, { title: "High error rate", url: "/services/checkout#runbooks" }, received);
    expect(done.at.toISOString()).toBe("2026-12-02T10:21:30.500Z");
    expect(done.text.split("\n")[0]).toBe('Alert resolved: HighErrorRate {instance="checkout-2:8080", job="checkout"} — Checkout error rate above 2%');
    expect(done.text).toContain("Runbook: High error rate (/services/checkout#runbooks)");
    const noEnd = alertEntry({ ...resolved.alerts[1]!, endsAt: "0001-01-01T00:00:00Z" }, resolved, null, received);
    expect(noEnd.at).toEqual(received);
  });

  it("identifies an alert's firing by fingerprint, status and start, and the group's start by its earliest firing alert", () => {
    expect(receiptOf(payload.alerts[1]!)).toEqual({ fingerprint: "9d1c2e44a0b7f615", status: "firing", startsAt: new Date("2026-12-02T09:59:02.001Z") });
    expect(startOfGroup(payload).toISOString()).toBe("2026-12-02T09:58:12.345Z");
  });
});
