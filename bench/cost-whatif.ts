// Bench phase (l): the what-if simulator recomputed as a slider moves — the pure model over a large month
// (50 teams × 20 services × 5 signals = 5,000 lines), each run with the non-critical log retention one day different,
// as the page does on every slider step in the browser.
import { performance } from "node:perf_hooks";
import { SIGNALS } from "@/lib/costs/types";
import { simulate, type WhatIfBaseline, type WhatIfLine } from "@/lib/costs/whatif";
import { DEFAULT_PRICES, FINTECH_PLAN } from "@/lib/costs/whatif-defaults";
import type { WhatIfLevers } from "@/lib/costs/whatif-schemas";
import { percentile } from "./common";

export const WHATIF_TEAMS = 50;
export const WHATIF_SERVICES_PER_TEAM = 20;

function largeBaseline(): WhatIfBaseline {
  const lines: WhatIfLine[] = [];
  for (let t = 0; t < WHATIF_TEAMS; t++) {
    for (let s = 0; s < WHATIF_SERVICES_PER_TEAM; s++) {
      const tier = ((s % 3) + 1) as 1 | 2 | 3;
      SIGNALS.forEach((signal, i) => {
        const ingestGb = 50 + ((t * 37 + s * 11 + i * 7) % 400);
        lines.push({ team: `team-${t}`, service: `svc-${t}-${s}`, tier, signal, ingestGb, retentionDays: 30, costNanos: BigInt(Math.round(ingestGb * 1.1e9)) });
      });
    }
  }
  return { month: "2026-11", currency: "USD", lines };
}

export function benchWhatIf(runs = 200): { lines: number; runs: number; p50Ms: number; p95Ms: number; savingNanos: bigint } {
  const baseline = largeBaseline();
  const timings: number[] = [];
  let savingNanos = 0n;
  for (let run = 0; run < runs + 10; run++) {
    const days = 7 + (run % 24);
    const levers: WhatIfLevers = { ...FINTECH_PLAN, retention: { ...FINTECH_PLAN.retention, "2": { ...FINTECH_PLAN.retention["2"], logs: days }, "3": { ...FINTECH_PLAN.retention["3"], logs: days } } };
    const started = performance.now();
    const result = simulate(baseline, levers, DEFAULT_PRICES);
    const elapsed = performance.now() - started;
    // The first runs warm the JIT up, as the page's first render does.
    if (run >= 10) timings.push(elapsed);
    savingNanos = result.total.savingNanos;
  }
  return { lines: baseline.lines.length, runs, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95), savingNanos };
}
