// Chart data helpers: ranges, steps, ideal burndown, axis domains and overlays, pinned with exact numbers.
import { describe, expect, it } from "vitest";
import {
  alertLegendGroups,
  alertSpans,
  budgetDomain,
  budgetTicks,
  burnRateDomainMax,
  burnRateTicks,
  chooseStepMs,
  currentWindow,
  deployMarkers,
  displayBurnRate,
  hasSliData,
  isolatedPoints,
  incidentSpans,
  overlaysAtRow,
  idealBudgetRemaining,
  maxCustomRangeMs,
  resolveRange,
  seriesExtent,
  sliDomain,
  toChartRows,
  validateCustomRange,
  type AlertEpisode,
  type SeriesPoint,
} from "./chart-data";

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const T0 = Date.parse("2026-11-01T00:00:00Z");

function point(t: string, sli: number | null, budgetRemaining: number, burn1h = 0): SeriesPoint {
  return {
    t,
    sli,
    budgetRemaining,
    burnRates: { "5m": 0, "30m": 0, "1h": burn1h, "2h": 0, "6h": 0, "1d": 0, "3d": 0 },
    status: sli === null ? "no_data" : "healthy",
    policy: "normal",
  };
}

describe("chooseStepMs", () => {
  it("gives about 200 points in whole minutes", () => {
    expect(chooseStepMs(30 * DAY)).toBe(216 * MIN);
    expect(chooseStepMs(7 * DAY)).toBe(50 * MIN);
    expect(chooseStepMs(DAY)).toBe(7 * MIN);
    expect(chooseStepMs(90 * DAY)).toBe(648 * MIN);
  });

  it("keeps every preset between 150 and 250 points", () => {
    for (const rangeMs of [DAY, 7 * DAY, 30 * DAY, 31 * DAY, 28 * DAY, 92 * DAY]) {
      const points = Math.floor(rangeMs / chooseStepMs(rangeMs)) + 1;
      expect(points).toBeGreaterThanOrEqual(150);
      expect(points).toBeLessThanOrEqual(250);
    }
  });

  it("never goes below one minute", () => {
    expect(chooseStepMs(HOUR)).toBe(MIN);
    expect(chooseStepMs(0)).toBe(MIN);
  });
});

describe("currentWindow and resolveRange", () => {
  const rolling = { startMs: T0 - 30 * DAY, endMs: T0 };
  const calendar = { startMs: T0, endMs: T0 + 30 * DAY };

  it("slides a rolling window to end at now", () => {
    expect(currentWindow(rolling, T0 + HOUR)).toEqual({ startMs: T0 - 30 * DAY + HOUR, endMs: T0 + HOUR });
  });

  it("keeps a running calendar period", () => {
    expect(currentWindow(calendar, T0 + 5 * DAY)).toEqual(calendar);
  });

  it("resolves 'This window' to the window so far, minute-aligned", () => {
    expect(resolveRange({ kind: "window" }, calendar, T0 + 5 * DAY + 30_500)).toEqual({ fromMs: T0, toMs: T0 + 5 * DAY });
    expect(resolveRange({ kind: "window" }, rolling, T0 + 90_000)).toEqual({ fromMs: T0 - 30 * DAY + MIN, toMs: T0 + MIN });
  });

  it("keeps at least a minute at the very start of a calendar period", () => {
    expect(resolveRange({ kind: "window" }, calendar, T0 + 30_000)).toEqual({ fromMs: T0 - MIN, toMs: T0 });
  });

  it("resolves presets back from now", () => {
    expect(resolveRange({ kind: "7d" }, rolling, T0 + 59_999)).toEqual({ fromMs: T0 - 7 * DAY, toMs: T0 });
    expect(resolveRange({ kind: "24h" }, rolling, T0)).toEqual({ fromMs: T0 - DAY, toMs: T0 });
    expect(resolveRange({ kind: "6h" }, rolling, T0 + 30_000)).toEqual({ fromMs: T0 - 6 * HOUR, toMs: T0 });
    expect(resolveRange({ kind: "1h" }, rolling, T0 + 90_000)).toEqual({ fromMs: T0 - HOUR + MIN, toMs: T0 + MIN });
  });

  it("steps 1 hour by the minute and 6 hours by two minutes", () => {
    const oneHour = resolveRange({ kind: "1h" }, rolling, T0);
    const sixHours = resolveRange({ kind: "6h" }, rolling, T0);
    expect(chooseStepMs(oneHour.toMs - oneHour.fromMs)).toBe(MIN);
    expect(chooseStepMs(sixHours.toMs - sixHours.fromMs)).toBe(2 * MIN);
  });

  it("passes custom ranges through, truncated to minutes", () => {
    expect(resolveRange({ kind: "custom", fromMs: T0 + 1_000, toMs: T0 + HOUR + 59_000 }, rolling, T0 + DAY)).toEqual({ fromMs: T0, toMs: T0 + HOUR });
  });
});

