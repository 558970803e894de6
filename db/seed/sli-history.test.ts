import { describe, expect, it } from "vitest";
import { DEMO_SLOS } from "./demo-slos";
import { diurnalFactor, generateHistory } from "./sli-history";

describe("generateHistory", () => {
  const slo = DEMO_SLOS.find((s) => s.input.slug === "checkout-availability")!;
  const end = 29_400_000; // a fixed epoch minute

  it("is deterministic and covers every minute once", () => {
    const a = generateHistory(slo, end, 2, 7, null);
    const b = generateHistory(slo, end, 2, 7, null);
    expect(a).toEqual(b);
    expect(a).toHaveLength(2880);
    expect(a[0]!.minute).toBe(end - 2880);
    expect(a.at(-1)!.minute).toBe(end - 1);
    expect(a.every((row) => row.good >= 0 && row.good <= row.total && row.total > 0)).toBe(true);
  });

  it("follows the day and burns budget during incidents", () => {
    expect(diurnalFactor(240)).toBeCloseTo(0.1, 1);
    expect(diurnalFactor(960)).toBeCloseTo(1, 1);
    const rows = generateHistory(slo, end, 4, 7, null);
    const incidentStart = end - 3 * 1440 - 120;
    const during = rows.filter((r) => r.minute >= incidentStart && r.minute < incidentStart + 720);
    const badShare = during.reduce((s, r) => s + r.total - r.good, 0) / during.reduce((s, r) => s + r.total, 0);
    expect(badShare).toBeGreaterThan(0.17);
    expect(badShare).toBeLessThan(0.23);
  });
});
