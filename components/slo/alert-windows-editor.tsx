"use client";
// The SLO form's alert windows: the SRE Workbook defaults, or a custom multiwindow set with each row's burn-rate threshold.
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import {
  alertWindowRows,
  DEFAULT_ALERT_WINDOW_ROWS,
  MAX_ALERT_WINDOWS,
  nextAlertWindowRow,
  withAlertWindowRows,
  type AlertWindowFormRow,
  type SloFormValues,
} from "@/lib/slo/form";
import { formatBurnRate } from "@/lib/slo/format";
import { alertThreshold } from "@/lib/slo/math";
import { BURN_WINDOW_MINUTES, BURN_WINDOWS, type BurnWindow } from "@/lib/slo/types";

const isBurnWindow = (value: string): value is BurnWindow => (BURN_WINDOWS as readonly string[]).includes(value);

/** What a row means for this SLO's period, or why it cannot be worked out yet. */
function rowMeaning(row: AlertWindowFormRow, periodDays: number): string {
  const percent = Number(row.budgetPercent);
  if (!isBurnWindow(row.longWindow) || !isBurnWindow(row.shortWindow) || !(percent > 0 && percent <= 100) || !(periodDays > 0)) {
    return "Choose both windows and a budget share between 0% and 100% to see the threshold.";
  }
  if (BURN_WINDOW_MINUTES[row.shortWindow] >= BURN_WINDOW_MINUTES[row.longWindow]) return "The short window must be shorter than the long one.";
  const threshold = alertThreshold(percent, periodDays, row.longWindow);
  const action = row.severity === "page" ? "Pages" : "Opens a ticket";
  return `${action} when both the ${row.longWindow} and ${row.shortWindow} burn rates exceed ${formatBurnRate(threshold)} — ${percent}% of the budget spent within ${row.longWindow}.`;
}

export function AlertWindowsEditor({
  values,
  setValues,
  errors,
  periodDays,
}: {
  values: SloFormValues;
  setValues: (update: (current: SloFormValues) => SloFormValues) => void;
  errors: (key: string) => string[] | undefined;
  periodDays: number;
}) {
  const custom = values.alertWindowsMode === "custom";
  const rows = alertWindowRows(values);
  const setRows = (next: AlertWindowFormRow[]) => setValues((current) => withAlertWindowRows(current, next));
  const setRow = (index: number, field: keyof AlertWindowFormRow, value: string) => setRows(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const listErrors = errors("alertWindows");

  return (
    <fieldset className="grid gap-3" aria-describedby="alert-windows-errors">
      <legend className="text-sm font-medium">Alert windows</legend>
      <p className="text-sm text-muted">
        Multiwindow burn-rate alerts fire when both windows burn faster than the threshold: the long window shows the budget is really going, the short one that it
        still is. The threshold follows from the share of the budget the long window may spend.
      </p>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="alertWindowsMode"
            value="default"
            checked={!custom}
            onChange={() => setValues((current) => ({ ...current, alertWindowsMode: "default" }))}
          />
          SRE Workbook defaults (page 2% in 1 h / 5% in 6 h, ticket 10% in 1 d / 3 d)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="alertWindowsMode"
            value="custom"
            checked={custom}
            onChange={() =>
              setValues((current) => {
                const existing = alertWindowRows(current);
                return { ...withAlertWindowRows(current, existing.length ? existing : DEFAULT_ALERT_WINDOW_ROWS), alertWindowsMode: "custom" };
              })
            }
          />
          Custom windows
        </label>
      </div>
      {custom ? (
        <div className="grid gap-3">
          {rows.map((row, index) => (
            <fieldset key={index} className="grid gap-2 rounded-md border border-border p-3">
              <legend className="px-1 text-sm font-medium">Alert window {index + 1}</legend>
              <div className="grid gap-3 sm:grid-cols-4">
                <Field label="Severity" name={`alertWindows.${index}.severity`} errors={errors(`alertWindows.${index}.severity`)}>
                  {(props) => (
                    <Select {...props} value={row.severity} onChange={(event) => setRow(index, "severity", event.target.value)}>
                      <option value="page">Page</option>
                      <option value="ticket">Ticket</option>
                    </Select>
                  )}
                </Field>
                {(["longWindow", "shortWindow"] as const).map((field) => (
                  <Field key={field} label={field === "longWindow" ? "Long window" : "Short window"} name={`alertWindows.${index}.${field}`} errors={errors(`alertWindows.${index}.${field}`)}>
                    {(props) => (
                      <Select {...props} value={row[field]} onChange={(event) => setRow(index, field, event.target.value)}>
                        {BURN_WINDOWS.map((w) => (
                          <option key={w} value={w}>
                            {w}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                ))}
                <Field label="Budget spent (%)" name={`alertWindows.${index}.budgetPercent`} errors={errors(`alertWindows.${index}.budgetPercent`)}>
                  {(props) => <Input {...props} inputMode="decimal" value={row.budgetPercent} onChange={(event) => setRow(index, "budgetPercent", event.target.value)} />}
                </Field>
              </div>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm text-muted" aria-live="polite">
                  {rowMeaning(row, periodDays)}
                </p>
                <Button size="sm" variant="ghost" onClick={() => setRows(rows.filter((_, i) => i !== index))} aria-label={`Remove alert window ${index + 1}`}>
                  <Trash2 aria-hidden size={14} /> Remove
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button size="sm" variant="secondary" onClick={() => setRows([...rows, nextAlertWindowRow(rows)])} disabled={rows.length >= MAX_ALERT_WINDOWS}>
              <Plus aria-hidden size={14} /> Add alert window
            </Button>
            {rows.length >= MAX_ALERT_WINDOWS ? <span className="ml-2 text-sm text-muted">At most {MAX_ALERT_WINDOWS} alert windows.</span> : null}
          </div>
        </div>
      ) : null}
      <div id="alert-windows-errors" aria-live="polite" className="text-sm text-danger">
        {listErrors?.map((error) => <p key={error}>{error}</p>)}
      </div>
    </fieldset>
  );
}
