// The calendar period's budget: how much of the whole period's budget the errors so far take, and its words.
import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import { formatTimes } from "./format";
import type { ErrorBudget } from "./math";
import type { SloWindow } from "./types";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * c = consumed × E / P: the errors so far measured against the budget of the whole period, with the
 * period's traffic taken at its rate so far. E is the elapsed days of the period, P its length in days.
 */
export function periodBudgetOf(errorBudget: ErrorBudget, elapsedDays: number, periodDays: number): ErrorBudget {
  if (!(periodDays > 0)) throw new RangeError(`periodDays must be positive, got ${periodDays}`);
  const consumed = (errorBudget.consumed * elapsedDays) / periodDays;
  return { consumed, remaining: 1 - consumed };
}

/** Days between two instants, for E and P. */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MS_PER_DAY;
}

/**
 * Which local day of the period the newest elapsed minute falls on (1 = the period's first day). At
 * the stroke of midnight the day that just ended is the one with data, so 24 h into a month is day 1.
 */
export function dayOfPeriod(periodStartMs: number, atMs: number, timeZone: string): number {
  if (atMs <= periodStartMs) return 1;
  const inZone = { in: tz(timeZone) };
  return differenceInCalendarDays(atMs - MS_PER_MINUTE, periodStartMs, inZone) + 1;
}

const QUARTER_OF_MONTH = (month: number) => Math.floor(month / 3) + 1;

/** The period's name in the SLO's time zone: "December", "Q4", or "the week of 30 Nov". */
export function periodName(window: SloWindow, periodStartMs: number): string {
  if (window.kind === "rolling") return `the last ${window.days} days`;
  const parts = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: window.timeZone, ...options }).format(periodStartMs);
  if (window.unit === "month") return parts({ month: "long" });
  if (window.unit === "quarter") return `Q${QUARTER_OF_MONTH(Number(parts({ month: "numeric" })) - 1)}`;
  return `the week of ${parts({ day: "numeric", month: "short" })}`;
}

/** "December's", "Q4's", "the week of 30 Nov's" reads badly, so weeks say "this week's". */
export function periodPossessive(window: SloWindow, periodStartMs: number): string {
  if (window.kind === "calendar" && window.unit === "week") return "the week's";
  return `${periodName(window, periodStartMs)}'s`;
}

/** Whole percent for small shares, one decimal when it matters (0.453 → "45%", 0.005 → "0.5%"). */
export function formatShare(fraction: number): string {
  const percent = fraction * 100;
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  return `${rounded === 0 ? 0 : rounded}%`.replace("-", "−");
}

export type PeriodBudgetWords = {
  /** The headline: "44% of December's budget used on day 1". */
  lead: string;
  /**
   * The so-far figure and what it means: "60% of the budget for the days so far: the first 5 days' errors are within
   * what 5 days allow", or once over, by how much: "The first day's errors are 13.6× what one day allows".
   */
  soFar: string;
};

/** The two lines calendar SLOs lead with; null for rolling windows, which keep their single budget figure. */
/** What budget words are written from: the window, where it started, the instant, and the window's and period's budgets. */
export type BudgetFacts = {
  window: SloWindow;
  windowStartMs: number;
  atMs: number;
  errorBudget: ErrorBudget;
  periodBudget: ErrorBudget;
  hasData: boolean;
};

export function periodBudgetWords(input: BudgetFacts): PeriodBudgetWords | null {
  const { window } = input;
  if (window.kind !== "calendar" || !input.hasData) return null;
  const day = dayOfPeriod(input.windowStartMs, input.atMs, window.timeZone);
  const lead = `${formatShare(input.periodBudget.consumed)} of ${periodPossessive(window, input.windowStartMs)} budget used on day ${day}`;
  const days = day === 1 ? "the first day's errors" : `the first ${day} days' errors`;
  const allowance = day === 1 ? "one day allows" : `${day} days allow`;
  if (input.errorBudget.remaining < 0) {
    const over = `${days} are ${formatTimes(input.errorBudget.consumed)} what ${allowance}`;
    return { lead, soFar: over.charAt(0).toUpperCase() + over.slice(1) };
  }
  return { lead, soFar: `${formatShare(input.errorBudget.remaining)} of the budget for the days so far: ${days} are within what ${allowance}` };
}
