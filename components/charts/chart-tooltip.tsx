"use client";
// The charts' tooltip: the point's time and values, and the alerts and deployments around it, named here instead of on the plot.
import type { TooltipContentProps } from "recharts";
import { overlaysAtRow, type AlertSpan, type DeployMarker, type IncidentSpan } from "@/lib/slo/view/chart-data";
import { CHART_COLORS } from "./chart-theme";
import { formatInstant } from "./time-axis";

type ChartTooltipProps = Pick<TooltipContentProps, "active" | "payload" | "label"> & {
  rows: readonly { t: number }[];
  spans: readonly AlertSpan[];
  deploys: readonly DeployMarker[];
  incidents?: readonly IncidentSpan[];
  /** A value as the chart's axis shows it; null where the series has no value at the point. */
  formatValue: (value: number | null) => string;
};

const boxStyle = { background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg };

export function ChartTooltip({ active, payload, label, rows, spans, deploys, incidents = [], formatValue }: ChartTooltipProps) {
  if (!active || typeof label !== "number") return null;
  const overlays = overlaysAtRow(
    rows,
    rows.findIndex((row) => row.t === label),
    spans,
    deploys,
    incidents,
  );
  return (
    <div className="grid max-w-64 gap-1 rounded-md border px-3 py-2 text-xs shadow-sm" style={boxStyle}>
      <p className="font-semibold">{formatInstant(label)}</p>
      <ul className="grid gap-0.5">
        {payload.map((entry) => (
          <li key={String(entry.dataKey ?? entry.name)} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-0.5 w-3" style={{ background: entry.color ?? CHART_COLORS.fg }} />
            {entry.name}: <span className="tabular-nums">{formatValue(typeof entry.value === "number" ? entry.value : null)}</span>
          </li>
        ))}
      </ul>
      {overlays.alerts.length ? <p>Alert firing: {overlays.alerts.join(", ")}</p> : null}
      {overlays.incidents.map((incident) => (
        <p key={incident}>{incident[0]!.toUpperCase() + incident.slice(1)}</p>
      ))}
      {overlays.deploys.map((deploy) => (
        <p key={deploy.key}>
          Deployed <span className="font-mono">{deploy.version}</span> at {formatInstant(deploy.atMs)}
          {deploy.description ? <span style={{ color: CHART_COLORS.muted }}> — {deploy.description}</span> : null}
        </p>
      ))}
    </div>
  );
}
