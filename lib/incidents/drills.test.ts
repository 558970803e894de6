import { describe, expect, it } from "vitest";
import { drillTimings, summarizeDrillTimings } from "./drills";
import { formatTiming } from "./view/format";

const at = (iso: string) => new Date(iso);

describe("drill timings", () => {
  it("detect from the fault, the rest from the trigger", () => {
    expect(
      drillTimings({
        faultInjectedAt: at("2026-11-10T14:00:00Z"),
        triggeredAt: at("2026-11-10T14:04:30Z"),
        acknowledgedAt: at("2026-11-10T14:06:30Z"),
        escalatedAt: at("2026-11-10T14:10:30Z"),
        resolvedAt: at("2026-11-10T14:41:30Z"),
      }),
    ).toEqual({ detectMinutes: 4.5, acknowledgeMinutes: 2, escalateMinutes: 6, resolveMinutes: 37 });
  });

  it("a step not reached has no timing", () => {
    expect(drillTimings({ faultInjectedAt: null, triggeredAt: at("2026-11-10T14:00:00Z"), acknowledgedAt: null, escalatedAt: null, resolvedAt: null })).toEqual({
      detectMinutes: null,
      acknowledgeMinutes: null,
      escalateMinutes: null,
      resolveMinutes: null,
    });
  });

  it("summaries count only the drills that reached each step", () => {
    const summary = summarizeDrillTimings([
      { detectMinutes: 4, acknowledgeMinutes: 2, escalateMinutes: null, resolveMinutes: 30 },
      { detectMinutes: 10, acknowledgeMinutes: 6, escalateMinutes: 8, resolveMinutes: 50 },
      { detectMinutes: 1, acknowledgeMinutes: null, escalateMinutes: null, resolveMinutes: null },
    ]);
    expect(summary).toEqual({ drills: 3, detect: { mean: 5, median: 4 }, acknowledge: { mean: 4, median: 4 }, escalate: { mean: 8, median: 8 }, resolve: { mean: 40, median: 40 } });
  });

  it("formats timings for people, a step not reached as a dash", () => {
    expect([formatTiming(null), formatTiming(4.4), formatTiming(60), formatTiming(65), formatTiming(1_440), formatTiming(1_620)]).toEqual(["—", "4 min", "1 h", "1 h 5 min", "1 day", "1 day 3 h"]);
  });
});
