"use client";
// Incidents per month, stacked by severity.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, yAxisLabel } from "@/components/charts/chart-theme";
import type { MonthRow } from "@/lib/incidents/view/analytics";
import { SEVERITIES } from "@/lib/incidents/types";
import { MonthTooltip } from "./month-tooltip";
import { SEVERITY_COLORS } from "./severity-colors";

const total = (row: MonthRow) => SEVERITIES.reduce((sum, s) => sum + (row[s] ?? 0), 0);
const incidentsWord = (value: number | null) => (value === null ? "—" : `${value} incident${value === 1 ? "" : "s"}`);

export function CountMonthChart({ rows, markers }: { rows: MonthRow[]; markers: { month: string; label: string; monthLabel: string }[] }) {
  const totals = rows.map(total);
  const busiest = rows.length ? rows[totals.indexOf(Math.max(...totals))]! : null;
  const summary = rows.length
    ? `Incidents per month by severity: ${totals.reduce((a, b) => a + b, 0)} in all, ${incidentsWord(totals[0]!)} in ${rows[0]!.label} and ${incidentsWord(totals.at(-1)!)} in ${rows.at(-1)!.label}; busiest ${busiest!.label}.`
    : "No months in this range.";
  return (
    <ChartFrame
      title="Incidents per month (count)"
      summary={summary}
      legend={SEVERITIES.map((s) => ({ label: s, color: SEVERITY_COLORS[s], kind: "area" as const }))}
      table={{ caption: "Incidents per month", columns: ["Month", ...SEVERITIES, "All"], rows: rows.map((r, i) => ({ key: r.month, cells: [r.label, ...SEVERITIES.map((s) => String(r[s] ?? 0)), String(totals[i])] })) }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
          <XAxis {...AXIS_STYLE} dataKey="label" height={36} />
          <YAxis {...AXIS_STYLE} width={64} allowDecimals={false} label={yAxisLabel("Incidents")} />
          <Tooltip cursor={{ fill: CHART_COLORS.border, opacity: 0.4 }} content={(props) => <MonthTooltip {...props} formatValue={incidentsWord} markers={markers} />} />
          {SEVERITIES.map((s) => (
            <Bar key={s} dataKey={s} name={s} stackId="severity" fill={SEVERITY_COLORS[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
