// Plain data shapes of an SLO — its kinds, window, budgeting method, source and burn-rate alert windows — each enum declared once.

export const SLI_KINDS = ["availability", "latency", "ratio"] as const;
export type SliKind = (typeof SLI_KINDS)[number];

export const BUDGETING_METHODS = ["occurrences", "timeslices", "ratioTimeslices"] as const;
export type BudgetingMethod = (typeof BUDGETING_METHODS)[number];

export const WINDOW_KINDS = ["rolling", "calendar"] as const;

export const CALENDAR_UNITS = ["week", "month", "quarter"] as const;
export type CalendarUnit = (typeof CALENDAR_UNITS)[number];

export type SloWindow =
  | { kind: "rolling"; days: number }
  | { kind: "calendar"; unit: CalendarUnit; timeZone: string };

export type BurnWindow = "5m" | "30m" | "1h" | "2h" | "6h" | "1d" | "3d";

export const ALERT_SEVERITIES = ["page", "ticket"] as const;
/** Whether a page alert opens an incident: "auto" = yes for tier-1 services. */
export const INCIDENT_ON_PAGE = ["auto", "on", "off"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** An OpenSLO metric source as an imported document gave it (a Prometheus query lives in the source itself). */
export type OpenSloMetricFacts = { type?: string; spec?: Record<string, unknown> };

/**
 * What an OpenSLO import remembers beyond Keel's own fields, so the export gives it back: only where the document
 * differed from what Keel would write (absent = Keel's own rendering). Meaningless to the SLI arithmetic.
 */
export type OpenSloFacts = {
  counter?: boolean;
  metric?: "threshold";
  rawType?: "success" | "failure";
  good?: OpenSloMetricFacts;
  bad?: OpenSloMetricFacts;
  total?: OpenSloMetricFacts;
  raw?: OpenSloMetricFacts;
  threshold?: OpenSloMetricFacts;
  indicator?: { name?: string; displayName?: string };
  objective?: { displayName?: string; op?: "lt" | "lte" | "gt" | "gte"; value?: number | string; valueMs?: number; timeSliceWindow?: number | string };
  timeWindow?: { duration?: string; startTime?: string };
};

/** Where an SLO's SLI data comes from: pushed to the API, or pulled from a Prometheus datasource. */
export type SloSource = (
  | { kind: "push" }
  | { kind: "prometheus"; datasource: string; goodQuery?: string; errorQuery?: string; totalQuery: string }
) & { openslo?: OpenSloFacts };

export type AlertWindowSpec = {
  severity: AlertSeverity;
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
  budgetPercent: number;
};

export const BURN_WINDOW_MINUTES: Readonly<Record<BurnWindow, number>> = {
  "5m": 5,
  "30m": 30,
  "1h": 60,
  "2h": 120,
  "6h": 360,
  "1d": 1440,
  "3d": 4320,
};

// Every burn window, shortest first: the storage layer reads one aggregate for each.
export const BURN_WINDOWS: readonly BurnWindow[] = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"];

// SRE Workbook "Alerting on SLOs", multiwindow multi-burn-rate defaults.
export const DEFAULT_ALERT_WINDOWS: readonly AlertWindowSpec[] = [
  { severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: 2 },
  { severity: "page", longWindow: "6h", shortWindow: "30m", budgetPercent: 5 },
  { severity: "ticket", longWindow: "1d", shortWindow: "2h", budgetPercent: 10 },
  { severity: "ticket", longWindow: "3d", shortWindow: "6h", budgetPercent: 10 },
];
