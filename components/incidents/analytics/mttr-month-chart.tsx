"use client";
// Mean MTTR per month, one line per severity, with the milestones (e.g. "On-call paging on") as reference lines.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, TOOLTIP_STYLE, yAxisLabel } from "@/components/charts/chart-theme";
import { formatMinutesFigure, type MonthRow } from "@/lib/incidents/view/analytics";
import { SEVERITIES } from "@/lib/incidents/types";
import { MonthTooltip } from "./month-tooltip";
import { SEVERITY_COLORS } from "./severity-colors";

type Marker = { month: string; label: string; monthLabel: string };

function summaryOf(rows: readonly MonthRow[]): string {
  const parts = SEVERITIES.flatMap((s) => {
    const values = rows.filter((r) => r[s] !== null);
    if (!values.length) return [];
    const first = values[0]!;
    const last = values.at(-1)!;
    return [`${s} ${formatMinutesFigure(first[s])} in ${first.label}, ${formatMinutesFigure(last[s])} in ${last.label}`];
  });
  return parts.length ? `Mean time to resolve by month and severity: ${parts.join("; ")}.` : "No resolved incidents in this range.";
}

export function MttrMonthChart({ rows, markers }: { rows: MonthRow[]; markers: Marker[] }) {
  return (
    <ChartFrame
      title="MTTR by month (mean, minutes)"
      summary={summaryOf(rows)}
      legend={[...SEVERITIES.map((s) => ({ label: s, color: SEVERITY_COLORS[s], kind: "line" as const })), ...markers.map((m) => ({ label: `${m.label} (${m.monthLabel})`, color: CHART_COLORS.success, kind: "marker" as const }))]}
      table={{ caption: "Mean MTTR by month", columns: ["Month", ...SEVERITIES], rows: rows.map((r) => ({ key: r.month, cells: [r.label, ...SEVERITIES.map((s) => formatMinutesFigure(r[s]))] })) }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
          <XAxis {...AXIS_STYLE} dataKey="label" height={36} />
          <YAxis {...AXIS_STYLE} width={64} allowDecimals={false} label={yAxisLabel("MTTR (min)")} />
          {markers.map((m) => (
            <ReferenceLine key={m.label} x={m.monthLabel} stroke={CHART_COLORS.success} strokeDasharray="4 3" label={{ value: m.label, position: "insideTopLeft", fill: CHART_COLORS.muted, fontSize: 11 }} />
          ))}
          <Tooltip {...TOOLTIP_STYLE} content={(props) => <MonthTooltip {...props} formatValue={formatMinutesFigure} markers={markers} />} />
          {SEVERITIES.map((s) => (
            <Line key={s} type="linear" dataKey={s} name={s} stroke={SEVERITY_COLORS[s]} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
