// Pins the what-if arithmetic: each lever alone, the plan together, and the edges (no usage, 100% sampling, the cap).
import { describe, expect, it } from "vitest";
import { formatNanos } from "./money";
import { FOURTEEN_DAY_LOGS, simulate, simulateSaving, UNCHANGED_LEVERS, type WhatIfBaseline, type WhatIfLine } from "./whatif";
import { FINTECH_PLAN } from "./whatif-defaults";
import type { WhatIfLevers, WhatIfPrices } from "./whatif-schemas";

// The worked example's price list (docs/cost-what-if.md), round figures so each saving can be checked by hand.
const PRICES: WhatIfPrices = {
  currency: "USD",
  ingestPerGb: { logs: "0.50", metrics: "0.30", traces: "0.30", profiles: "0.30", other: "0.30" },
  hotPerGbMonth: { logs: "1.00", metrics: "0.30", traces: "0.50", profiles: "0.30", other: "0.30" },
  coldPerGbMonth: "0.01",
  summaryPerSeriesMonth: "0.10",
  summarySeriesPerService: 3,
  debugLogPercent: 30,
  traceErrorPercent: 2,
  defaultRetentionDays: 30,
};

const usd = (units: number) => BigInt(Math.round(units * 100)) * 10_000_000n;
const line = (team: string, service: string, tier: 1 | 2 | 3, signal: WhatIfLine["signal"], ingestGb: number, cost: number): WhatIfLine => ({ team, service, tier, signal, ingestGb, retentionDays: 30, costNanos: usd(cost) });

// The worked example of docs/cost-what-if.md: a ledger (tier 1) and a dashboard (tier 3), 300 GB of logs a month each,
// kept 30 days; the dashboard's traces 150 GB a month.
const baseline: WhatIfBaseline = {
  month: "2026-11",
  currency: "USD",
  lines: [line("payments", "ledger", 1, "logs", 300, 500), line("web", "dashboard", 3, "logs", 300, 500), line("web", "dashboard", 3, "traces", 150, 150)],
};

const withLever = (change: Partial<WhatIfLevers>): WhatIfLevers => ({ ...UNCHANGED_LEVERS, ...change });
const saving = (levers: WhatIfLevers, base: WhatIfBaseline = baseline) => formatNanos(simulate(base, levers, PRICES).total.savingNanos, 4);

