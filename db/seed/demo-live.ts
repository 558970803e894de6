// Live demo traffic: on a demo instance the server keeps appending the demo SLOs' minutes up to now,
// continuing the seeded curves (same traffic shape, incidents placed from the seed's "now"), so the
// overview, charts and alerts stay alive instead of freezing at the moment of seeding.
import "server-only";
import { getSetting, isDemoInstance } from "../queries/settings";
import { lastSliMinute } from "../queries/sli";
import { bulkAppendSli } from "../queries/sli-write";
import { findSloBySlug } from "../queries/slos";
import { DEMO_SLOS } from "./demo-slos";
import { generateMinutes } from "./sli-history";

export const DEMO_ANCHOR_SETTING = "demoAnchorMinute";
// After a long stop, fill at most this much: older gaps stay gaps, as they would for a real exporter.
const MAX_CATCH_UP_MINUTES = 7 * 1440;

/** The minutes to append for one SLO: after its last stored minute, up to (not including) the current minute. */
export function liveRange(lastMinute: number | null, nowMinute: number): { fromMinute: number; toMinute: number } | null {
  if (lastMinute === null) return null; // a demo SLO someone emptied stays empty
  const fromMinute = Math.max(lastMinute + 1, nowMinute - MAX_CATCH_UP_MINUTES);
  return fromMinute < nowMinute ? { fromMinute, toMinute: nowMinute } : null;
}

/** Appends the demo SLOs' minutes up to now; returns the rows written (0 when this is not a demo instance). */
export async function extendDemoTraffic(nowMs = Date.now()): Promise<number> {
  if (!(await isDemoInstance())) return 0;
  const anchorMinute = await getSetting<number>(DEMO_ANCHOR_SETTING);
  if (typeof anchorMinute !== "number") return 0;
  const nowMinute = Math.floor(nowMs / 60_000);
  let written = 0;
  for (const [index, demo] of DEMO_SLOS.entries()) {
    const slo = await findSloBySlug(demo.input.slug);
    // Only SLOs still fed by pushes: one an admin pointed at Prometheus is left to it.
    if (!slo || slo.source.kind !== "push") continue;
    // The demo's stopped exporter stays stopped, so its "Data missing" badge stays on show.
    if (demo.dataStoppedMinutesAgo !== undefined) continue;
    const range = liveRange(lastSliMinute(slo.id), nowMinute);
    if (!range) continue;
    // A seed per chunk start keeps the traffic deterministic for a given start, and unlike the seeded history's.
    const rows = generateMinutes(demo, { anchorMinute, ...range, seed: 50_000 + index * 1_000_003 + range.fromMinute, earlyBurnStartMinute: null });
    bulkAppendSli(slo.id, rows, slo.timesliceTarget);
    written += rows.length;
  }
  return written;
}
