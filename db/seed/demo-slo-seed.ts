// Loads the demo SLOs: definitions, 90 days of minute data, deployments, then replays the evaluator over
// the last 14 days so alert and policy history exist as if Keel had been running.
import "server-only";
import { bulkAppendSli } from "../queries/sli-write";
import { recordDeployment } from "../queries/deploys";
import { recordEvaluations } from "../queries/slo-history";
import { listSloStatuses } from "../queries/slo-status";
import { recordReview } from "../queries/reviews";
import { backdateSlo, createSlo, findSloBySlug } from "../queries/slos";
import { findServiceBySlug } from "../queries/services";
import type { Actor } from "../queries/audit";
import { calendarPeriod } from "@/lib/slo/windows";
import { createPrng } from "./prng";
import { DEMO_SLOS, HISTORY_DAYS } from "./demo-slos";
import { generateHistory } from "./sli-history";

const MINUTE_MS = 60_000;
const REPLAY_DAYS = 14;
// Incidents last half an hour or more, so a 15-minute replay step catches every page.
const REPLAY_STEP_MINUTES = 15;

/** Where the early-burn incident goes: a day into the current period, or halfway to now if the period is younger. */
function earlyBurnStart(input: (typeof DEMO_SLOS)[number]["input"], endMinute: number): number | null {
  if (input.window.kind !== "calendar") return null;
  const { startMs } = calendarPeriod(endMinute * MINUTE_MS, input.window.unit, input.window.timeZone ?? "UTC");
  const startMinute = startMs / MINUTE_MS;
  return startMinute + Math.min(1440, Math.floor((endMinute - startMinute) / 2));
}

export async function seedDemoSlos(actor: Actor, nowMs: number): Promise<{ slos: number; sliMinutes: number; deployments: number }> {
  const endMinute = Math.floor(nowMs / MINUTE_MS);
  let slos = 0;
  let sliMinutes = 0;
  for (const [index, demo] of DEMO_SLOS.entries()) {
    if (await findSloBySlug(demo.input.slug)) continue;
    const service = await findServiceBySlug(demo.input.service);
    if (!service) continue;
    const reviewedUp = DEMO_RAISES[demo.input.slug];
    const created = await createSlo(reviewedUp ? { ...demo.input, target: reviewedUp.from } : demo.input, service.id, actor);
    // A new SLO was defined shortly before its data began; the others have a history older than the seeded one.
    const startedAt = demo.dataStartedMinutesAgo === undefined ? null : endMinute - demo.dataStartedMinutesAgo;
    await backdateSlo(created.id, new Date(startedAt === null ? nowMs - (HISTORY_DAYS + 1) * 86_400_000 : (startedAt - 10) * MINUTE_MS));
    const history = generateHistory(demo, endMinute, HISTORY_DAYS, 1000 + index, earlyBurnStart(demo.input, endMinute));
    const stoppedAt = demo.dataStoppedMinutesAgo === undefined ? null : endMinute - demo.dataStoppedMinutesAgo;
    const rows = history.filter((row) => (stoppedAt === null || row.minute < stoppedAt) && (startedAt === null || row.minute >= startedAt));
    bulkAppendSli(created.id, rows, created.timesliceTarget);
    slos++;
    sliMinutes += rows.length;
  }
  const deployments = slos > 0 ? await seedDeployments(actor, nowMs) : 0;
  if (slos > 0) await seedReviews(actor, nowMs);
  if (slos > 0) await replayEvaluations(nowMs);
  return { slos, sliMinutes, deployments };
}

/** A release every few days per service, and one just before the checkout outage. */
async function seedDeployments(actor: Actor, nowMs: number): Promise<number> {
  const random = createPrng(4242);
  const serviceSlugs = [...new Set(DEMO_SLOS.map((s) => s.input.service))];
  let count = 0;
  for (const slug of serviceSlugs) {
    const service = (await findServiceBySlug(slug))!;
    let at = nowMs - HISTORY_DAYS * 86_400_000 + random() * 3 * 86_400_000;
    let release = 1;
    while (at < nowMs - 3_600_000) {
      await recordDeployment({ serviceId: service.id, serviceSlug: slug, version: `v1.${release}.0`, description: release % 5 === 0 ? "Dependency upgrades" : "Feature release", at: new Date(Math.floor(at / MINUTE_MS) * MINUTE_MS) }, actor);
      release++;
      count++;
      at += (2 + random() * 3) * 86_400_000;
    }
  }
  const checkout = await findServiceBySlug("checkout");
  if (checkout) {
    const outageStart = nowMs - 3 * 86_400_000 - 120 * MINUTE_MS;
    await recordDeployment({ serviceId: checkout.id, serviceSlug: "checkout", version: "v2.0.0", description: "New payment provider client", at: new Date(Math.floor((outageStart - 20 * MINUTE_MS) / MINUTE_MS) * MINUTE_MS) }, actor);
    count++;
  }
  return count;
}

/** The governance board's past reviews: most SLOs reviewed within their cadence, a few overdue, one target raised. */
const DEMO_RAISES: Record<string, { from: number; daysAgo: number; note: string }> = {
  "payment-success": { from: 0.999, daysAgo: 35, note: "Success rates held at 99.96–99.97% for a quarter; the board raised the target to the case study's 99.95%." },
};
const DEMO_OVERDUE = new Set(["trace-ingest-availability", "settlement-on-time", "cdn-edge-availability"]);

async function seedReviews(actor: Actor, nowMs: number): Promise<void> {
  for (const [index, demo] of DEMO_SLOS.entries()) {
    const slo = await findSloBySlug(demo.input.slug);
    // Overdue ones are left unreviewed, and a new SLO has had no review yet.
    if (!slo || DEMO_OVERDUE.has(demo.input.slug) || demo.dataStartedMinutesAgo !== undefined) continue;
    const raise = DEMO_RAISES[demo.input.slug];
    if (raise) {
      await recordReview(slo.id, { decision: "raise", newTarget: demo.input.target, note: raise.note }, { id: null, actor }, nowMs - raise.daysAgo * 86_400_000);
    } else {
      await recordReview(slo.id, { decision: "keep", newTarget: slo.target, note: "Reviewed at the monthly SLO governance board: target still matches what users need." }, { id: null, actor }, nowMs - (5 + ((index * 7) % 40)) * 86_400_000);
    }
  }
}

async function replayEvaluations(nowMs: number): Promise<void> {
  const end = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  for (let t = end - REPLAY_DAYS * 86_400_000; t <= end; t += REPLAY_STEP_MINUTES * MINUTE_MS) {
    await recordEvaluations(await listSloStatuses(t));
  }
}
