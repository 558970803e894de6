// Words and numbers people read on SLO pages: percentages at the precision a target needs, budgets in plain words.
import type { SloWindow } from "./types";

/** Enough decimals to tell 99.95% from 99.9%: one more than the target shows. */
export function decimalsFor(target: number): number {
  const text = (target * 100).toFixed(6).replace(/0+$/, "");
  const decimals = text.includes(".") ? text.split(".")[1]!.length : 0;
  return Math.min(4, decimals + 1);
}

export function formatPercent(value: number | null, decimals = 2): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(decimals)}%`;
}

export function formatTarget(target: number): string {
  return `${Number((target * 100).toFixed(4))}%`;
}

export function formatBurnRate(rate: number): string {
  if (rate === 0) return "0×";
  return rate >= 100 ? `${rate.toFixed(0)}×` : rate >= 10 ? `${Number(rate.toFixed(1))}×` : `${rate.toFixed(2)}×`;
}

export function describeWindow(window: SloWindow): string {
  if (window.kind === "rolling") return `rolling ${window.days} days`;
  const zone = window.timeZone === "UTC" ? "UTC" : window.timeZone;
  return `calendar ${window.unit} (${zone})`;
}

export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 120) return `${Number(minutes.toFixed(1))} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** "99.9% over 30 days allows 43.2 min of full outage". */
export function describeAllowance(target: number, periodDays: number): string {
  return `${formatTarget(target)} over ${Number(periodDays.toFixed(2))} days allows ${formatMinutes((1 - target) * periodDays * 1440)} of full outage`;
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** "2026-12-02 10:42 UTC": the same text on the server and in any browser, for reasons stored or sent to pipelines. */
export function formatUtcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * A day in the given time zone: "1 January", with the year when it is more than half a year from `nowMs`
 * (a reset or forecast within months reads clearly without it), and the weekday for weekly periods
 * ("Monday 7 December").
 */
export function formatZoneDate(ms: number, timeZone: string, nowMs: number, { weekday = false }: { weekday?: boolean } = {}): string {
  const far = Math.abs(ms - nowMs) > 183 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = { timeZone, day: "numeric", month: "long", ...(weekday ? { weekday: "long" } : {}), ...(far ? { year: "numeric" } : {}) };
  return new Intl.DateTimeFormat("en-GB", options).format(ms).replace(",", "");
}

/** "27.9×" for how many times the allowance was spent: one decimal below 100, none above. */
export function formatTimes(multiple: number): string {
  return multiple >= 100 ? `${Math.round(multiple)}×` : `${Number(multiple.toFixed(1))}×`;
}

/** The window's budget left as a list shows it: "42.5% left", or once overspent by how much, "13.3× spent". */
export function formatBudgetLeft(remaining: number): string {
  return remaining < 0 ? `${formatTimes(1 - remaining)} spent` : `${formatPercent(remaining, 1)} left`;
}

/** A span ahead in hours below two days and in days after: "5.2 hours", "3.4 days". */
export function formatSpan(days: number): string {
  const hours = days * 24;
  if (hours < 1) {
    const minutes = Math.max(1, Math.round(hours * 60));
    return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  }
  if (hours < 48) return `${Number(hours.toFixed(1))} hours`;
  return `${Number(days.toFixed(1))} days`;
}
