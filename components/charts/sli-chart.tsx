"use client";
// SLI over time against its target: a line of the SLI (%), the target as a dashed line, alert spans and deploy markers.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from "recharts";
import { isolatedPoints, seriesExtent, sliDomain, type AlertSpan, type ChartRow, type DeployMarker, type IncidentSpan, type TimeRange } from "@/lib/slo/view/chart-data";
import { decimalsFor, formatPercent, formatTarget } from "@/lib/slo/format";
import { AlertSpans, alertSpanLegend } from "./alert-spans";
import { IncidentSpans, incidentLegend } from "./incident-spans";
import { ChartFrame, describeRange, overlaySummary } from "./chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, TOOLTIP_STYLE, timeXAxisProps, yAxisLabel } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";
import { DeployMarkers, deployLegend } from "./deploy-markers";
import { formatInstant } from "./time-axis";

export type SliChartProps = {
  rows: readonly ChartRow[];
  range: TimeRange;
  /** The SLO's target as a fraction (0.999); also sets the precision of the numbers shown. */
  target: number;
  spans?: readonly AlertSpan[];
  deploys?: readonly DeployMarker[];
  incidents?: readonly IncidentSpan[];
  /** Charts with the same id move their tooltips together. */
  syncId?: string;
};

export function SliChart({ rows, range, target, spans = [], deploys = [], incidents = [], syncId }: SliChartProps) {
  const decimals = decimalsFor(target);
  const targetLabel = `target ${formatTarget(target)}`;
  const { min, last } = seriesExtent(rows, (row) => row.sli);
  // A minute of data between two gaps (a new SLO's first point on a long range) has no line to draw: it gets a dot.
  const isolated = isolatedPoints(rows.map((row) => row.sli));
  const formatSli = (value: number | null) => (value === null ? "no data" : formatPercent(value, decimals));
  const summary =
    (last && min
      ? `SLI over the ${describeRange(range)}: latest ${formatPercent(last.value, decimals)}, lowest ${formatPercent(min.value, decimals)} at ${formatInstant(min.t)}, ${targetLabel}.`
      : `No SLI data in this range; ${targetLabel}.`) + overlaySummary(spans, deploys, incidents);
  return (
    <ChartFrame
      title="SLI over time"
      summary={summary}
      legend={[{ label: "SLI", color: CHART_COLORS.primary, kind: "line" }, { label: targetLabel, color: CHART_COLORS.danger, kind: "dashed" }, ...alertSpanLegend(spans), ...incidentLegend(incidents), ...deployLegend(deploys)]}
      table={{
        caption: "SLI over time",
        columns: ["Time", "SLI"],
        rows: rows.map((row) => ({ key: row.t, cells: [formatInstant(row.t), formatPercent(row.sli, decimals)] })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN} syncId={syncId} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
          <XAxis {...timeXAxisProps(range)} />
          <YAxis
            {...AXIS_STYLE}
            type="number"
            domain={sliDomain(
              rows.map((row) => row.sli),
              target,
            )}
            allowDataOverflow
            tickFormatter={(value: number) => formatPercent(value, decimals)}
            width={84}
            label={yAxisLabel("SLI (%)")}
          />
          <IncidentSpans spans={incidents} />
          <AlertSpans spans={spans} />
          <DeployMarkers deploys={deploys} />
          {/* Named in the legend: a label at the line's right end collided with the SLI line there. */}
          <ReferenceLine y={target} stroke={CHART_COLORS.danger} strokeDasharray="6 4" />
          <Tooltip {...TOOLTIP_STYLE} content={(props) => <ChartTooltip {...props} rows={rows} spans={spans} deploys={deploys} incidents={incidents} formatValue={formatSli} />} />
          <Line
            type="linear"
            dataKey="sli"
            name="SLI"
            stroke={CHART_COLORS.primary}
            strokeWidth={2}
            dot={isolated.size ? (props: DotItemDotProps) => (isolated.has(props.index) ? <circle key={props.index} cx={props.cx} cy={props.cy} r={3} fill={CHART_COLORS.primary} /> : <g key={props.index} />) : false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
