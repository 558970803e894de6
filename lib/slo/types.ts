// Plain data shapes of an SLO's window, budgeting method and burn-rate alert windows.

export type SloWindow =
  | { kind: "rolling"; days: number }
  | { kind: "calendar"; unit: CalendarUnit; timeZone: string };

export type CalendarUnit = "week" | "month" | "quarter";

export type BudgetingMethod = "occurrences" | "timeslices" | "ratioTimeslices";

export type BurnWindow = "5m" | "30m" | "1h" | "2h" | "6h" | "1d" | "3d";

export type AlertSeverity = "page" | "ticket";

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
