import { describe, expect, it } from "vitest";
import { breakdown, monthlySeries, monthOverMonth, monthRange, perMillionRequests, ratio, shiftMonth, topDrivers, unitCost, unitCosts, type GroupedCost } from "./showback";

const U = 1_000_000_000n;
const row = (key: string, month: string, units: bigint): GroupedCost => ({ key, month, costNanos: units * U });

const rows: GroupedCost[] = [
  row("payments", "2026-10", 600n),
  row("ledger", "2026-10", 300n),
  row("web", "2026-10", 100n),
  row("payments", "2026-11", 700n),
  row("ledger", "2026-11", 200n),
  row("search", "2026-11", 100n),
  row("search", "2026-11", 100n),
];

describe("months", () => {
  it("shifts across year ends and lists ranges oldest first", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2026-03", -12)).toBe("2025-03");
    expect(monthRange("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(() => shiftMonth("2026-13", 0)).toThrow(RangeError);
  });
});

describe("breakdown", () => {
  it("gives exact shares, last month's cost, largest first, and adds repeated keys", () => {
    const result = breakdown(rows, "2026-11");
    expect(result).toEqual([
      { key: "payments", cost: 700n * U, share: 700 / 1100, previousCost: 600n * U },
      { key: "ledger", cost: 200n * U, share: 200 / 1100, previousCost: 300n * U },
      { key: "search", cost: 200n * U, share: 200 / 1100, previousCost: 0n },
    ]);
    expect(result.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("breaks cost ties by key and is empty for a month without cost", () => {
    expect(breakdown(rows, "2026-11").map((r) => r.key)).toEqual(["payments", "ledger", "search"]);
    expect(breakdown(rows, "2026-12")).toEqual([]);
  });

  it("gives share 0 when the month's total is 0", () => {
    expect(breakdown([row("a", "2026-11", 0n)], "2026-11")).toEqual([{ key: "a", cost: 0n, share: 0, previousCost: 0n }]);
  });

  it("sums sub-cent lines exactly", () => {
    const tiny = Array.from({ length: 100_000 }, () => ({ key: "x", month: "2026-11", costNanos: 123n }));
    expect(breakdown(tiny, "2026-11")[0]!.cost).toBe(12_300_000n);
  });
});

describe("monthOverMonth", () => {
  it("gives the absolute and relative change", () => {
    expect(monthOverMonth(rows, "2026-11")).toEqual({ current: 1100n * U, previous: 1000n * U, change: 100n * U, ratio: 0.1 });
  });

  it("has a null ratio when the month before has no cost", () => {
    expect(monthOverMonth(rows, "2026-10")).toEqual({ current: 1000n * U, previous: 0n, change: 1000n * U, ratio: null });
    expect(monthOverMonth([], "2026-10")).toEqual({ current: 0n, previous: 0n, change: 0n, ratio: null });
  });

  it("gives -1 when a month drops to nothing", () => {
    expect(monthOverMonth(rows, "2026-12").ratio).toBe(-1);
  });
});

describe("monthlySeries", () => {
  it("has every month, zeros filled, keys largest total first", () => {
    const series = monthlySeries(rows, "2026-12", 4);
    expect(series.months).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(series.keys).toEqual(["payments", "ledger", "search", "web"]);
    expect(series.points[0]).toEqual({ month: "2026-09", total: 0n, costs: { payments: 0n, ledger: 0n, search: 0n, web: 0n } });
    expect(series.points[2]).toEqual({ month: "2026-11", total: 1100n * U, costs: { payments: 700n * U, ledger: 200n * U, search: 200n * U, web: 0n } });
    expect(series.points[3]!.total).toBe(0n);
  });

  it("defaults to 12 months and ignores rows outside them", () => {
    const series = monthlySeries([...rows, row("old", "2025-01", 5n)], "2026-11");
    expect(series.months).toHaveLength(12);
    expect(series.months[0]).toBe("2025-12");
    expect(series.keys).not.toContain("old");
  });
});

describe("topDrivers", () => {
  it("lists growth first by absolute increase, then the largest costs that did not grow", () => {
    const drivers = topDrivers(rows, "2026-11");
    expect(drivers.map((d) => [d.key, d.change])).toEqual([
      ["search", 200n * U],
      ["payments", 100n * U],
      ["ledger", -100n * U],
    ]);
    expect(drivers[0]!.changeRatio).toBeNull();
    expect(drivers[1]!.changeRatio).toBeCloseTo(100 / 600, 15);
    expect(drivers[2]!.changeRatio).toBeCloseTo(-1 / 3, 15);
  });

  it("respects the limit", () => {
    expect(topDrivers(rows, "2026-11", 1).map((d) => d.key)).toEqual(["search"]);
    expect(topDrivers(rows, "2026-11", 0)).toEqual([]);
  });
});

describe("unit costs", () => {
  it("divides cost by quantity and is null for no quantity", () => {
    expect(unitCost(50n * U, 100, "GB").perUnit).toBe(0.5);
    expect(unitCost(50n * U, 0, "GB").perUnit).toBeNull();
    expect(perMillionRequests(30n * U, 3_000_000)).toEqual({ unit: "million requests", cost: 30n * U, quantity: 3, perUnit: 10 });
    expect(perMillionRequests(30n * U, 0).perUnit).toBeNull();
  });

  it("groups usage per unit, largest cost first", () => {
    expect(
      unitCosts([
        { unit: "GB", quantity: 100, costNanos: 40n * U },
        { unit: "million spans", quantity: 4, costNanos: 60n * U },
        { unit: "GB", quantity: 100, costNanos: 10n * U },
      ]),
    ).toEqual([
      { unit: "million spans", cost: 60n * U, quantity: 4, perUnit: 15 },
      { unit: "GB", cost: 50n * U, quantity: 200, perUnit: 0.25 },
    ]);
  });

  it("gives exact ratios of bigint sums", () => {
    expect(ratio(1n, 3n)).toBe(1 / 3);
    expect(ratio(1n, 0n)).toBe(0);
  });
});
