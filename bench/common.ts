// Shared by the bench phases: settings from the environment, statistics, formatting, and the SLO fixtures.
import path from "node:path";
import { closeDb, getConnection, getDb } from "@/db/client";
import { services, teams } from "@/db/schema";
import { insertPushSlo } from "@/lib/testing/fixtures";
import type { BudgetingMethod } from "@/lib/slo/types";

export const MINUTES_PER_DAY = 1440;
export const BATCH_POINTS = 10_000;
export const INGEST_SLOS = 50;

export function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// Overridable for quick runs while developing; the summary says loudly when they differ from the defaults.
export const INGEST_POINTS = envInt("KEEL_BENCH_INGEST_POINTS", 1_000_000);
export const STATUS_SLOS = envInt("KEEL_BENCH_STATUS_SLOS", 1_000);
export const STATUS_DAYS = envInt("KEEL_BENCH_STATUS_DAYS", 30);
export const SKIP_PAGE = process.env.KEEL_BENCH_SKIP_PAGE === "1";

export type SloFixture = { id: number; slug: string; method: BudgetingMethod; target: number; timesliceTarget: number | null };

export const seconds = (ms: number) => (ms / 1000).toFixed(1);
export const millis = (ms: number) => ms.toFixed(1);
export const int = (n: number) => Math.round(n).toLocaleString("en-US");
export const log = (line: string) => console.log(line);
export function age(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
/** Sizes in KB of 1,000 bytes, with KiB (1,024 bytes) beside them. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB (${(bytes / 1024).toFixed(1)} KiB)`;

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/** One line of the summary table. */
export function row(label: string, value: string, target = "", verdict = ""): string {
  return `  ${label.padEnd(46)} ${value.padEnd(34)} ${target.padEnd(14)} ${verdict}`;
}

/** A fresh database file in the bench's own directory; the previous connection is closed first. */
export function switchToDatabase(dir: string, name: string): void {
  closeDb();
  process.env.KEEL_DB = path.join(dir, name);
  getConnection();
}

// Fixtures go straight into the tables (as the query tests do): the bench measures SLI storage, not the catalog.
export function createSlos(count: number, prefix: string): SloFixture[] {
  const db = getDb();
  const team = db.insert(teams).values({ slug: `${prefix}-team`, name: "Bench team" }).returning().get();
  const fixtures: SloFixture[] = [];
  let serviceId = 0;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) {
      serviceId = db.insert(services).values({ slug: `${prefix}-svc-${i / 10}`, name: `Service ${i / 10}`, teamId: team.id, tier: 1 }).returning().get().id;
    }
    const method: BudgetingMethod = (["occurrences", "timeslices", "ratioTimeslices"] as const)[i % 3]!;
    const timesliceTarget = method === "timeslices" ? 0.99 : null;
    const target = i % 2 === 0 ? 0.999 : 0.995;
    const slug = `${prefix}-slo-${i}`;
    const id = insertPushSlo({ slug, serviceId, target, timesliceTarget, method });
    fixtures.push({ id, slug, method, target, timesliceTarget });
  }
  return fixtures;
}

/** Deterministic minute counts: mostly healthy traffic with a few bad minutes. */
export function minuteCounts(random: () => number, errorRate: number): { good: number; total: number } {
  const total = 600 + Math.floor(random() * 800);
  const spike = random() < 0.002 ? 40 : 1;
  const bad = Math.min(total, Math.floor(total * errorRate * spike * 2 * random()));
  return { good: total - bad, total };
}
