"use client";
// Error budget remaining (%) over time against the ideal straight-line burn across the window, with a zero line.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { budgetDomain, budgetTicks, seriesExtent, type AlertSpan, type ChartRow, type DeployMarker, type IncidentSpan, type TimeRange } from "@/lib/slo/view/chart-data";
import { formatPercent } from "@/lib/slo/format";
import { AlertSpans, alertSpanLegend } from "./alert-spans";
import { IncidentSpans, incidentLegend } from "./incident-spans";
import { ChartFrame, describeRange, overlaySummary } from "./chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, TOOLTIP_STYLE, timeXAxisProps, yAxisLabel } from "./chart-theme";
import { ChartTooltip } from "./chart-tooltip";
import { DeployMarkers, deployLegend } from "./deploy-markers";
import { formatInstant } from "./time-axis";

export type BudgetChartProps = {
  /** Rows with `budgetRemaining` from the API and `idealBudgetRemaining` from lib/slo/chart-data. */
  rows: readonly ChartRow[];
  range: TimeRange;
  spans?: readonly AlertSpan[];
  deploys?: readonly DeployMarker[];
  incidents?: readonly IncidentSpan[];
  syncId?: string;
};

const formatBudget = (value: number | null) => formatPercent(value, 1);

export function BudgetChart({ rows, range, spans = [], deploys = [], incidents = [], syncId }: BudgetChartProps) {
  const { min, last } = seriesExtent(rows, (row) => row.budgetRemaining);
  const lastIdeal = seriesExtent(rows, (row) => row.idealBudgetRemaining).last;
  const domain = budgetDomain(rows.map((row) => row.budgetRemaining));
  const summary =
    (last && min
      ? `Error budget remaining over the ${describeRange(range)}: at the end ${formatBudget(last.value)}` +
        (lastIdeal ? ` against ${formatBudget(lastIdeal.value)} on the ideal burn line` : "") +
        `, lowest ${formatBudget(min.value)} at ${formatInstant(min.t)}.`
      : "No error budget data in this range.") + overlaySummary(spans, deploys, incidents);
  return (
    <ChartFrame
      title="Error budget burndown"
      summary={summary}
      legend={[
        { label: "budget remaining", color: CHART_COLORS.primary, kind: "line" },
        { label: "ideal burn (100% → 0% across the window)", color: CHART_COLORS.muted, kind: "dashed" },
        { label: "budget spent (0%)", color: CHART_COLORS.danger, kind: "line" },
        ...alertSpanLegend(spans), ...incidentLegend(incidents),
        ...deployLegend(deploys),
      ]}
      table={{
        caption: "Error budget burndown",
        columns: ["Time", "Budget remaining", "Ideal burn"],
        rows: rows.map((row) => ({ key: row.t, cells: [formatInstant(row.t), formatBudget(row.budgetRemaining), formatBudget(row.idealBudgetRemaining)] })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={CHART_MARGIN} syncId={syncId} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
          <XAxis {...timeXAxisProps(range)} />
          <YAxis
            {...AXIS_STYLE}
            type="number"
            domain={domain}
            ticks={budgetTicks(domain)}
            allowDataOverflow
            tickFormatter={(value: number) => formatPercent(value, 0)}
            width={72}
            label={yAxisLabel("Budget remaining (%)")}
          />
          <IncidentSpans spans={incidents} />
          <AlertSpans spans={spans} />
          <DeployMarkers deploys={deploys} />
          <ReferenceLine y={0} stroke={CHART_COLORS.danger} strokeWidth={1.5} />
          <Tooltip {...TOOLTIP_STYLE} content={(props) => <ChartTooltip {...props} rows={rows} spans={spans} deploys={deploys} incidents={incidents} formatValue={(value) => (value === null ? "—" : formatBudget(value))} />} />
          <Line type="linear" dataKey="idealBudgetRemaining" name="Ideal burn" stroke={CHART_COLORS.muted} strokeWidth={1.5} strokeDasharray="6 4" dot={false} connectNulls={false} isAnimationActive={false} />
          <Line type="linear" dataKey="budgetRemaining" name="Budget remaining" stroke={CHART_COLORS.primary} strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
