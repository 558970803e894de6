// Sparklines of an SLO's error budget: sampling instants, the SVG path and the sentence a screen reader hears.
import { formatPercent } from "../format";

export const SPARKLINE_DAYS = 7;
export const SPARKLINE_STEP_MS = 6 * 3_600_000;

/** Instants from `days` before `nowMs` to `nowMs`, every `stepMs`, ending exactly at `nowMs` (the current figure is the last point). */
export function sparklineInstants(nowMs: number, days = SPARKLINE_DAYS, stepMs = SPARKLINE_STEP_MS): number[] {
  const count = Math.floor((days * 86_400_000) / stepMs);
  return Array.from({ length: count + 1 }, (_, i) => nowMs - (count - i) * stepMs);
}

export type SparklineGeometry = {
  /** SVG path data; a null value breaks the line (no data then). */
  path: string;
  /** Where the last known value is drawn, for its dot. */
  last: { x: number; y: number } | null;
  /** The y of the zero line when the values go below zero, else null. */
  zeroY: number | null;
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Lays values out over width × height. The y range is 0…1 (budget fully left at the top), widened downwards when the
 * budget is overspent, so rows of a table compare at a glance.
 */
export function sparklineGeometry(values: readonly (number | null)[], width: number, height: number, pad = 2): SparklineGeometry {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(0, ...known);
  const high = Math.max(1, ...known);
  const x = (i: number) => round(values.length < 2 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => round(pad + ((high - v) * (height - 2 * pad)) / (high - low));
  const commands: string[] = [];
  let drawing = false;
  let last: SparklineGeometry["last"] = null;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    commands.push(`${drawing ? "L" : "M"}${x(i)} ${y(value)}`);
    drawing = true;
    last = { x: x(i), y: y(value) };
  });
  return { path: commands.join(" "), last, zeroY: low < 0 ? y(0) : null };
}

/** "Error budget left over the last 7 days: from 82.0% to 64.5%, lowest 60.1%." — or why there is no line. */
export function describeBudgetTrend(values: readonly (number | null)[], days = SPARKLINE_DAYS): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const span = `over the last ${days} days`;
  if (known.length === 0) return `No error budget data ${span}.`;
  const first = known[0]!;
  const latest = known[known.length - 1]!;
  const lowest = Math.min(...known);
  const lowestPart = lowest < Math.min(first, latest) ? `, lowest ${formatPercent(lowest, 1)}` : "";
  return `Error budget left ${span}: from ${formatPercent(first, 1)} to ${formatPercent(latest, 1)}${lowestPart}.`;
}
