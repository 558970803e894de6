// Turns the SLO form's fields into an SLO definition body (the same shape the API takes), and back.
import type { SloInput } from "./schemas";
import { BURN_WINDOWS, DEFAULT_ALERT_WINDOWS, type AlertSeverity, type AlertWindowSpec, type BurnWindow } from "./types";

export const SLO_TEMPLATES = {
  availability: { label: "HTTP availability", sliKind: "availability", nameSuffix: "availability", description: "Requests answered without a server error." },
  latency: { label: "Latency: requests under X ms (e.g. p99)", sliKind: "latency", nameSuffix: "latency", description: "Requests answered faster than the threshold." },
  ratio: { label: "Custom ratio of good events", sliKind: "ratio", nameSuffix: "success", description: "" },
} as const;

export type SloFormValues = Record<string, string>;

const text = (values: SloFormValues, key: string) => values[key]?.trim() ?? "";

/** One alert window as the form holds it: strings, so half-typed input survives a rejected submit. */
export type AlertWindowFormRow = { severity: string; longWindow: string; shortWindow: string; budgetPercent: string };

export const MAX_ALERT_WINDOWS = 8;
const ALERT_WINDOW_KEY = /^alertWindows\.(\d+)\.(severity|longWindow|shortWindow|budgetPercent)$/;