describe("validateCustomRange", () => {
  const options = { nowMs: T0, maxRangeMs: maxCustomRangeMs({ startMs: T0 - 30 * DAY, endMs: T0 }) };

  it("allows the longer of the window and 90 days", () => {
    expect(options.maxRangeMs).toBe(90 * DAY);
    expect(maxCustomRangeMs({ startMs: T0, endMs: T0 + 92 * DAY })).toBe(92 * DAY);
  });

  it("accepts a valid range", () => {
    expect(validateCustomRange(T0 - DAY, T0, options)).toEqual({ ok: true, range: { fromMs: T0 - DAY, toMs: T0 } });
    expect(validateCustomRange(T0 - 90 * DAY, T0, options).ok).toBe(true);
  });

  it("names the field to fix", () => {
    expect(validateCustomRange(Number.NaN, T0, options)).toEqual({ ok: false, field: "from", message: "Enter a start date and time." });
    expect(validateCustomRange(T0 - DAY, Number.NaN, options)).toEqual({ ok: false, field: "to", message: "Enter an end date and time." });
    expect(validateCustomRange(T0, T0, options)).toEqual({ ok: false, field: "to", message: "The end must be after the start." });
    expect(validateCustomRange(T0 - DAY, T0 + 2 * MIN, options)).toEqual({ ok: false, field: "to", message: "The end can't be in the future." });
    expect(validateCustomRange(T0 - 90 * DAY - MIN, T0, options)).toEqual({ ok: false, field: "from", message: "The range can be at most 90 days; move the start later." });
  });

  it("allows an end one minute ahead of now", () => {
    expect(validateCustomRange(T0 - DAY, T0 + MIN, options).ok).toBe(true);
  });
});

describe("idealBudgetRemaining", () => {
  const window = { startMs: T0, endMs: T0 + 30 * DAY };

  it("falls in a straight line from 100% to 0% across the window", () => {
    expect(idealBudgetRemaining(T0, window)).toBe(1);
    expect(idealBudgetRemaining(T0 + 15 * DAY, window)).toBe(0.5);
    expect(idealBudgetRemaining(T0 + 6 * DAY, window)).toBe(0.8);
    expect(idealBudgetRemaining(T0 + 30 * DAY, window)).toBe(0);
  });

  it("is null outside the window and for an empty window", () => {
    expect(idealBudgetRemaining(T0 - MIN, window)).toBeNull();
    expect(idealBudgetRemaining(T0 + 30 * DAY + MIN, window)).toBeNull();
    expect(idealBudgetRemaining(T0, { startMs: T0, endMs: T0 })).toBeNull();
  });
});

describe("toChartRows", () => {
  it("parses times, adds the ideal line and keeps only the alert windows' burn rates", () => {
    const rows = toChartRows(
      [point("2026-11-01T00:00:00.000Z", null, 1), point("2026-11-16T00:00:00.000Z", 0.9995, 0.5, 2.5)],
      ["1h"],
      { startMs: T0, endMs: T0 + 30 * DAY },
    );
    expect(rows).toEqual([
      { t: T0, sli: null, budgetRemaining: 1, idealBudgetRemaining: 1, burnRates: { "1h": 0 } },
      { t: T0 + 15 * DAY, sli: 0.9995, budgetRemaining: 0.5, idealBudgetRemaining: 0.5, burnRates: { "1h": 2.5 } },
    ]);
  });

  it("turns unplottable burn rates into gaps", () => {
    expect(displayBurnRate(Number.POSITIVE_INFINITY)).toBeNull();
    expect(displayBurnRate(Number.NaN)).toBeNull();
    expect(displayBurnRate(-1)).toBeNull();
    expect(displayBurnRate(undefined)).toBeNull();
    expect(displayBurnRate(0)).toBe(0);
    expect(displayBurnRate(144)).toBe(144);
  });
});

