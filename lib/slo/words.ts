// The budget and forecast sentences of an SLO page: by how much an overspent budget is over and when it
// resets or recovers, and when the budget runs out at the last hour's and the last day's burn rates.
import { formatBurnRate, formatCount, formatSpan, formatTimes, formatUtcMinute, formatZoneDate } from "./format";
import { dayOfPeriod, periodPossessive, type BudgetFacts } from "./period";
import type { SloWindow } from "./types";
import { calendarPeriod } from "./windows";

const MS_PER_DAY = 86_400_000;

/** The zone a reset or forecast date is read in: the calendar window's own, UTC for rolling windows. */
const zoneOf = (window: SloWindow) => (window.kind === "calendar" ? window.timeZone : "UTC");

/** When the current calendar period ends and the budget starts afresh; null for rolling windows. */
export function periodResetAt(window: SloWindow, atMs: number): number | null {
  if (window.kind !== "calendar") return null;
  // The period holding the newest elapsed minute: at the stroke of midnight the old period has just reset.
  return calendarPeriod(atMs - 1, window.unit, window.timeZone).endMs;
}

/** "1 January, Europe/London" (weeks: "Monday 7 December, Europe/Berlin"). */
function resetDay(window: SloWindow & { kind: "calendar" }, resetMs: number, atMs: number): string {
  return `${formatZoneDate(resetMs, window.timeZone, atMs, { weekday: window.unit === "week" })}, ${window.timeZone}`;
}

export type OverspendWords = {
  /** "Spent 12.6× December's allowance; the budget resets on 1 January, Europe/London." */
  lead: string;
  /** "5,432 failed requests against 431 allowed so far in this window." */
  detail: string;
};

/**
 * Words for a budget that is spent (remaining ≤ 0), in place of "0 s of full outage left". Calendar windows
 * say by how much the period's whole budget is over when it is (periodBudget), otherwise by how much the
 * days so far are over, and the reset date in the SLO's zone. Rolling windows say by how much the window is
 * over and when it recovers with no new bad events (`recoveryAtMs`, see recovery.ts), or that it recovers as
 * the bad minutes leave the window when that instant is unknown. Null while the budget is not spent.
 */
export function overspendWords(input: BudgetFacts & {
  badEvents: number;
  allowedBadEvents: number;
  badEventNoun: string;
  recoveryAtMs?: number | null;
}): OverspendWords | null {
  const { window, atMs, errorBudget, periodBudget } = input;
  if (!input.hasData || errorBudget.remaining > 0) return null;
  const detail = `${formatCount(input.badEvents)} ${input.badEventNoun} against ${formatCount(input.allowedBadEvents)} allowed so far in this window.`;
  if (window.kind === "calendar") {
    const reset = `the budget resets on ${resetDay(window, periodResetAt(window, atMs)!, atMs)}`;
    const possessive = periodPossessive(window, input.windowStartMs);
    if (periodBudget.consumed > 1) return { lead: `Spent ${formatTimes(periodBudget.consumed)} ${possessive} allowance; ${reset}.`, detail };
    const day = dayOfPeriod(input.windowStartMs, atMs, window.timeZone);
    const days = day === 1 ? "first day" : `first ${day} days`;
    return { lead: `Spent ${formatTimes(errorBudget.consumed)} the allowance for ${possessive} ${days}; ${reset}.`, detail };
  }
  const spent = `Spent ${formatTimes(errorBudget.consumed)} the ${window.days}-day allowance`;
  if (input.recoveryAtMs == null) return { lead: `${spent}; it recovers as the bad minutes leave the ${window.days}-day window.`, detail };
  return {
    lead: `${spent}; with no new ${input.badEventNoun} and traffic at its usual rate, the budget is back above zero on ${formatZoneDate(input.recoveryAtMs, "UTC", atMs)} at ${formatUtcMinute(input.recoveryAtMs).slice(11)}.`,
    detail,
  };
}

type Rate = { name: "the last hour's" | "the last day's"; rate: number };

/**
 * The forecast in words, naming the burn rate each figure uses, so it never contradicts a firing page
 * alert: "At the last hour's rate (27.9×) the budget is gone in 5.2 hours; at the last day's rate (1.40×)
 * on 23 January (UTC)." A calendar budget that outlasts its period "lasts until the period resets".
 * daysLeft = remaining × P / b, as the API's forecast computes it with b the 1-day burn rate.
 */
export function forecastWords(input: {
  window: SloWindow;
  target: number;
  hasData: boolean;
  remaining: number;
  periodDays: number;
  burnRate1h: number;
  burnRate1d: number;
  atMs: number;
}): string {
  const { window, remaining, periodDays, atMs } = input;
  if (input.target >= 1) return "A 100% target allows no errors, so there is no budget to forecast.";
  if (!input.hasData) return "No data yet, so no forecast.";
  if (remaining <= 0) return "The budget is already spent, so there is nothing left to run out.";
  const rates: Rate[] = [
    { name: "the last hour's", rate: input.burnRate1h },
    { name: "the last day's", rate: input.burnRate1d },
  ];
  if (rates.every((r) => !(r.rate > 0))) return "Nothing burned in the last day: the budget is not running out.";
  const zone = zoneOf(window);
  const resetMs = periodResetAt(window, atMs);
  let dated = false;
  let goneSaid = false;
  const clauses = rates.map(({ name, rate }) => {
    if (!(rate > 0)) return `${name.replace("'s", "")} burned nothing`;
    const daysLeft = (remaining * periodDays) / rate;
    const exhaustionMs = atMs + daysLeft * MS_PER_DAY;
    const at = `at ${name} rate (${formatBurnRate(rate)})`;
    if (resetMs !== null && exhaustionMs >= resetMs) {
      dated = true;
      return `${at} it lasts until the period resets on ${formatZoneDate(resetMs, zone, atMs)}`;
    }
    const subject = goneSaid ? "" : "the budget is gone ";
    goneSaid = true;
    if (daysLeft < 2) return `${at} ${subject}in ${formatSpan(daysLeft)}`;
    dated = true;
    return `${at} ${subject}on ${formatZoneDate(exhaustionMs, zone, atMs)}`;
  });
  const sentence = clauses.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${dated ? ` (${zone})` : ""}.`;
}
