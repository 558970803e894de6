"use client";
// Burn rate of each alert's long window over time, each with its threshold as a dashed line in the same colour.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { burnRateDomainMax, burnRateTicks, seriesExtent, type AlertSpan, type ChartRow, type DeployMarker, type IncidentSpan, type TimeRange } from "@/lib/slo/view/chart-data";
import { formatBurnRate } from "@/lib/slo/format";
import type { AlertSeverity, BurnWindow } from "@/lib/slo/types";
import { AlertSpans, alertSpanLegend } from "./alert-spans";
import { IncidentSpans, incidentLegend } from "./incident-spans";
import { ChartFrame, describeRange, overlaySummary, type LegendItem } from "./chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, SERIES_COLORS, TOOLTIP_STYLE, timeXAxisProps, yAxisLabel } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";
import { DeployMarkers, deployLegend } from "./deploy-markers";
import { formatInstant } from "./time-axis";

export type ChartAlertWindow = { severity: AlertSeverity; longWindow: BurnWindow; shortWindow: BurnWindow; threshold: number };

export type BurnRateChartProps = {
  /** Rows whose `burnRates` hold each alert long window (lib/slo/chart-data toChartRows). */
  rows: readonly ChartRow[];
  range: TimeRange;
  alertWindows: readonly ChartAlertWindow[];
  spans?: readonly AlertSpan[];
  deploys?: readonly DeployMarker[];
  incidents?: readonly IncidentSpan[];
  syncId?: string;
};

/** The long windows to draw, each once, in the order the alerts list them. */
export function burnWindowsOf(alertWindows: readonly ChartAlertWindow[]): BurnWindow[] {
  return [...new Set(alertWindows.map((alert) => alert.longWindow))];
}

export function BurnRateChart({ rows, range, alertWindows, spans = [], deploys = [], incidents = [], syncId }: BurnRateChartProps) {
  const windows = burnWindowsOf(alertWindows);
  const colorOf = (window: BurnWindow) => SERIES_COLORS[windows.indexOf(window) % SERIES_COLORS.length]!;
  const rates = rows.flatMap((row) => windows.map((window) => row.burnRates[window] ?? null));
  // Symlog axis (see burnRateTicks in lib/slo/chart-data): 0× stays on the chart and a 100× spike does not squash 1×.
  const domainMax = burnRateDomainMax(
    rates,
    alertWindows.map((alert) => alert.threshold),
  );
  const perWindow = windows.map((window) => {
    const { max, last } = seriesExtent(rows, (row) => row.burnRates[window] ?? null);
    const thresholds = alertWindows.filter((alert) => alert.longWindow === window).map((alert) => `${alert.severity} threshold ${formatBurnRate(alert.threshold)}`);
    return last && max ? `${window} at the end ${formatBurnRate(last.value)}, peak ${formatBurnRate(max.value)} at ${formatInstant(max.t)} (${thresholds.join(", ")})` : `${window}: no data`;
  });
  const summary =
    `Burn rates over the ${describeRange(range)}, on an axis that is linear up to 1× and logarithmic above: ${perWindow.join("; ")}.` +
    overlaySummary(spans, deploys, incidents);
  const legend: LegendItem[] = [
    ...windows.map((window) => ({ label: `${window} burn rate`, color: colorOf(window), kind: "line" as const })),
    ...alertWindows.map((alert) => ({ label: `${alert.severity} threshold ${formatBurnRate(alert.threshold)} (${alert.longWindow}/${alert.shortWindow})`, color: colorOf(alert.longWindow), kind: "dashed" as const })),
    ...alertSpanLegend(spans), ...incidentLegend(incidents),
    ...deployLegend(deploys),
  ];
  return (
    <ChartFrame
      title="Burn rate by alert window"
      summary={summary}
      legend={legend}
      table={{
        caption: "Burn rate by alert window",
        columns: ["Time", ...windows.map((window) => `${window} burn rate`)],
        rows: rows.map((row) => ({ key: row.t, cells: [formatInstant(row.t), ...windows.map((window) => formatRate(row.burnRates[window]))] })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN} syncId={syncId} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
          <XAxis {...timeXAxisProps(range)} />
          <YAxis
            {...AXIS_STYLE}
            type="number"
            scale="symlog"
            domain={[0, domainMax]}
            ticks={burnRateTicks(domainMax)}
            allowDataOverflow
            tickFormatter={(value: number) => `${value}×`}
            width={64}
            label={yAxisLabel("Burn rate (×)")}
          />
          <IncidentSpans spans={incidents} />
          <AlertSpans spans={spans} />
          <DeployMarkers deploys={deploys} />
          {/* Thresholds are named in the legend: labels at the right edge sat on top of each other and of the lines. */}
          {alertWindows.map((alert) => (
            <ReferenceLine key={`${alert.severity}-${alert.longWindow}-${alert.shortWindow}`} y={alert.threshold} stroke={colorOf(alert.longWindow)} strokeDasharray="6 4" />
          ))}
          <Tooltip {...TOOLTIP_STYLE} content={(props) => <ChartTooltip {...props} rows={rows} spans={spans} deploys={deploys} incidents={incidents} formatValue={formatRate} />} />
          {windows.map((window) => (
            <Line
              key={window}
              type="linear"
              // A path string, not a function: Recharts reads nested keys, and a stable key keeps its selectors memoised.
              dataKey={`burnRates.${window}`}
              name={`${window} burn rate`}
              stroke={colorOf(window)}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function formatRate(rate: number | null | undefined): string {
  return typeof rate === "number" ? formatBurnRate(rate) : "—";
}
