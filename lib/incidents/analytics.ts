// MTTA and MTTR (mean and median), incident counts and their groupings: pure arithmetic over plain incident facts.
import { SEVERITIES, type Severity } from "./types";

export type IncidentFacts = {
  number: number;
  severity: Severity;
  team: string | null;
  startedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  isDrill: boolean;
};

export type MeanMedian = { mean: number | null; median: number | null };

/** Mean and median of a list of numbers; both null when the list is empty. */
export function meanMedian(values: readonly number[] | Float64Array): MeanMedian {
  if (values.length === 0) return { mean: null, median: null };
  // A typed array sorts numbers numerically without a comparator call per pair: several times faster for 10,000 values.
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { mean: sum / sorted.length, median };
}

/** Minutes from each incident's start to a later milestone, over the incidents that reached it. */
function minutesTo(incidents: readonly IncidentFacts[], milestone: (incident: IncidentFacts) => Date | null): MeanMedian {
  const minutes = new Float64Array(incidents.length);
  let n = 0;
  for (const incident of incidents) {
    const at = milestone(incident);
    if (at) minutes[n++] = (at.getTime() - incident.startedAt.getTime()) / 60_000;
  }
  return meanMedian(minutes.subarray(0, n));
}

/** Minutes from start to acknowledgement, over the incidents that were acknowledged. */
export function mttaMinutes(incidents: readonly IncidentFacts[]): MeanMedian {
  return minutesTo(incidents, (i) => i.acknowledgedAt);
}

/** Minutes from start to resolution, over the incidents that were resolved. */
export function mttrMinutes(incidents: readonly IncidentFacts[]): MeanMedian {
  return minutesTo(incidents, (i) => i.resolvedAt);
}

export type IncidentSummary = {
  count: number;
  bySeverity: Record<Severity, number>;
  mttaMinutes: MeanMedian;
  mttrMinutes: MeanMedian;
};

/** How many incidents of each severity, every severity present. */
export function countBySeverity(incidents: readonly IncidentFacts[]): Record<Severity, number> {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const incident of incidents) bySeverity[incident.severity] += 1;
  return bySeverity;
}

export type TimeRange = { from: Date; to: Date };

/** The incidents analytics counts: not drills, started in [from, to). */
export function countedIn<T extends IncidentFacts>(incidents: readonly T[], range: TimeRange): T[] {
  const from = range.from.getTime();
  const to = range.to.getTime();
  return incidents.filter((i) => {
    const start = i.startedAt.getTime();
    return !i.isDrill && start >= from && start < to;
  });
}

/** The API's analytics figures over incidents that started in [from, to); drills never count. */
export function summarize(incidents: readonly IncidentFacts[], range: TimeRange): IncidentSummary {
  const inRange = countedIn(incidents, range);
  return { count: inRange.length, bySeverity: countBySeverity(inRange), mttaMinutes: mttaMinutes(inRange), mttrMinutes: mttrMinutes(inRange) };
}

/** Incidents grouped by a key (severity, team, month…), drills left out, groups in first-seen order. */
export function groupBy<K extends string>(incidents: readonly IncidentFacts[], keyOf: (incident: IncidentFacts) => K): Map<K, IncidentFacts[]> {
  const groups = new Map<K, IncidentFacts[]>();
  for (const incident of incidents) {
    if (incident.isDrill) continue;
    const key = keyOf(incident);
    const group = groups.get(key);
    if (group) group.push(incident);
    else groups.set(key, [incident]);
  }
  return groups;
}
