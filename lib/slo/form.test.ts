import { describe, expect, it } from "vitest";
import {
  alertWindowRows,
  DEFAULT_ALERT_WINDOW_ROWS,
  formFieldOf,
  formToSloInput,
  nextAlertWindowRow,
  formMessage,
  sloInputToForm,
  withAlertWindowRows,
} from "./form";
import { sloInputSchema } from "./schemas";

const base = {
  slug: "checkout-availability",
  name: "Checkout availability",
  service: "checkout",
  sliKind: "availability",
  targetPercent: "99.9",
  windowKind: "rolling",
  windowDays: "30",
  budgetingMethod: "occurrences",
  reviewCadenceDays: "90",
  freezeOnPage: "on",
};

describe("SLO form mapping", () => {
  it("turns percentages into fractions and builds the window", () => {
    const input = sloInputSchema.parse(formToSloInput(base));
    expect(input).toMatchObject({ target: 0.999, window: { kind: "rolling", days: 30 }, latencyThresholdMs: null, timesliceTarget: null, policy: null });
    const calendar = sloInputSchema.parse(formToSloInput({ ...base, windowKind: "calendar", calendarUnit: "quarter", timeZone: "Europe/Berlin" }));
    expect(calendar.window).toEqual({ kind: "calendar", unit: "quarter", timeZone: "Europe/Berlin" });
  });

  it("keeps latency thresholds and timeslice targets only where they apply", () => {
    const latency = sloInputSchema.parse(formToSloInput({ ...base, sliKind: "latency", latencyThresholdMs: "300", budgetingMethod: "timeslices", timesliceTargetPercent: "95" }));
    expect(latency).toMatchObject({ latencyThresholdMs: 300, timesliceTarget: 0.95 });
    const availability = sloInputSchema.parse(formToSloInput({ ...base, latencyThresholdMs: "300" }));
    expect(availability.latencyThresholdMs).toBeNull();
  });

  it("reports a target of 100% against the percentage field", () => {
    const result = sloInputSchema.safeParse(formToSloInput({ ...base, targetPercent: "100" }));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    const field = formFieldOf(issue.path.join("."));
    expect(field).toBe("targetPercent");
    expect(formMessage(field, issue.message)).toBe("must be less than 100%");
  });

  it("collects policy overrides and round-trips through the form", () => {
    const input = sloInputSchema.parse(formToSloInput({ ...base, warnBelowPercent: "25", earlyBurnPercent: "60", earlyBurnDays: "7", freezeOnPage: "off" }));
    expect(input.policy).toEqual({ warnBelowRemaining: 0.25, earlyBurn: { consumedAbove: 0.6, withinDays: 7 }, freezeOnPage: false });
    expect(sloInputSchema.parse(formToSloInput(sloInputToForm(input)))).toEqual(input);
  });

  it("collects the SLO's own warm-up and names the field when it is not whole hours", () => {
    const input = sloInputSchema.parse(formToSloInput({ ...base, warmUpHours: "48" }));
    expect(input.policy).toEqual({ warmUpHours: 48 });
    expect(sloInputToForm(input).warmUpHours).toBe("48");
    expect(sloInputSchema.parse(formToSloInput({ ...base, warmUpHours: "0" })).policy).toEqual({ warmUpHours: 0 });
    const bad = sloInputSchema.safeParse(formToSloInput({ ...base, warmUpHours: "2.5" })).error!.issues[0]!;
    expect(formFieldOf(bad.path.join("."))).toBe("warmUpHours");
    expect(bad.message).toBe("must be whole hours");
  });

  it("maps the staleness limit: empty is the default, the checkbox is never, and both round-trip", () => {
    expect(sloInputSchema.parse(formToSloInput(base)).staleAfterMinutes).toBeUndefined();
    const hourly = sloInputSchema.parse(formToSloInput({ ...base, staleAfterMinutes: "90" }));
    expect(hourly.staleAfterMinutes).toBe(90);
    expect(sloInputToForm(hourly)).toMatchObject({ staleAfterMinutes: "90", neverStale: "" });
    // A number left in the disabled field does not count once "never stale" is checked.
    const batch = sloInputSchema.parse(formToSloInput({ ...base, staleAfterMinutes: "90", neverStale: "on" }));
    expect(batch.staleAfterMinutes).toBeNull();
    expect(sloInputToForm(batch)).toMatchObject({ staleAfterMinutes: "", neverStale: "on" });
    expect(sloInputSchema.parse(formToSloInput(sloInputToForm(batch)))).toEqual(batch);
    const tooLong = sloInputSchema.safeParse(formToSloInput({ ...base, staleAfterMinutes: "10081" }));
    expect(tooLong.error!.issues.map((issue) => [formFieldOf(issue.path.join(".")), issue.message])).toEqual([["staleAfterMinutes", "must be at most 10080 minutes (a week)"]]);
  });

  it("maps the incident settings: the select and the checkbox, always sent, and both round-trip", () => {
    const plain = sloInputSchema.parse(formToSloInput(base));
    expect([plain.incidentOnPage, plain.incidentOnStale]).toEqual(["auto", false]);
    const set = sloInputSchema.parse(formToSloInput({ ...base, incidentOnPage: "off", incidentOnStale: "on" }));
    expect([set.incidentOnPage, set.incidentOnStale]).toEqual(["off", true]);
    expect(sloInputToForm(set)).toMatchObject({ incidentOnPage: "off", incidentOnStale: "on" });
    expect(sloInputSchema.parse(formToSloInput(sloInputToForm(set)))).toEqual(set);
    const bad = sloInputSchema.safeParse(formToSloInput({ ...base, incidentOnPage: "sometimes" })).error!.issues[0]!;
    expect([formFieldOf(bad.path.join(".")), bad.message]).toEqual(["incidentOnPage", "must be auto, on or off"]);
  });

  it("leaves alert windows to the defaults unless custom windows are chosen", () => {
    const rows = withAlertWindowRows({}, [{ severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: "3" }]);
    expect(sloInputSchema.parse(formToSloInput({ ...base, ...rows })).alertWindows).toBeNull();
    expect(sloInputSchema.parse(formToSloInput({ ...base, ...rows, alertWindowsMode: "default" })).alertWindows).toBeNull();
    const custom = sloInputSchema.parse(formToSloInput({ ...base, ...rows, alertWindowsMode: "custom" }));
    expect(custom.alertWindows).toEqual([{ severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: 3 }]);
  });

  it("reads rows in index order and renumbers them after a removal", () => {
    const values = { "alertWindows.10.severity": "ticket", "alertWindows.2.severity": "page", "alertWindows.2.longWindow": "6h", other: "x" };
    expect(alertWindowRows(values).map((row) => row.severity)).toEqual(["page", "ticket"]);
    expect(alertWindowRows(values)[0]).toEqual({ severity: "page", longWindow: "6h", shortWindow: "", budgetPercent: "" });
    const renumbered = withAlertWindowRows(values, alertWindowRows(values).slice(1));
    expect(renumbered).toEqual({ other: "x", "alertWindows.0.severity": "ticket", "alertWindows.0.longWindow": "", "alertWindows.0.shortWindow": "", "alertWindows.0.budgetPercent": "" });
  });

  it("names the row and field of an invalid alert window, and asks for at least one", () => {
    const bad = withAlertWindowRows({}, [
      { severity: "page", longWindow: "1h", shortWindow: "5m", budgetPercent: "2" },
      { severity: "ticket", longWindow: "30m", shortWindow: "6h", budgetPercent: "0" },
    ]);
    const result = sloInputSchema.safeParse(formToSloInput({ ...base, ...bad, alertWindowsMode: "custom" }));
    const errors = result.error!.issues.map((issue) => {
      const field = formFieldOf(issue.path.join("."));
      return [field, formMessage(field, issue.message)];
    });
    expect(errors).toEqual([
      ["alertWindows.1.budgetPercent", "must be greater than 0"],
      ["alertWindows.1.shortWindow", "must be shorter than the long window"],
    ]);
    const inverted = withAlertWindowRows({}, [{ severity: "ticket", longWindow: "30m", shortWindow: "6h", budgetPercent: "5" }]);
    const issue = sloInputSchema.safeParse(formToSloInput({ ...base, ...inverted, alertWindowsMode: "custom" })).error!.issues[0]!;
    expect([issue.path.join("."), issue.message]).toEqual(["alertWindows.0.shortWindow", "must be shorter than longWindow"]);
    const none = sloInputSchema.safeParse(formToSloInput({ ...base, alertWindowsMode: "custom" })).error!.issues[0]!;
    expect(formMessage(formFieldOf(none.path.join(".")), none.message)).toBe("add at least one alert window, or use the defaults");
  });

  it("round-trips custom alert windows and starts a custom set from the Workbook defaults", () => {
    const input = sloInputSchema.parse(
      formToSloInput({ ...base, ...withAlertWindowRows({}, [{ severity: "page", longWindow: "2h", shortWindow: "5m", budgetPercent: "2.5" }]), alertWindowsMode: "custom" }),
    );
    const form = sloInputToForm(input);
    expect(form.alertWindowsMode).toBe("custom");
    expect(sloInputSchema.parse(formToSloInput(form))).toEqual(input);
    const defaults = sloInputToForm(sloInputSchema.parse(formToSloInput(base)));
    expect(defaults.alertWindowsMode).toBe("default");
    expect(alertWindowRows(defaults)).toEqual(DEFAULT_ALERT_WINDOW_ROWS);
  });

  it("suggests the next longer pair of windows for an added row", () => {
    expect(nextAlertWindowRow([])).toEqual({ severity: "ticket", longWindow: "1h", shortWindow: "5m", budgetPercent: "10" });
    expect(nextAlertWindowRow(DEFAULT_ALERT_WINDOW_ROWS.slice(0, 2))).toEqual({ severity: "ticket", longWindow: "1d", shortWindow: "2h", budgetPercent: "10" });
    expect(nextAlertWindowRow(DEFAULT_ALERT_WINDOW_ROWS)).toEqual({ severity: "ticket", longWindow: "3d", shortWindow: "6h", budgetPercent: "10" });
  });
});
