import { describe, expect, it } from "vitest";
import { forecast, forecastByKey, linearForecast, tQuantile975 } from "./forecast";

const U = 1_000_000_000n;
const months = (start: number, costs: number[]) => costs.map((cost, i) => ({ month: `2026-${String(start + i).padStart(2, "0")}`, cost: BigInt(cost) * U }));

describe("linearForecast", () => {
  it("extends a perfect line exactly, with a zero-width band", () => {
    const fit = linearForecast([100, 110, 120, 130], 3);
    expect(fit).toMatchObject({ method: "linear", monthsUsed: 4, slope: 10, residualError: 0 });
    expect(fit.points).toEqual([
      { cost: 140, low: 140, high: 140 },
      { cost: 150, low: 150, high: 150 },
      { cost: 160, low: 160, high: 160 },
    ]);
  });

  it("gives a flat history a flat forecast", () => {
    expect(linearForecast([50, 50, 50], 2).points).toEqual([
      { cost: 50, low: 50, high: 50 },
      { cost: 50, low: 50, high: 50 },
    ]);
  });

  it("widens the band with the horizon (95% prediction interval)", () => {
    // y = 100, 120, 100, 120: slope 4, intercept 104, residuals −4, 12, −12, 4 → SSR 320, s = √160.
    const fit = linearForecast([100, 120, 100, 120], 3);
    expect(fit.slope).toBeCloseTo(4, 12);
    expect(fit.residualError).toBeCloseTo(Math.sqrt(160), 12);
    const [a, b, c] = fit.points;
    expect(a!.cost).toBeCloseTo(120, 12);
    // x = 4: √(1 + 1/4 + 2.5²/5) = √2.5
    expect(a!.high - a!.cost).toBeCloseTo(4.303 * Math.sqrt(160) * Math.sqrt(2.5), 9);
    expect(b!.high - b!.low).toBeGreaterThan(a!.high - a!.low);
    expect(c!.high - c!.low).toBeGreaterThan(b!.high - b!.low);
  });

  it("never goes below 0", () => {
    const fit = linearForecast([300, 200, 100], 3);
    expect(fit.points.map((p) => p.cost)).toEqual([0, 0, 0]);
    expect(fit.points.every((p) => p.low === 0 && p.high >= 0)).toBe(true);
  });

  it("handles one and two months", () => {
    expect(linearForecast([], 3)).toEqual({ method: "none", monthsUsed: 0, slope: 0, residualError: 0, points: [] });
    expect(linearForecast([70], 2)).toMatchObject({ method: "flat", points: [{ cost: 70, low: 70, high: 70 }, { cost: 70, low: 70, high: 70 }] });
    expect(linearForecast([70, 80], 1)).toMatchObject({ method: "linear", residualError: 0, points: [{ cost: 90, low: 90, high: 90 }] });
  });

  it("uses t quantiles by degrees of freedom", () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(10)).toBe(2.228);
    expect(tQuantile975(100)).toBe(1.96);
    expect(tQuantile975(0)).toBe(0);
  });
});

describe("forecast", () => {
  it("forecasts the months after the last one, by name", () => {
    const result = forecast(months(1, [100, 110, 120, 130]), 3);
    expect(result.points).toEqual([
      { month: "2026-05", cost: 140, low: 140, high: 140 },
      { month: "2026-06", cost: 150, low: 150, high: 150 },
      { month: "2026-07", cost: 160, low: 160, high: 160 },
    ]);
  });

  it("fits only the last 12 months and counts gaps as 0", () => {
    const old = { month: "2025-01", cost: 10_000n * U };
    const year = months(1, [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(forecast([old, ...year], 1)).toMatchObject({ monthsUsed: 12, slope: 0, points: [{ month: "2027-01", cost: 100 }] });
    const gap = forecast([{ month: "2026-01", cost: 100n * U }, { month: "2026-03", cost: 100n * U }], 1);
    expect(gap.monthsUsed).toBe(3);
  });

  it("runs through a given last month and returns nothing without cost", () => {
    expect(forecast(months(1, [100]), 2, "2026-02")).toMatchObject({ method: "linear", points: [{ month: "2026-03", cost: 0 }, { month: "2026-04", cost: 0 }] });
    expect(forecast([], 3)).toEqual({ method: "none", monthsUsed: 0, slope: 0, residualError: 0, points: [] });
  });
});

describe("forecastByKey", () => {
  it("forecasts every key through the same last month", () => {
    const rows = [
      ...months(1, [100, 110, 120]).map((p) => ({ key: "payments", month: p.month, costNanos: p.cost })),
      { key: "web", month: "2026-01", costNanos: 50n * U },
    ];
    const byKey = forecastByKey(rows, 1);
    expect([...byKey.keys()]).toEqual(["payments", "web"]);
    expect(byKey.get("payments")!.points).toEqual([{ month: "2026-04", cost: 130, low: 130, high: 130 }]);
    // web: 50, 0, 0 → falling line, clipped at 0.
    expect(byKey.get("web")!.points[0]).toMatchObject({ month: "2026-04", cost: 0 });
  });
});
