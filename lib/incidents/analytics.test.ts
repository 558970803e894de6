import { describe, expect, it } from "vitest";
import { meanMedian, mttaMinutes, mttrMinutes, summarize, type IncidentFacts } from "./analytics";

const at = (iso: string) => new Date(iso);
const incident = (number: number, severity: IncidentFacts["severity"], start: string, ackMin: number | null, resolveMin: number | null, isDrill = false): IncidentFacts => {
  const startedAt = at(start);
  const plus = (m: number | null) => (m === null ? null : new Date(startedAt.getTime() + m * 60_000));
  return { number, severity, team: "streaming", startedAt, acknowledgedAt: plus(ackMin), resolvedAt: plus(resolveMin), isDrill };
};

describe("mean and median", () => {
  it("odd and even counts, and none", () => {
    expect(meanMedian([4, 1, 10])).toEqual({ mean: 5, median: 4 });
    expect(meanMedian([4, 1, 10, 5])).toEqual({ mean: 5, median: 4.5 });
    expect(meanMedian([])).toEqual({ mean: null, median: null });
  });
});

describe("MTTA and MTTR", () => {
  const incidents = [
    incident(1, "SEV1", "2026-10-01T10:00:00Z", 3, 90),
    incident(2, "SEV2", "2026-10-05T10:00:00Z", 12, 45),
    incident(3, "SEV2", "2026-10-09T10:00:00Z", null, null),
    incident(4, "SEV3", "2026-10-31T23:59:00Z", 30, 600),
  ];

  it("each over the incidents that have the instant", () => {
    expect(mttaMinutes(incidents)).toEqual({ mean: 15, median: 12 });
    expect(mttrMinutes(incidents)).toEqual({ mean: 245, median: 90 });
  });

  it("count only incidents that started in [from, to)", () => {
    const october = summarize(incidents, { from: at("2026-10-01T10:00:00Z"), to: at("2026-10-31T23:59:00Z") });
    expect(october.count).toBe(3);
    expect(october.bySeverity).toEqual({ SEV1: 1, SEV2: 2, SEV3: 0, SEV4: 0 });
    expect(october.mttaMinutes).toEqual({ mean: 7.5, median: 7.5 });
  });

  it("a drill changes no MTTA, MTTR or count", () => {
    const range = { from: at("2026-10-01T00:00:00Z"), to: at("2026-11-01T00:00:00Z") };
    const without = summarize(incidents, range);
    const withDrill = summarize([...incidents, incident(5, "SEV1", "2026-10-15T10:00:00Z", 1, 2, true)], range);
    expect(withDrill).toEqual(without);
  });

  it("no incidents: count 0 and null figures", () => {
    expect(summarize([], { from: at("2026-10-01T00:00:00Z"), to: at("2026-11-01T00:00:00Z") })).toEqual({
      count: 0,
      bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
      mttaMinutes: { mean: null, median: null },
      mttrMinutes: { mean: null, median: null },
    });
  });
});
