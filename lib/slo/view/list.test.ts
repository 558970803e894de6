import { describe, expect, it } from "vitest";
import type { SloRow } from "./rows";
import { listSloRows, sloListSubtitle } from "./list";

const row = (slug: string, over: Partial<SloRow>): SloRow => ({
  slug,
  name: slug,
  service: "svc",
  serviceName: "Service",
  team: "team",
  segment: null,
  target: 0.999,
  sli: 0.9995,
  remaining: 0.5,
  burn1h: 0.5,
  status: "healthy",
  policy: "normal",
  tier: 2,
  ...over,
});

const rows = [
  row("alpha", { remaining: 0.9, burn1h: 0.1 }),
  row("bravo", { status: "breached", remaining: -0.2, service: "checkout", tier: 1 }),
  row("charlie", { status: "at_risk", remaining: 0.7, burn1h: 20, segment: "tier=premium" }),
  row("delta", { remaining: 0.3, burn1h: 2 }),
];

describe("listSloRows", () => {
  it("sorts trouble first by default, or by budget, burn or name", () => {
    expect(listSloRows(rows, {}).rows.map((r) => r.slug)).toEqual(["bravo", "charlie", "delta", "alpha"]);
    expect(listSloRows(rows, { sort: "budget" }).rows.map((r) => r.slug)).toEqual(["bravo", "delta", "charlie", "alpha"]);
    expect(listSloRows(rows, { sort: "burn" }).rows.map((r) => r.slug)).toEqual(["charlie", "delta", "bravo", "alpha"]);
    expect(listSloRows(rows, { sort: "name" }).rows.map((r) => r.slug)).toEqual(["alpha", "bravo", "charlie", "delta"]);
    expect(listSloRows(rows, { sort: "bogus" }).sort).toBe("trouble");
  });

  it("sorts a calendar row by the period budget it shows, not by its so-far budget", () => {
    // Day 1 of a month: −1157% of the budget for the day so far, but 60% of the month's budget left.
    const early = row("echo", { remaining: -11.57, budgetLeft: 0.6 });
    expect(listSloRows([...rows, early], { sort: "budget" }).rows.map((r) => r.slug)).toEqual(["bravo", "delta", "echo", "charlie", "alpha"]);
  });

  it("filters by status, service, tier and text (segments too)", () => {
    expect(listSloRows(rows, { status: "breached" }).rows.map((r) => r.slug)).toEqual(["bravo"]);
    expect(listSloRows([...rows, row("silent", { stale: true, lastDataAt: "2026-12-02T09:42:00.000Z" })], { status: "stale" }).rows.map((r) => r.slug)).toEqual(["silent"]);
    expect(listSloRows(rows, { service: "checkout" }).total).toBe(1);
    expect(listSloRows(rows, { tier: "2" }).total).toBe(3);
    expect(listSloRows(rows, { q: "PREMIUM" }).rows.map((r) => r.slug)).toEqual(["charlie"]);
  });

  it("pages, clamping out-of-range pages", () => {
    const many = Array.from({ length: 120 }, (_, i) => row(`slo-${String(i).padStart(3, "0")}`, {}));
    const second = listSloRows(many, { sort: "name", page: "2" });
    expect(second).toMatchObject({ total: 120, page: 2, pages: 3 });
    expect(second.rows[0]!.slug).toBe("slo-050");
    expect(listSloRows(many, { page: "99" }).page).toBe(3);
    expect(listSloRows(many, { page: "-1" }).page).toBe(1);
    expect(listSloRows([], {})).toMatchObject({ total: 0, page: 1, pages: 1 });
  });
});

describe("sloListSubtitle", () => {
  it("names the chosen order", () => {
    expect(sloListSubtitle("trouble")).toBe("Every service level objective with its SLI, the error budget left in its window, how fast it burns, and its policy state; trouble first.");
    expect(sloListSubtitle("budget")).toMatch(/; the least budget left first\.$/);
    expect(sloListSubtitle("burn")).toMatch(/; the fastest burn over the last hour first\.$/);
    expect(sloListSubtitle("name")).toMatch(/; by name\.$/);
  });
});
