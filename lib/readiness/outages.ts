// "Major outages dropped by 40%": SEV1 incidents (drills never count) in the months before a team's first approved
// readiness review against the same number of months after it. Windows are calendar months in UTC:
// before = [approval − N months, approval), after = [approval, approval + N months).
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";

/** Keel's demo choice of window, in months either side of the approval. */
export const OUTAGE_WINDOW_MONTHS = 6;

export type OutageIncident = { startedAt: Date; severity: string; isDrill: boolean };

export type OutageChange = { before: number; after: number; changePct: number | null; from: Date; approvedAt: Date; to: Date };

export function outageWindows(approvedAtMs: number, windowMonths = OUTAGE_WINDOW_MONTHS): { from: Date; to: Date } {
  const at = new TZDate(approvedAtMs, "UTC");
  return { from: new Date(addMonths(at, -windowMonths).getTime()), to: new Date(addMonths(at, windowMonths).getTime()) };
}

/** Counts of SEV1 non-drill incidents either side of the approval and the change in percent (null when there were none before). */
export function majorOutageChange(incidents: readonly OutageIncident[], approvedAtMs: number, windowMonths = OUTAGE_WINDOW_MONTHS): OutageChange {
  const { from, to } = outageWindows(approvedAtMs, windowMonths);
  let before = 0;
  let after = 0;
  for (const incident of incidents) {
    if (incident.isDrill || incident.severity !== "SEV1") continue;
    const t = incident.startedAt.getTime();
    if (t >= from.getTime() && t < approvedAtMs) before++;
    else if (t >= approvedAtMs && t < to.getTime()) after++;
  }
  const changePct = before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10;
  return { before, after, changePct, from, approvedAt: new Date(approvedAtMs), to };
}