/** The alert-window rows encoded in the form's flat values (`alertWindows.<i>.<field>`), in index order. */
export function alertWindowRows(values: SloFormValues): AlertWindowFormRow[] {
  const byIndex = new Map<number, AlertWindowFormRow>();
  for (const [key, value] of Object.entries(values)) {
    const match = ALERT_WINDOW_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = byIndex.get(index) ?? { severity: "", longWindow: "", shortWindow: "", budgetPercent: "" };
    row[match[2] as keyof AlertWindowFormRow] = value;
    byIndex.set(index, row);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/** The values with their alert-window rows replaced by `rows`, renumbered from 0. */
export function withAlertWindowRows(values: SloFormValues, rows: readonly AlertWindowFormRow[]): SloFormValues {
  const next: SloFormValues = {};
  for (const [key, value] of Object.entries(values)) if (!ALERT_WINDOW_KEY.test(key)) next[key] = value;
  rows.forEach((row, index) => {
    for (const field of ["severity", "longWindow", "shortWindow", "budgetPercent"] as const) next[`alertWindows.${index}.${field}`] = row[field];
  });
  return next;
}

const toFormRow = (spec: AlertWindowSpec): AlertWindowFormRow => ({
  severity: spec.severity,
  longWindow: spec.longWindow,
  shortWindow: spec.shortWindow,
  budgetPercent: String(spec.budgetPercent),
});

/** The SRE Workbook's four windows as form rows: where a custom set starts from. */
export const DEFAULT_ALERT_WINDOW_ROWS: readonly AlertWindowFormRow[] = DEFAULT_ALERT_WINDOWS.map(toFormRow);

/** A row to add after `rows`: the next longer pair than the last row's, as a ticket. */
export function nextAlertWindowRow(rows: readonly AlertWindowFormRow[]): AlertWindowFormRow {
  const last = rows[rows.length - 1];
  const longIndex = last ? Math.min(BURN_WINDOWS.length - 1, BURN_WINDOWS.indexOf(last.longWindow as BurnWindow) + 1) : 2;
  const longWindow = BURN_WINDOWS[Math.max(1, longIndex)]!;
  const shortWindow = BURN_WINDOWS[Math.max(0, BURN_WINDOWS.indexOf(longWindow) - 2)]!;
  return { severity: "ticket" satisfies AlertSeverity, longWindow, shortWindow, budgetPercent: "10" };
}

function alertWindowsOf(values: SloFormValues): unknown[] | null {
  if (text(values, "alertWindowsMode") !== "custom") return null;
  return alertWindowRows(values).map((row) => ({
    severity: row.severity.trim(),
    longWindow: row.longWindow.trim(),
    shortWindow: row.shortWindow.trim(),
    budgetPercent: numberOrUndefined(row.budgetPercent.trim()),
  }));
}
const numberOrUndefined = (raw: string): number | undefined => (raw === "" ? undefined : Number(raw));

/** Percent strings ("99.9") to fractions, leaving bad input for zod to name; 99.9 / 100 is 0.9990000000000001 in floating point, so round. */
function fraction(raw: string): number | undefined {
  const value = numberOrUndefined(raw);
  return value === undefined || !Number.isFinite(value) ? value : Number((value / 100).toFixed(12));
}

export function formToSloInput(values: SloFormValues): Record<string, unknown> {
  const windowKind = text(values, "windowKind") || "rolling";
  const policyFields = ["warnBelowPercent", "freezeAtOrBelowPercent", "earlyBurnPercent", "earlyBurnDays", "warmUpHours"].some((key) => text(values, key) !== "") || values.freezeOnPage === "off";
  return {
    slug: text(values, "slug"),
    name: text(values, "name"),
    service: text(values, "service"),
    description: text(values, "description"),
    sliKind: text(values, "sliKind"),
    latencyThresholdMs: text(values, "sliKind") === "latency" ? numberOrUndefined(text(values, "latencyThresholdMs")) : null,
    target: fraction(text(values, "targetPercent")),
    window:
      windowKind === "calendar"
        ? { kind: "calendar", unit: text(values, "calendarUnit") || "month", timeZone: text(values, "timeZone") || "UTC" }
        : { kind: "rolling", days: numberOrUndefined(text(values, "windowDays")) },
    budgetingMethod: text(values, "budgetingMethod") || "occurrences",
    timesliceTarget: text(values, "budgetingMethod") === "timeslices" ? fraction(text(values, "timesliceTargetPercent")) : null,
    segment: text(values, "segment") || null,
    alertWindows: alertWindowsOf(values),
    reviewCadenceDays: numberOrUndefined(text(values, "reviewCadenceDays")) ?? null,
    // Checked "never stale" wins over the number; an empty number means the default.
    staleAfterMinutes: values.neverStale === "on" ? null : numberOrUndefined(text(values, "staleAfterMinutes")),
    incidentOnPage: text(values, "incidentOnPage") || "auto",
    incidentOnStale: values.incidentOnStale === "on",
    policy: policyFields
      ? {
          ...(text(values, "warnBelowPercent") !== "" ? { warnBelowRemaining: fraction(text(values, "warnBelowPercent")) } : {}),
          ...(text(values, "freezeAtOrBelowPercent") !== "" ? { freezeAtOrBelowRemaining: fraction(text(values, "freezeAtOrBelowPercent")) } : {}),
          ...(text(values, "earlyBurnPercent") !== "" || text(values, "earlyBurnDays") !== ""
            ? { earlyBurn: { consumedAbove: fraction(text(values, "earlyBurnPercent")), withinDays: numberOrUndefined(text(values, "earlyBurnDays")) } }
            : {}),
          ...(values.freezeOnPage === "off" ? { freezeOnPage: false } : {}),
          ...(text(values, "warmUpHours") !== "" ? { warmUpHours: numberOrUndefined(text(values, "warmUpHours")) } : {}),
        }
      : null,
  };
}

const percent = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(Number((value * 100).toFixed(6))));

export function sloInputToForm(input: SloInput): SloFormValues {
  const alertWindows = withAlertWindowRows({}, input.alertWindows ? input.alertWindows.map(toFormRow) : DEFAULT_ALERT_WINDOW_ROWS);
  return {
    ...alertWindows,
    alertWindowsMode: input.alertWindows ? "custom" : "default",
    slug: input.slug,
    name: input.name,
    service: input.service,
    description: input.description ?? "",
    sliKind: input.sliKind,
    latencyThresholdMs: input.latencyThresholdMs == null ? "" : String(input.latencyThresholdMs),
    targetPercent: percent(input.target),
    windowKind: input.window.kind,
    windowDays: input.window.kind === "rolling" ? String(input.window.days) : "30",
    calendarUnit: input.window.kind === "calendar" ? input.window.unit : "month",
    timeZone: input.window.kind === "calendar" ? input.window.timeZone : "UTC",
    budgetingMethod: input.budgetingMethod,
    timesliceTargetPercent: percent(input.timesliceTarget),
    segment: input.segment ?? "",
    reviewCadenceDays: input.reviewCadenceDays == null ? "90" : String(input.reviewCadenceDays),
    // Empty shows the default as a placeholder and submits as "omitted".
    staleAfterMinutes: input.staleAfterMinutes == null ? "" : String(input.staleAfterMinutes),
    neverStale: input.staleAfterMinutes === null ? "on" : "",
    incidentOnPage: input.incidentOnPage ?? "auto",
    incidentOnStale: input.incidentOnStale ? "on" : "",
    warnBelowPercent: percent(input.policy?.warnBelowRemaining),
    freezeAtOrBelowPercent: percent(input.policy?.freezeAtOrBelowRemaining),
    earlyBurnPercent: percent(input.policy?.earlyBurn?.consumedAbove),
    earlyBurnDays: input.policy?.earlyBurn?.withinDays == null ? "" : String(input.policy.earlyBurn.withinDays),
    freezeOnPage: input.policy?.freezeOnPage === false ? "off" : "on",
    warmUpHours: input.policy?.warmUpHours == null ? "" : String(input.policy.warmUpHours),
  };
}

/** Field names of the form for the paths zod reports (target is typed as a percentage). */
export function formFieldOf(path: string): string {
  const map: Record<string, string> = {
    target: "targetPercent",
    timesliceTarget: "timesliceTargetPercent",
    "window.days": "windowDays",
    "window.unit": "calendarUnit",
    "window.timeZone": "timeZone",
    "policy.warnBelowRemaining": "warnBelowPercent",
    "policy.freezeAtOrBelowRemaining": "freezeAtOrBelowPercent",
    "policy.earlyBurn.consumedAbove": "earlyBurnPercent",
    "policy.earlyBurn.withinDays": "earlyBurnDays",
    "policy.warmUpHours": "warmUpHours",
  };
  return map[path] ?? path;
}

/** The API's messages re-worded for the form: fractions become percentages, JSON names become what the form shows. */
export function formMessage(field: string, message: string): string {
  if (field === "alertWindows") return message.replace(/^give at least one alert window, or null for the defaults$/, "add at least one alert window, or use the defaults");
  if (field.startsWith("alertWindows.")) return message.replace(/shorter than longWindow$/, "shorter than the long window");
  if (!field.endsWith("Percent")) return message;
  return message
    .replace(/greater than 0/, "greater than 0%")
    .replace(/less than 1$/, "less than 100%")
    .replace(/at most 1$/, "at most 100%")
    .replace(/between 0 and 1/, "between 0% and 100%")
    .replace(/^target must/, "must")
    .replace(/^(Tier \d )?target/, "");
}
