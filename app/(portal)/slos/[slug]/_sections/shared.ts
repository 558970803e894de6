// Wording shared by the SLO page's header and sections.
import type { SloRecord } from "@/db/queries/slos";
import { windowOf } from "@/db/queries/slos";
import { periodBudgetWords } from "@/lib/slo/period";
import type { SloStatusResult } from "@/lib/slo/status";

export const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function periodWordsOf(window: ReturnType<typeof windowOf>, status: SloStatusResult) {
  return periodBudgetWords({ window, windowStartMs: status.windowFromMs, atMs: status.atMs, errorBudget: status.errorBudget, periodBudget: status.periodBudget, hasData: status.sli !== null });
}

export function kindLabelOf(record: SloRecord): string {
  return record.sliKind === "latency" ? `requests faster than ${record.latencyThresholdMs} ms` : record.sliKind === "availability" ? "successful requests" : "good events";
}
