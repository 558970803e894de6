import { describe, expect, it } from "vitest";
import { applyPatch, blockersOf, checklistItemOf, conflictingFields, groupByCategory, isBlocked, isEvidenceUrl, overridesCheck, progressOf, progressText, type ChecklistItem } from "./checklist";

const item = (key: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem => ({
  key,
  categoryKey: "ops",
  categoryName: "Operations",
  text: `Item ${key}`,
  guidance: "",
  required: true,
  evidenceRequired: false,
  check: null,
  status: "pending",
  justification: "",
  evidenceUrl: "",
  comment: "",
  assigneeId: null,
  checkResult: null,
  checkedAt: null,
  overrideReason: null,
  version: 1,
  updatedBy: null,
  updatedAt: null,
  ...overrides,
});

describe("the review checklist", () => {
  it("groups items by category in the order categories first appear", () => {
    const groups = groupByCategory([item("a", { categoryKey: "slo", categoryName: "SLOs" }), item("b"), item("c", { categoryKey: "slo", categoryName: "SLOs" })]);
    expect(groups.map((g) => [g.name, g.items.map((i) => i.key)])).toEqual([
      ["SLOs", ["a", "c"]],
      ["Operations", ["b"]],
    ]);
  });

  it("counts passed of applicable items: N/A leaves the count, fail and pending stay in it", () => {
    const items = [item("a", { status: "pass" }), item("b", { status: "pass" }), item("c", { status: "na" }), item("d", { status: "fail" }), item("e")];
    expect(progressOf(items)).toEqual({ passed: 2, applicable: 4, total: 5, percent: 50 });
    expect(progressText(progressOf(items))).toBe("2 of 4 applicable items passed");
    expect(progressOf([item("a", { status: "na" })])).toEqual({ passed: 0, applicable: 0, total: 1, percent: 0 });
    expect(progressText({ passed: 1, applicable: 1, total: 1, percent: 100 })).toBe("1 of 1 applicable item passed");
    // 12 of 20 rounds to a whole per cent; 2 of 3 too.
    expect(progressOf([...Array.from({ length: 2 }, (_, n) => item(`p${n}`, { status: "pass" })), item("x")]).percent).toBe(67);
  });

  it("blocks sign-off on required items that are neither passed nor N/A", () => {
    const items = [item("a", { status: "pass" }), item("b", { status: "na" }), item("c", { status: "fail" }), item("d"), item("e", { required: false, status: "fail" })];
    expect(blockersOf(items).map((i) => i.key)).toEqual(["c", "d"]);
  });

  it("an optimistic patch changes only what it names", () => {
    const before = item("a", { comment: "old", version: 3 });
    expect(applyPatch(before, { status: "pass" })).toEqual({ ...before, status: "pass" });
  });

  it("a status other than the automatic result is an override, except N/A (its justification serves) and the same result", () => {
    const checked = item("a", { checkResult: { status: "fail", message: "No runbook", evidence: [] } });
    expect(overridesCheck(checked, "pass")).toBe(true);
    expect(overridesCheck(checked, "pending")).toBe(true);
    expect(overridesCheck(checked, "fail")).toBe(false);
    expect(overridesCheck(checked, "na")).toBe(false);
    expect(overridesCheck(item("b"), "pass")).toBe(false);
  });

  it("a stale write conflicts only on the fields the other person holds differently", () => {
    const theirs = item("a", { status: "fail", comment: "same" });
    expect(conflictingFields({ status: "pass", comment: "same" }, theirs)).toEqual(["status"]);
    expect(conflictingFields({ status: "fail" }, theirs)).toEqual([]);
    expect(conflictingFields({ assigneeId: 4 }, theirs)).toEqual(["assigneeId"]);
  });

  it("takes evidence links only over http(s)", () => {
    expect(isEvidenceUrl("")).toBe(true);
    expect(isEvidenceUrl("https://wiki.example.com/prr")).toBe(true);
    expect(isEvidenceUrl("http://grafana.local/d/1")).toBe(true);
    expect(isEvidenceUrl("javascript:alert(1)")).toBe(false);
    expect(isEvidenceUrl("ftp://files.example.com")).toBe(false);
    expect(isEvidenceUrl("not a url")).toBe(false);
  });

  it("turns the server's item into the checklist's JSON copy", () => {
    const { key: _key, checkedAt: _c, updatedAt: _u, updatedBy: _b, ...rest } = item("a", { version: 4 });
    void [_key, _c, _u, _b];
    const copy = checklistItemOf({ ...rest, itemKey: "a", checkedAt: new Date("2026-12-01T10:00:00Z"), updatedAt: new Date("2026-12-02T08:30:00Z"), updatedBy: { name: "Morgan Manager" } });
    expect(copy).toMatchObject({ key: "a", version: 4, checkedAt: "2026-12-01T10:00:00.000Z", updatedAt: "2026-12-02T08:30:00.000Z", updatedBy: "Morgan Manager" });
  });
});

describe("a blocked review", () => {
  const base = { required: true, checkResult: null } as const;
  it("has a required item failed, or pending while its automatic check fails; optional ones never block", () => {
    expect(isBlocked([{ ...base, status: "fail" }])).toBe(true);
    expect(isBlocked([{ ...base, status: "pending", checkResult: { status: "fail", message: "No SLO", evidence: [] } }])).toBe(true);
    expect(isBlocked([{ ...base, status: "pending" }])).toBe(false);
    expect(isBlocked([{ ...base, required: false, status: "fail" }])).toBe(false);
  });
});
