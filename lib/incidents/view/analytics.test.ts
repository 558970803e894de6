import { describe, expect, it } from "vitest";
import { monthlyFigures } from "../analytics-months";
import { countRows, formatMinutesFigure, markerMonths, monthLabel, mttrRows } from "./analytics";

describe("analytics view", () => {
  it("names months and writes minutes", () => {
    expect(monthLabel("2026-03")).toBe("Mar 2026");
    expect(formatMinutesFigure(null)).toBe("—");
    expect(formatMinutesFigure(42.46)).toBe("42.5 min");
    expect(formatMinutesFigure(1440)).toBe("1,440 min");
  });

  it("shapes month rows for the charts, nulls where a severity had nothing resolved", () => {
    const start = new Date("2026-03-02T10:00:00Z");
    const months = monthlyFigures(
      [{ number: 1, severity: "SEV1", team: "t", startedAt: start, acknowledgedAt: null, resolvedAt: new Date(start.getTime() + 90 * 60_000), isDrill: false }],
      { from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") },
    );
    expect(mttrRows(months)).toEqual([
      { month: "2026-02", label: "Feb 2026", SEV1: null, SEV2: null, SEV3: null, SEV4: null },
      { month: "2026-03", label: "Mar 2026", SEV1: 90, SEV2: null, SEV3: null, SEV4: null },
    ]);
    expect(countRows(months)[1]).toEqual({ month: "2026-03", label: "Mar 2026", SEV1: 1, SEV2: 0, SEV3: 0, SEV4: 0 });
  });

  it("places a milestone on its month in the zone", () => {
    expect(markerMonths([{ at: "2026-02-28T23:30:00Z", label: "On-call paging on" }], "Europe/Berlin")).toEqual([{ month: "2026-03", label: "On-call paging on", monthLabel: "Mar 2026" }]);
  });
});
