// Phase (i): the readiness scorecard of 1,000 services × 12 categories. Fixtures go straight into the tables (a review of
// a 12-category template per service, SLOs with SLI minutes, runbooks, on-call schedules, action items, drills); the
// timed read is the one the /readiness page renders (readinessScorecard), which evaluates every automatic check of the
// reviews in review live through the owning domains' reads.
import { performance } from "node:perf_hooks";
import { readinessScorecard } from "@/lib/server/readiness/state";
import { insertReadinessFixtures, TWELVE_CATEGORY_TEMPLATE } from "@/lib/testing/readiness-fixtures";
import { envInt, percentile } from "./common";

export const SCORECARD_SERVICES = envInt("KEEL_BENCH_SCORECARD_SERVICES", 1_000);
const TEAMS = 50;
const SLI_MINUTES = 720;
const WARM_UP = 3;
const TIMED = 15;
const CHECKS_PER_REVIEW = TWELVE_CATEGORY_TEMPLATE.categories.flatMap((c) => c.items).filter((item) => item.check).length;

export type ScorecardBenchResult = {
  services: number;
  teams: number;
  categories: number;
  slos: number;
  sliMinutes: number;
  /** Automatic checks evaluated per read: those of the reviews in review. */
  checks: number;
  states: Record<string, number>;
  loadSeconds: number;
  p50Ms: number;
  p95Ms: number;
  runs: number;
};

export async function benchReadinessScorecard(nowMs: number): Promise<ScorecardBenchResult> {
  const started = performance.now();
  const fixtures = insertReadinessFixtures({ prefix: "score", teamCount: TEAMS, serviceCount: SCORECARD_SERVICES, nowMs, sliMinutes: SLI_MINUTES });
  const loadSeconds = (performance.now() - started) / 1000;
  const first = await readinessScorecard({}, nowMs);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + TIMED; i++) {
    const t = performance.now();
    await readinessScorecard({}, nowMs);
    if (i >= WARM_UP) samples.push(performance.now() - t);
  }
  const states: Record<string, number> = {};
  for (const row of first.rows) states[row.readiness.state] = (states[row.readiness.state] ?? 0) + 1;
  const inReview = first.rows.filter((r) => r.readiness.state === "in_review" || r.readiness.state === "blocked").length;
  return {
    services: first.rows.length,
    teams: fixtures.teams,
    categories: first.categories.length,
    slos: fixtures.slos,
    sliMinutes: fixtures.sliMinutes,
    checks: inReview * CHECKS_PER_REVIEW,
    states,
    loadSeconds,
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    runs: samples.length,
  };
}
