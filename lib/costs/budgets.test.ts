import { describe, expect, it } from "vitest";
import { budgetStatus, monthBounds, projectMonthEnd } from "./budgets";
import { DEFAULT_COST_POLICY } from "./policy";

const U = 1_000_000_000n;
const policy = DEFAULT_COST_POLICY;

describe("budgetStatus", () => {
  it("is ok below 80%, warning from exactly 80%, over from exactly 100%", () => {
    expect(budgetStatus(799_999_999_999n, 1000n * U, policy)).toMatchObject({ status: "ok", remaining: 200_000_000_001n });
    expect(budgetStatus(800n * U, 1000n * U, policy)).toEqual({ status: "warning", spent: 800n * U, budget: 1000n * U, used: 0.8, remaining: 200n * U });
    expect(budgetStatus(999_999_999_999n, 1000n * U, policy).status).toBe("warning");
    expect(budgetStatus(1000n * U, 1000n * U, policy)).toEqual({ status: "over", spent: 1000n * U, budget: 1000n * U, used: 1, remaining: 0n });
    expect(budgetStatus(1250n * U, 1000n * U, policy)).toMatchObject({ status: "over", used: 1.25, remaining: -250n * U });
  });

  it("follows configured thresholds", () => {
    const strict = { budgetWarnAt: 0.5, budgetOverAt: 0.9 };
    expect(budgetStatus(499n * U, 1000n * U, strict).status).toBe("ok");
    expect(budgetStatus(500n * U, 1000n * U, strict).status).toBe("warning");
    expect(budgetStatus(900n * U, 1000n * U, strict).status).toBe("over");
  });

  it("treats a zero budget as over once anything is spent", () => {
    expect(budgetStatus(0n, 0n, policy)).toEqual({ status: "ok", spent: 0n, budget: 0n, used: null, remaining: 0n });
    expect(budgetStatus(1n, 0n, policy)).toMatchObject({ status: "over", used: null, remaining: -1n });
  });
});

describe("projectMonthEnd", () => {
  it("uses UTC calendar months", () => {
    expect(monthBounds("2026-02")).toEqual({ start: Date.UTC(2026, 1, 1), end: Date.UTC(2026, 2, 1) });
    expect(monthBounds("2026-12").end).toBe(Date.UTC(2027, 0, 1));
    expect(() => monthBounds("2026-00")).toThrow(RangeError);
  });

  it("projects linearly by time elapsed", () => {
    // 10 of 30 days of November spent 100 → 300.
    expect(projectMonthEnd(100n * U, "2026-11", Date.UTC(2026, 10, 11))).toBe(300n * U);
    // 14 of 28 days of February.
    expect(projectMonthEnd(50n * U, "2026-02", Date.UTC(2026, 1, 15))).toBe(100n * U);
  });

  it("gives a finished month its spend and a month not begun nothing", () => {
    expect(projectMonthEnd(42n, "2026-11", Date.UTC(2026, 11, 1))).toBe(42n);
    expect(projectMonthEnd(42n, "2026-11", Date.UTC(2026, 10, 1))).toBeNull();
  });
});
