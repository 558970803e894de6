// Chart colours and axis styles from the theme's CSS variables, so charts follow light and dark mode.
import type { TimeRange } from "@/lib/slo/view/chart-data";
import { formatTimeTick, timeTicks } from "./time-axis";

export const CHART_COLORS = {
  fg: "var(--fg)",
  muted: "var(--muted)",
  border: "var(--border)",
  surface: "var(--surface)",
  primary: "var(--primary)",
  danger: "var(--danger)",
  warning: "var(--warning)",
  success: "var(--success)",
} as const;

/** Colours for several series in one chart, in the order series are drawn. */
export const SERIES_COLORS = [CHART_COLORS.primary, CHART_COLORS.success, CHART_COLORS.warning, CHART_COLORS.danger, CHART_COLORS.fg] as const;

export const CHART_MARGIN = { top: 16, right: 16, bottom: 0, left: 0 };

const TICK_STYLE = { fill: CHART_COLORS.muted, fontSize: 12 };

/** Shared look of both axes. */
export const AXIS_STYLE = { stroke: CHART_COLORS.border, tick: TICK_STYLE, tickLine: { stroke: CHART_COLORS.border } };

/** A y-axis title, turned to run along the axis. */
export function yAxisLabel(value: string) {
  return { value, angle: -90, position: "insideLeft" as const, fill: CHART_COLORS.muted, fontSize: 12, style: { textAnchor: "middle" as const } };
}

/** Props for a numeric time x-axis fixed to the range, with ticks on local hours or midnights. */
export function timeXAxisProps(range: TimeRange) {
  const rangeMs = range.toMs - range.fromMs;
  return {
    ...AXIS_STYLE,
    dataKey: "t",
    type: "number" as const,
    scale: "time" as const,
    domain: [range.fromMs, range.toMs],
    allowDataOverflow: true,
    ticks: timeTicks(range.fromMs, range.toMs),
    tickFormatter: (ms: number) => formatTimeTick(ms, rangeMs),
    height: 44,
    label: { value: "Time (your time zone)", position: "insideBottom" as const, fill: CHART_COLORS.muted, fontSize: 12 },
  };
}

/** The tooltip's hover line in the theme's colours (its box is ChartTooltip). */
export const TOOLTIP_STYLE = { cursor: { stroke: CHART_COLORS.muted, strokeDasharray: "3 3" } };
