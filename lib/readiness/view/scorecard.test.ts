import { describe, expect, it } from "vitest";
import type { ServiceReadiness } from "../state";
import { attentionLists, readinessWords } from "./scorecard";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const DAY = 86_400_000;
const base: ServiceReadiness = { state: "ready", reviewId: 1, approvedAt: new Date(NOW - 300 * DAY), reviewDueAt: null, level: "gold", passed: 12, applicable: 12, blockers: [] };
const row = (slug: string, over: Partial<ServiceReadiness>) => ({ service: { slug, name: slug }, readiness: { ...base, ...over } });

describe("readiness view", () => {
  it("words for the palette", () => {
    expect(readinessWords(base)).toBe("Ready · Gold · 12/12 passed");
    expect(readinessWords({ ...base, state: "blocked", level: "silver", passed: 9, blockers: [{ item: "Drill", message: "old" }] })).toBe("Blocked · Silver · 9/12 passed · 1 blocker");
    expect(readinessWords({ ...base, state: "not_reviewed" })).toBe("Not reviewed");
    expect(readinessWords({ ...base, state: "expired" })).toBe("Re-review due · Gold · 12/12 passed");
  });

  it("re-review list: due within 30 days (inclusive) or past, soonest first; blocked list by blockers", () => {
    const rows = [
      row("in-31-days", { reviewDueAt: new Date(NOW + 31 * DAY) }),
      row("in-30-days", { reviewDueAt: new Date(NOW + 30 * DAY) }),
      row("overdue", { state: "expired", reviewDueAt: new Date(NOW - DAY) }),
      row("one", { state: "blocked", reviewDueAt: null, blockers: [{ item: "a", message: "x" }] }),
      row("two", { state: "blocked", reviewDueAt: null, blockers: [{ item: "a", message: "x" }, { item: "b", message: "y" }] }),
      row("in-review", { state: "in_review", reviewDueAt: null }),
    ];
    const { reReviewDue, blocked } = attentionLists(rows, NOW);
    expect(reReviewDue.map((r) => r.service.slug)).toEqual(["overdue", "in-30-days"]);
    expect(blocked.map((r) => r.service.slug)).toEqual(["two", "one"]);
  });
});
