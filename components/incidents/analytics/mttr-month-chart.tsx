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

const LOG_TICKS = [1, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000];

function extent(rows: readonly MonthRow[]): [number, number] {
  const values = rows.flatMap((r) => SEVERITIES.map((s) => r[s])).filter((v): v is number => v !== null && v > 0);
  return values.length ? [Math.min(...values), Math.max(...values)] : [1, 100];
}

/** From the tick at or below the smallest value to the tick at or above the largest. */
function logDomain(rows: readonly MonthRow[]): [number, number] {
  const [min, max] = extent(rows);
  return [[...LOG_TICKS].reverse().find((t) => t <= min) ?? 1, LOG_TICKS.find((t) => t >= max) ?? max];
}

function logTicks(rows: readonly MonthRow[]): number[] {
  const [low, high] = logDomain(rows);
  return LOG_TICKS.filter((t) => t >= low && t <= high);
}

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
          {/* Logarithmic: SEV1s resolve in minutes and SEV4s in days, and both trends should read. */}
          <YAxis {...AXIS_STYLE} width={64} scale="log" domain={logDomain(rows)} ticks={logTicks(rows)} allowDataOverflow tickFormatter={(v: number) => v.toLocaleString("en-US")} label={yAxisLabel("MTTR (min, log scale)")} />
          {markers.map((m) => (
            <ReferenceLine key={m.label} x={m.monthLabel} stroke={CHART_COLORS.success} strokeDasharray="4 3" />
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