describe("hasSliData and seriesExtent", () => {
  it("tells an empty range from one with data", () => {
    expect(hasSliData([point("2026-11-01T00:00:00Z", null, 1)])).toBe(false);
    expect(hasSliData([point("2026-11-01T00:00:00Z", null, 1), point("2026-11-01T00:01:00Z", 1, 1)])).toBe(true);
    expect(hasSliData([])).toBe(false);
  });

  it("finds the lowest, highest and latest values and when", () => {
    const rows = toChartRows(
      [point("2026-11-01T00:00:00Z", 0.999, 1), point("2026-11-01T01:00:00Z", 0.98, 1), point("2026-11-01T02:00:00Z", 1, 1), point("2026-11-01T03:00:00Z", null, 1)],
      [],
      { startMs: T0, endMs: T0 + DAY },
    );
    expect(seriesExtent(rows, (r) => r.sli)).toEqual({ min: { value: 0.98, t: T0 + HOUR }, max: { value: 1, t: T0 + 2 * HOUR }, last: { value: 1, t: T0 + 2 * HOUR } });
    expect(seriesExtent([], (r) => r.sli)).toEqual({ min: null, max: null, last: null });
  });
});

describe("sliDomain", () => {
  it("shows twice the allowed error below the target when the SLI stays above it", () => {
    expect(sliDomain([0.9995, 1, null], 0.999)).toEqual([0.9965, 1]);
    expect(sliDomain([], 0.99)).toEqual([0.965, 1]);
  });

  it("reaches down to a dip", () => {
    expect(sliDomain([0.99, 0.9999], 0.999)).toEqual([0.985, 1]);
  });

  it("keeps a value below the old 20× floor on the chart", () => {
    // Target 99.99%: the axis used to stop near 99.75% and an SLI of 99.5% vanished under it.
    expect(sliDomain([0.9999, 0.995], 0.9999)).toEqual([0.9945, 1]);
  });

  it("reaches values far below the target", () => {
    expect(sliDomain([0.5], 0.999)).toEqual([0.45, 1]);
    expect(sliDomain([0.999, 0.02], 0.999)).toEqual([0, 1]);
  });

  it("gives a 100% target room below it", () => {
    expect(sliDomain([1, 1], 1)).toEqual([0.9985, 1]);
    expect(sliDomain([], 1)).toEqual([0.9985, 1]);
    expect(sliDomain([0.98, 1], 1)).toEqual([0.975, 1]);
  });

  it("gives a readable axis when all values are equal", () => {
    expect(sliDomain([0.999, 0.999, 0.999], 0.999)).toEqual([0.9965, 1]);
    expect(sliDomain([0.99, 0.99], 0.999)).toEqual([0.985, 1]);
  });

  it("ignores values that are not numbers", () => {
    expect(sliDomain([Number.NaN, null, 0.9995], 0.999)).toEqual([0.9965, 1]);
  });

  it("never goes below 0%", () => {
    expect(sliDomain([0], 0.5)).toEqual([0, 1]);
  });
});

describe("budgetDomain", () => {
  it("is 0–100% while budget is left", () => {
    expect(budgetDomain([1, 0.31, null])).toEqual([0, 1]);
  });

  it("extends down in 10% steps when overspent", () => {
    expect(budgetDomain([0.2, -0.25])).toEqual([-0.3, 1]);
    expect(budgetDomain([-2])).toEqual([-2, 1]);
  });
});

