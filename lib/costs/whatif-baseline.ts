// The simulator's baseline from a month's record sums: one line per team, service and signal with the GB ingested,
// the retention and the cost. Usage counts only where its unit is a data size; other units (active series, million
// spans) leave the line's usage at zero, so no lever claims a saving the records cannot support.
import { SIGNALS, type Nanos, type Signal } from "./types";
import { DAYS_PER_MONTH, type WhatIfBaseline, type WhatIfLine } from "./whatif";

export type RecordSum = {
  team: string;
  service: string;
  tier: number | null;
  signal: string;
  costType: string;
  usageUnit: string | null;
  currency: string;
  usageQuantity: number | null;
  retentionDays: number | null;
  costNanos: Nanos;
};

/** GB per unit for data-size units ("GB", "GiB", "GB-Mo", "TB"…); null for anything else. */
function gbPer(unit: string | null): number | null {
  const match = unit ? /^\s*(gb|gib|gigabytes?|tb|tib|terabytes?)(\b|[-_ ])/i.exec(unit) : null;
  if (!match) return null;
  return /^t/i.test(match[1]!) ? 1000 : 1;
}

const signalOf = (text: string): Signal => ((SIGNALS as readonly string[]).includes(text) ? (text as Signal) : "other");
const tierOf = (tier: number | null): 1 | 2 | 3 => (tier === 1 || tier === 2 ? tier : 3);

/**
 * Lines of the month's main currency (the one with the largest cost; other currencies are left out). GB ingested comes
 * from ingest lines (and lines of unspecified cost type, as Keel's simple columns give); a line with only stored GB reads it back through the steady state (ingested a month = stored ×
 * 30 / retention days).
 */
export function baselineFromSums(month: string, sums: readonly RecordSum[], defaultRetentionDays: number): WhatIfBaseline {
  const perCurrency = new Map<string, Nanos>();
  for (const sum of sums) perCurrency.set(sum.currency, (perCurrency.get(sum.currency) ?? 0n) + sum.costNanos);
  const currency = [...perCurrency].sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1] > b[1] ? -1 : 1))[0]?.[0] ?? "USD";

  type Acc = WhatIfLine & { storedGb: number };
  const lines = new Map<string, Acc>();
  for (const sum of sums) {
    if (sum.currency !== currency) continue;
    const signal = signalOf(sum.signal);
    const key = `${sum.team}\u0000${sum.service}\u0000${signal}`;
    const line = lines.get(key) ?? { team: sum.team, service: sum.service, tier: tierOf(sum.tier), signal, ingestGb: 0, retentionDays: null, costNanos: 0n, storedGb: 0 };
    line.costNanos += sum.costNanos;
    if (sum.retentionDays !== null) line.retentionDays = Math.max(line.retentionDays ?? 0, sum.retentionDays);
    const factor = gbPer(sum.usageUnit);
    if (factor !== null && sum.usageQuantity !== null && sum.usageQuantity > 0) {
      if (sum.costType === "ingest" || sum.costType === "unspecified") line.ingestGb += sum.usageQuantity * factor;
      else if (sum.costType === "storage") line.storedGb += sum.usageQuantity * factor;
    }
    lines.set(key, line);
  }
  const result: WhatIfLine[] = [];
  for (const { storedGb, ...line } of lines.values()) {
    const ingestGb = line.ingestGb > 0 ? line.ingestGb : (storedGb * DAYS_PER_MONTH) / (line.retentionDays ?? defaultRetentionDays);
    result.push({ ...line, ingestGb });
  }
  return { month, currency, lines: result };
}