describe("simulate, one lever at a time", () => {
  it("changes nothing when no lever moves", () => {
    const result = simulate(baseline, UNCHANGED_LEVERS, PRICES);
    expect(result.total).toEqual({ currentNanos: usd(1150), projectedNanos: usd(1150), savingNanos: 0n });
    expect(result.levers.every((lever) => lever.savingNanos === 0n)).toBe(true);
  });

  it("retention: tier 3 logs 14 days instead of 30 keep 10 GB a day for 16 days fewer, at 1.00 a GB-month: 160.00", () => {
    const levers = withLever({ retention: { ...UNCHANGED_LEVERS.retention, "3": { ...UNCHANGED_LEVERS.retention["3"], logs: 14 } } });
    const result = simulate(baseline, levers, PRICES);
    expect(formatNanos(result.total.savingNanos)).toBe("160.00");
    expect(result.teams.map((t) => [t.team, formatNanos(t.currentNanos), formatNanos(t.projectedNanos), formatNanos(t.savingNanos)])).toEqual([
      ["web", "650.00", "490.00", "160.00"],
      ["payments", "500.00", "500.00", "0.00"],
    ]);
    expect(result.levers.find((l) => l.lever === "retention")?.savingNanos).toBe(usd(160));
  });

  it("answers the 14-day question alone with the same figure", () => {
    expect(formatNanos(simulateSaving(baseline, FOURTEEN_DAY_LOGS, PRICES))).toBe("160.00");
  });

  it("debug logs kept 48 hours: 3 GB a day for 2 days instead of 30, per logs line: 2 × 84.00", () => {
    expect(saving(withLever({ debugLogs: { mode: "hours", hours: 48 } }))).toBe("168.0000");
  });

  it("dropping debug logs saves their ingest too: 2 × (45.00 + 90.00)", () => {
    expect(saving(withLever({ debugLogs: { mode: "drop", hours: 48 } }))).toBe("270.0000");
  });

  it("sampling 10% of tier 3's successful traces keeps 2% + 98% × 10% = 11.8% of spans: 120.00 → 14.16", () => {
    expect(saving(withLever({ traceSampling: { "1": 100, "2": 100, "3": 10 } }))).toBe("105.8400");
  });

  it("sampling 0% still keeps every error; 100% saves nothing", () => {
    expect(saving(withLever({ traceSampling: { "1": 100, "2": 100, "3": 0 } }))).toBe("117.6000");
    expect(saving(withLever({ traceSampling: { "1": 100, "2": 100, "3": 100 } }))).toBe("0.0000");
  });

  it("cold storage after 7 days: 23 of 30 days at 0.01 instead of the hot price", () => {
    // logs: 10 GB/day × (30 − 7 × 1.00 − 23 × 0.01) = 227.70 each; traces: 5 GB/day × (30 × 0.50 − 7 × 0.50 − 23 × 0.01) = 56.35
    expect(saving(withLever({ coldStorage: { enabled: true, afterDays: 7 } }))).toBe("511.7500");
  });

  it("roll-up: raw logs 7 days, the rest as summaries (3 series at 0.10, hourly 24 times that)", () => {
    expect(saving(withLever({ rollup: { enabled: true, granularity: "daily", rawDays: 7, tiers: ["3"] } }))).toBe("229.7000");
    expect(saving(withLever({ rollup: { enabled: true, granularity: "hourly", rawDays: 7, tiers: ["3"] } }))).toBe("222.8000");
    expect(saving(withLever({ rollup: { enabled: true, granularity: "daily", rawDays: 7, tiers: [] } }))).toBe("0.0000");
  });
});

describe("simulate, the fintech plan", () => {
  it("adds the levers up per line: 243.39 + 244.70 + 112.4893", () => {
    const result = simulate(baseline, FINTECH_PLAN, PRICES);
    expect(formatNanos(result.total.savingNanos, 4)).toBe("600.5793");
    expect(formatNanos(result.total.projectedNanos, 4)).toBe("549.4207");
    expect(Object.fromEntries(result.levers.map((l) => [l.lever, formatNanos(l.savingNanos, 4)]))).toEqual({
      retention: "160.0000",
      debugLogs: "168.0000",
      traceSampling: "105.8400",
      coldStorage: "511.7500",
      rollup: "229.7000",
    });
  });
});

describe("simulate, edges", () => {
  it("saves nothing on a line without usage", () => {
    const empty: WhatIfBaseline = { month: "2026-11", currency: "USD", lines: [line("web", "dashboard", 3, "logs", 0, 80)] };
    expect(simulate(empty, FINTECH_PLAN, PRICES).total).toEqual({ currentNanos: usd(80), projectedNanos: usd(80), savingNanos: 0n });
  });

  it("never saves more than a line cost", () => {
    const cheap: WhatIfBaseline = { month: "2026-11", currency: "USD", lines: [line("web", "dashboard", 3, "logs", 300, 100)] };
    expect(simulate(cheap, FINTECH_PLAN, PRICES).total).toEqual({ currentNanos: usd(100), projectedNanos: 0n, savingNanos: usd(100) });
  });

  it("takes the price list's default retention where the records give none", () => {
    const unknown: WhatIfBaseline = { month: "2026-11", currency: "USD", lines: [{ ...line("web", "dashboard", 3, "logs", 300, 500), retentionDays: null }] };
    expect(saving(withLever({ retention: { ...UNCHANGED_LEVERS.retention, "3": { ...UNCHANGED_LEVERS.retention["3"], logs: 14 } } }), unknown)).toBe("160.0000");
  });

  it("has no teams for an empty month", () => {
    const result = simulate({ month: "2026-11", currency: "USD", lines: [] }, FINTECH_PLAN, PRICES);
    expect(result.teams).toEqual([]);
    expect(result.total.savingNanos).toBe(0n);
  });
});