describe("budgetTicks", () => {
  it("steps by 25% on a 0–100% axis", () => {
    expect(budgetTicks([0, 1])).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("keeps 0% and widens the step as the axis reaches further down", () => {
    expect(budgetTicks([-0.3, 1])).toEqual([-0.25, 0, 0.25, 0.5, 0.75, 1]);
    expect(budgetTicks([-2, 1])).toEqual([-2, -1.5, -1, -0.5, 0, 0.5, 1]);
    expect(budgetTicks([-4.2, 1])).toEqual([-4, -3, -2, -1, 0, 1]);
  });
});

describe("burn-rate axis", () => {
  it("fits the thresholds with room above the page threshold", () => {
    expect(burnRateDomainMax([0, 0.4, null], [14.4, 6, 3, 1])).toBe(30);
    expect(burnRateDomainMax([], [])).toBe(1);
    expect(burnRateDomainMax([2.5], [1])).toBe(3);
  });

  it("grows with a spike", () => {
    expect(burnRateDomainMax([100], [14.4])).toBe(100);
    expect(burnRateDomainMax([144], [14.4])).toBe(300);
    expect(burnRateDomainMax([Number.POSITIVE_INFINITY, 5], [1])).toBe(10);
  });

  it("ticks in 1-3-10 steps, thinning to decades past eight ticks", () => {
    expect(burnRateTicks(30)).toEqual([0, 1, 3, 10, 30]);
    expect(burnRateTicks(1000)).toEqual([0, 1, 3, 10, 30, 100, 300, 1000]);
    expect(burnRateTicks(3000)).toEqual([0, 1, 10, 100, 1000, 3000]);
    expect(burnRateTicks(10000)).toEqual([0, 1, 10, 100, 1000, 10000]);
    expect(burnRateTicks(1)).toEqual([0, 1]);
  });
});

describe("alertSpans", () => {
  const range = { fromMs: T0, toMs: T0 + DAY };
  const episode = (firedAt: string, resolvedAt: string | null, severity: "page" | "ticket" = "page"): AlertEpisode => ({
    severity,
    longWindow: "1h",
    shortWindow: "5m",
    threshold: 14.4,
    firedAt,
    resolvedAt,
    peakBurnRate: 20,
  });

  it("clips episodes to the range and runs open ones to its end", () => {
    const spans = alertSpans(
      [episode("2026-11-01T10:00:00Z", null, "ticket"), episode("2026-10-31T23:00:00Z", "2026-11-01T01:00:00Z"), episode("2026-11-01T05:00:00Z", "2026-11-01T05:30:00Z")],
      range,
    );
    expect(spans.map(({ x1, x2, label, isOpen, severity }) => ({ x1, x2, label, isOpen, severity }))).toEqual([
      { x1: T0, x2: T0 + HOUR, label: "page 1h/5m", isOpen: false, severity: "page" },
      { x1: T0 + 5 * HOUR, x2: T0 + 5.5 * HOUR, label: "page 1h/5m", isOpen: false, severity: "page" },
      { x1: T0 + 10 * HOUR, x2: T0 + DAY, label: "ticket 1h/5m (firing)", isOpen: true, severity: "ticket" },
    ]);
    expect(spans[0]!.firedAtMs).toBe(T0 - HOUR);
  });

  it("names each alert once in the legend, page first", () => {
    const spans = alertSpans(
      [
        episode("2026-11-01T10:00:00Z", null, "ticket"),
        episode("2026-11-01T01:00:00Z", "2026-11-01T02:00:00Z"),
        { ...episode("2026-11-01T03:00:00Z", "2026-11-01T04:00:00Z"), longWindow: "6h", shortWindow: "30m" },
        episode("2026-11-01T05:00:00Z", "2026-11-01T05:30:00Z"),
      ],
      range,
    );
    expect(spans.map((span) => span.name)).toEqual(["page 1h/5m", "page 6h/30m", "page 1h/5m", "ticket 1h/5m"]);
    expect(alertLegendGroups(spans)).toEqual([
      { severity: "page", windows: ["1h/5m", "6h/30m"] },
      { severity: "ticket", windows: ["1h/5m"] },
    ]);
    expect(alertLegendGroups([])).toEqual([]);
  });

  it("drops episodes wholly outside the range", () => {
    expect(alertSpans([episode("2026-10-30T00:00:00Z", "2026-10-31T00:00:00Z"), episode("2026-11-03T00:00:00Z", null)], range)).toEqual([]);
  });
});

describe("deployMarkers", () => {
  it("keeps deployments inside the range, oldest first", () => {
    const markers = deployMarkers(
      [
        { version: "v3", description: "", at: "2026-11-01T12:00:00Z" },
        { version: "v1", description: "old", at: "2026-10-31T12:00:00Z" },
        { version: "v2", description: "fix", at: "2026-11-01T00:00:00Z" },
      ],
      { fromMs: T0, toMs: T0 + DAY },
    );
    expect(markers.map(({ atMs, version, description }) => ({ atMs, version, description }))).toEqual([
      { atMs: T0, version: "v2", description: "fix" },
      { atMs: T0 + 12 * HOUR, version: "v3", description: "" },
    ]);
  });
});

describe("overlaysAtRow", () => {
  const rows = [{ t: T0 }, { t: T0 + HOUR }, { t: T0 + 2 * HOUR }];
  const span = (x1: number, x2: number, label: string) => ({ key: label, severity: "page" as const, name: label, label, x1, x2, isOpen: false, firedAtMs: x1, resolvedAtMs: x2, threshold: 14.4, peakBurnRate: 20 });
  const deploy = (atMs: number, version: string) => ({ key: version, atMs, version, description: "" });

  it("names the alerts firing and the deployments made since the previous point", () => {
    const spans = [span(T0 + 10 * MIN, T0 + 20 * MIN, "page 1h/5m"), span(T0 + 30 * MIN, T0 + 2 * HOUR, "page 6h/30m")];
    const deploys = [deploy(T0, "v1"), deploy(T0 + 5 * MIN, "v2"), deploy(T0 + HOUR, "v3"), deploy(T0 + 90 * MIN, "v4")];
    expect(overlaysAtRow(rows, 0, spans, deploys)).toEqual({ alerts: [], deploys: [deploys[0]], incidents: [] });
    // A 10-minute episode between two hourly points still shows at the later one.
    expect(overlaysAtRow(rows, 1, spans, deploys)).toEqual({ alerts: ["page 1h/5m", "page 6h/30m"], deploys: [deploys[1], deploys[2]], incidents: [] });
    expect(overlaysAtRow(rows, 2, spans, deploys)).toEqual({ alerts: ["page 6h/30m"], deploys: [deploys[3]], incidents: [] });
  });

  it("names an alert once however many of its episodes fall between two points", () => {
    const spans = [span(T0 + 10 * MIN, T0 + 15 * MIN, "page 1h/5m"), span(T0 + 40 * MIN, T0 + 45 * MIN, "page 1h/5m")];
    expect(overlaysAtRow(rows, 1, spans, []).alerts).toEqual(["page 1h/5m"]);
  });

  it("gives nothing for an index outside the rows", () => {
    expect(overlaysAtRow(rows, 3, [], [deploy(T0, "v1")])).toEqual({ alerts: [], deploys: [], incidents: [] });
  });

  it("names the incidents open since the previous point", () => {
    const incidents = incidentSpans(
      [
        { number: 7, title: "CDN errors", severity: "SEV2", startedAt: new Date(T0 + 20 * MIN).toISOString(), resolvedAt: new Date(T0 + 50 * MIN).toISOString() },
        { number: 8, title: "Still going", severity: "SEV1", startedAt: new Date(T0 + 100 * MIN).toISOString(), resolvedAt: null },
      ],
      { fromMs: T0, toMs: T0 + 2 * HOUR },
    );
    expect(incidents.map((i) => [i.label, i.x1, i.x2, i.isOpen])).toEqual([
      ["incident #7 (SEV2): CDN errors", T0 + 20 * MIN, T0 + 50 * MIN, false],
      ["incident #8 (SEV1): Still going (open)", T0 + 100 * MIN, T0 + 2 * HOUR, true],
    ]);
    expect(overlaysAtRow(rows, 1, [], [], incidents).incidents).toEqual(["incident #7 (SEV2): CDN errors"]);
    expect(overlaysAtRow(rows, 2, [], [], incidents).incidents).toEqual(["incident #8 (SEV1): Still going (open)"]);
  });

  it("clips an incident to the range and drops one outside it", () => {
    const range = { fromMs: T0, toMs: T0 + HOUR };
    const [before, inside] = [
      { number: 1, title: "Old", severity: "SEV3", startedAt: new Date(T0 - 3 * HOUR).toISOString(), resolvedAt: new Date(T0 - HOUR).toISOString() },
      { number: 2, title: "Spans the start", severity: "SEV3", startedAt: new Date(T0 - HOUR).toISOString(), resolvedAt: new Date(T0 + 10 * MIN).toISOString() },
    ];
    expect(incidentSpans([before, inside], range).map((i) => [i.number, i.x1, i.x2])).toEqual([[2, T0, T0 + 10 * MIN]]);
  });
});

describe("isolatedPoints", () => {
  it("finds values with gaps on both sides, including at the ends", () => {
    expect([...isolatedPoints([0.99, null, null, 0.98, null, 0.97, 0.96, null, 0.95])]).toEqual([0, 3, 8]);
    expect([...isolatedPoints([null, null, 0.998])]).toEqual([2]);
    expect([...isolatedPoints([0.9, 0.9])]).toEqual([]);
  });
});
