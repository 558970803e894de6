import { describe, expect, it } from "vitest";
import { describeAuditChange, diffAudit, formatValue } from "./audit-diff";

const slo = {
  id: 7,
  slug: "checkout-availability",
  name: "Checkout availability",
  description: "",
  target: 0.999,
  windowKind: "rolling",
  windowDays: 30,
  latencyThresholdMs: null,
  alertWindows: null,
  policy: null,
  source: { kind: "push" },
  staleAfterMinutes: 15,
  createdAt: "2026-11-01T08:00:00.000Z",
  updatedAt: "2026-11-01T08:00:00.000Z",
};

describe("diffAudit on an update", () => {
  it("lists only the fields that changed, formatted by what they are", () => {
    const after = { ...slo, target: 0.995, windowDays: 28, staleAfterMinutes: null, updatedAt: "2026-12-02T07:00:00.000Z" };
    expect(diffAudit(slo, after).map(describeAuditChange)).toEqual(["target: 99.9% → 99.5%", "windowDays: 30 days → 28 days", "staleAfterMinutes: 15 min → never"]);
  });

  it("flattens nested objects to paths and shows a null that became an object as its fields", () => {
    const after = { ...slo, policy: { warnBelowRemaining: 0.4, earlyBurn: { consumedAbove: 0.5, withinDays: 10 }, freezeOnPage: false }, source: { kind: "prometheus", datasource: "https://keel:s3cret@prom.example.com", totalQuery: "sum(rate(x[5m]))" } };
    expect(diffAudit(slo, after).map(describeAuditChange)).toEqual([
      "policy.warnBelowRemaining: none → 40%",
      "policy.earlyBurn.consumedAbove: none → 50%",
      "policy.earlyBurn.withinDays: none → 10 days",
      "policy.freezeOnPage: none → no",
      "source.kind: push → prometheus",
      "source.datasource: none → https://•••@prom.example.com",
      "source.totalQuery: none → sum(rate(x[5m]))",
    ]);
    expect(diffAudit(after, slo).map(describeAuditChange)).toContain("policy.warnBelowRemaining: 40% → none");
  });

  it("indexes arrays of objects and keeps lists of plain values as one field", () => {
    const before = { alertWindows: [{ severity: "page", longWindow: "1h", budgetPercent: 2 }], scopes: ["read"] };
    const after = { alertWindows: [{ severity: "page", longWindow: "6h", budgetPercent: 5 }, { severity: "ticket", longWindow: "1d", budgetPercent: 10 }], scopes: ["read", "write"] };
    expect(diffAudit(before, after)).toEqual([
      { path: "alertWindows[0].longWindow", kind: "changed", before: "1h", after: "6h" },
      { path: "alertWindows[0].budgetPercent", kind: "changed", before: "2%", after: "5%" },
      { path: "alertWindows[1].severity", kind: "changed", before: "none", after: "ticket" },
      { path: "alertWindows[1].longWindow", kind: "changed", before: "none", after: "1d" },
      { path: "alertWindows[1].budgetPercent", kind: "changed", before: "none", after: "10%" },
      { path: "scopes", kind: "changed", before: "read", after: "read, write" },
    ]);
  });

  it("says a secret changed without its value", () => {
    const before = { name: "Ada", role: "viewer", isActive: true };
    const after = { name: "Ada", role: "editor", isActive: false, password: "changed" };
    expect(diffAudit(before, after).map(describeAuditChange)).toEqual(["role: viewer → editor", "isActive: yes → no", "password: changed (not shown)"]);
  });

  it("finds nothing when only the timestamps moved", () => {
    expect(diffAudit(slo, { ...slo, updatedAt: "2026-12-02T07:00:00.000Z" })).toEqual([]);
  });
});

describe("diffAudit on a create or delete", () => {
  it("lists what a create set, skipping empty fields and hiding hashes", () => {
    const token = { id: 3, name: "ci", scopes: ["read", "write"], teamIds: null, tokenHash: "ab12", prefix: "keel_ab12", revokedAt: null, createdAt: "2026-12-02T07:00:00.000Z" };
    expect(diffAudit(null, token)).toEqual([
      { path: "id", kind: "added", after: "3" },
      { path: "name", kind: "added", after: "ci" },
      { path: "scopes", kind: "added", after: "read, write" },
      { path: "tokenHash", kind: "secret", change: "set" },
      { path: "prefix", kind: "added", after: "keel_ab12" },
    ]);
    expect(describeAuditChange({ path: "tokenHash", kind: "secret", change: "set" })).toBe("tokenHash: set (not shown)");
  });

  it("lists what a delete removed", () => {
    expect(diffAudit({ slug: "payments", name: "Payments", description: "" }, null).map(describeAuditChange)).toEqual(["slug: payments (removed)", "name: Payments (removed)"]);
  });

  it("reads tier targets by their tier, as percentages", () => {
    expect(diffAudit({ "1": 0.9999, "2": 0.999, "3": 0.99 }, { "1": 0.999, "2": 0.999, "3": 0.995 }, "tierTargets").map(describeAuditChange)).toEqual([
      "tier.1.target: 99.99% → 99.9%",
      "tier.3.target: 99% → 99.5%",
    ]);
  });

  it("names a bare value", () => {
    expect(diffAudit(null, 5).map(describeAuditChange)).toEqual(["value: 5"]);
  });
});

describe("formatValue", () => {
  it("reads fractions as percentages and units from the field's name", () => {
    expect(formatValue("target", 0.9999)).toBe("99.99%");
    expect(formatValue("timesliceTarget", 0.95)).toBe("95%");
    expect(formatValue("latencyThresholdMs", 300)).toBe("300 ms");
    expect(formatValue("reviewCadenceDays", 90)).toBe("90 days");
    expect(formatValue("tier", 2)).toBe("2");
  });

  it("reads times, booleans, empty and missing values", () => {
    expect(formatValue("revokedAt", "2026-12-02T07:05:09.120Z")).toBe("2026-12-02 07:05 UTC");
    expect(formatValue("freezeOnPage", true)).toBe("yes");
    expect(formatValue("description", "")).toBe("empty");
    expect(formatValue("segment", null)).toBe("none");
  });
});
