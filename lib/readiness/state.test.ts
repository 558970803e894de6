import { describe, expect, it } from "vitest";
import { DEFAULT_READINESS_POLICY } from "./policy";
import { categoryScores, levelOf, reviewDueAt, serviceReadiness, type StateItem, type StateReview } from "./state";

const P = DEFAULT_READINESS_POLICY;
const NOW = Date.parse("2026-12-02T12:00:00Z");

const item = (key: string, over: Partial<StateItem> = {}): StateItem => ({
  itemKey: key,
  text: `Item ${key}`,
  categoryKey: "slos",
  categoryName: "SLOs and alerting",
  required: true,
  evidenceRequired: false,
  status: "pass",
  justification: "",
  evidenceUrl: "",
  checkResult: null,
  overrideReason: null,
  ...over,
});
const review = (over: Partial<StateReview>): StateReview => ({ id: 5, status: "in_review", approvedAt: null, items: [], ...over });

describe("levels", () => {
  it("Gold is every applicable item, Silver from 75%, Bronze from 50%, exactly at the thresholds", () => {
    expect(levelOf(4, 4, P)).toBe("gold");
    expect(levelOf(3, 4, P)).toBe("silver");
    expect(levelOf(11, 15, P)).toBe("bronze"); // 73.3%
    expect(levelOf(2, 4, P)).toBe("bronze");
    expect(levelOf(1, 3, P)).toBe("none"); // 33.3%
    expect(levelOf(0, 0, P)).toBe("none");
    expect(levelOf(9, 10, { bronzePercent: 60, silverPercent: 95 })).toBe("bronze");
  });
});

describe("serviceReadiness", () => {
  it("never reviewed (or only a cancelled review): not_reviewed with nothing counted", () => {
    expect(serviceReadiness(null, P, NOW)).toEqual({ state: "not_reviewed", reviewId: null, approvedAt: null, reviewDueAt: null, level: "none", passed: 0, applicable: 0, blockers: [] });
    expect(serviceReadiness(review({ status: "cancelled" }), P, NOW).state).toBe("not_reviewed");
  });

  it("in review: N/A items are not applicable; pending required items are blockers but do not block", () => {
    const r = serviceReadiness(review({ items: [item("a"), item("b", { status: "na" }), item("c", { status: "pending" }), item("d", { status: "fail", required: false })] }), P, NOW);
    expect(r).toEqual({ state: "in_review", reviewId: 5, approvedAt: null, reviewDueAt: null, level: "none", passed: 1, applicable: 3, blockers: [{ item: "Item c", message: "Not checked yet" }] });
  });

  it("blocked by a failed required item, or by a pending one whose automatic check failed", () => {
    const failed = serviceReadiness(review({ items: [item("a"), item("b", { status: "fail" })] }), P, NOW);
    expect(failed.state).toBe("blocked");
    expect(failed.blockers).toEqual([{ item: "Item b", message: "Failed" }]);
    const check = { status: "fail" as const, message: "The latest drill of Accounts API ran 2026-03-01 10:00 UTC, more than 6 months ago. Run one in the last 6 months.", evidence: [] };
    // The check's result sets the item's status while nobody overrides it.
    const byCheck = serviceReadiness(review({ items: [item("a", { status: "pending" }), item("drill", { status: "fail", checkResult: check })] }), P, NOW);
    expect(byCheck.state).toBe("blocked");
    expect(byCheck.blockers).toEqual([
      { item: "Item a", message: "Not checked yet" },
      { item: "Item drill", message: `Automatic check failed: ${check.message}` },
    ]);
    // Still pending with a failing result (not yet applied): blocked as well.
    expect(serviceReadiness(review({ items: [item("drill", { status: "pending", checkResult: check })] }), P, NOW).state).toBe("blocked");
    // A person's pass over a failing check (with a reason) counts as passed.
    expect(serviceReadiness(review({ items: [item("drill", { status: "pass", checkResult: check, overrideReason: "drill ran in staging last week" })] }), P, NOW).state).toBe("in_review");
  });

  it("approved: ready until approvedAt + 12 months, expired from that instant", () => {
    const approvedAt = new Date("2025-12-02T12:00:00Z");
    const approved = review({ status: "approved", approvedAt, items: [item("a"), item("b"), item("c"), item("d", { status: "na" })] });
    const justBefore = serviceReadiness(approved, P, NOW - 1);
    expect(justBefore).toEqual({ state: "ready", reviewId: 5, approvedAt, reviewDueAt: new Date("2026-12-02T12:00:00Z"), level: "gold", passed: 3, applicable: 3, blockers: [] });
    expect(serviceReadiness(approved, P, NOW).state).toBe("expired");
    expect(serviceReadiness(approved, { ...P, reReviewMonths: 13 }, NOW).state).toBe("ready");
  });

  it("re-review months count in UTC calendar months; month ends clamp", () => {
    expect(reviewDueAt(new Date("2026-01-31T23:30:00Z"), 1).toISOString()).toBe("2026-02-28T23:30:00.000Z");
    expect(reviewDueAt(new Date("2026-03-29T01:30:00Z"), 12).toISOString()).toBe("2027-03-29T01:30:00.000Z");
  });
});

describe("blockers and categories", () => {
  it("lists only required items that are neither passed nor N/A", () => {
    expect(serviceReadiness(review({ items: [item("a"), item("b", { status: "na" }), item("c", { required: false, status: "pending" })] }), P, NOW).blockers).toEqual([]);
  });

  it("scores each category in the review's order", () => {
    const items = [item("a"), item("b", { status: "fail" }), item("c", { categoryKey: "oncall", categoryName: "On-call" }), item("d", { categoryKey: "slos", categoryName: "SLOs and alerting", status: "pass" })];
    expect(categoryScores(items, P)).toEqual([
      { key: "slos", name: "SLOs and alerting", passed: 2, applicable: 3, level: "bronze" },
      { key: "oncall", name: "On-call", passed: 1, applicable: 1, level: "gold" },
    ]);
  });
});
