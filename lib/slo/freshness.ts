// Whether an SLO's SLI data is current: the rule behind `stale`, `lastDataAt` and the "Data missing" badge.

export const DEFAULT_STALE_AFTER_MINUTES = 15;
/** A week: longer gaps are outages of the pipeline, not batching. */
export const MAX_STALE_AFTER_MINUTES = 10_080;

const MS_PER_MINUTE = 60_000;

/**
 * Stale when more than `staleAfterMinutes` passed since the start of the newest minute with data
 * (exactly at the limit is still fresh). An SLO that never had data is not stale: it is `no_data`,
 * which already says that nothing arrived, and there is no "since" to report. A null limit never goes stale.
 */
export function freshness(input: { lastDataAtMs: number | null; atMs: number; staleAfterMinutes: number | null }): { stale: boolean } {
  const { lastDataAtMs, atMs, staleAfterMinutes } = input;
  if (lastDataAtMs === null || staleAfterMinutes === null) return { stale: false };
  return { stale: atMs - lastDataAtMs > staleAfterMinutes * MS_PER_MINUTE };
}

/** "Data missing since 10:42" for badges; the caller formats the instant for its reader's zone. */
export function dataMissingLabel(lastDataAt: string | null, formatTime: (iso: string) => string): string {
  return lastDataAt === null ? "Data missing" : `Data missing since ${formatTime(lastDataAt)}`;
}
