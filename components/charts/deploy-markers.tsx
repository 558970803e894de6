"use client";
// Deployments as thin vertical markers on any time chart. The version is in the chart's tooltip and the marker's hover
// title, not on the plot, where labels of close deployments overlapped and were cut at narrow widths.
import type { SVGProps } from "react";
import { ReferenceLine } from "recharts";
import type { DeployMarker } from "@/lib/slo/view/chart-data";
import { CHART_COLORS } from "./chart-theme";
import type { LegendItem } from "./chart-frame";
import { formatInstant } from "./time-axis";

function describe(deploy: DeployMarker): string {
  return `Deployed ${deploy.version} at ${formatInstant(deploy.atMs)}${deploy.description ? `: ${deploy.description}` : ""}`;
}

/** The marker line plus a wider invisible line that carries the hover title (a 1 px line is hard to point at). */
function markerShape(title: string) {
  return function MarkerShape(props: SVGProps<SVGLineElement>) {
    const { x1, y1, x2, y2, clipPath } = props;
    return (
      <g clipPath={clipPath}>
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={CHART_COLORS.muted} strokeWidth={1.5} strokeDasharray="4 3" />
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="transparent" strokeWidth={10}>
          <title>{title}</title>
        </line>
      </g>
    );
  };
}

/** Rendered inside a Recharts chart (Recharts 3 draws reference elements from any component). */
export function DeployMarkers({ deploys }: { deploys: readonly DeployMarker[] }) {
  return (
    <>
      {deploys.map((deploy) => (
        <ReferenceLine key={deploy.key} x={deploy.atMs} ifOverflow="hidden" shape={markerShape(describe(deploy))} />
      ))}
    </>
  );
}

export function deployLegend(deploys: readonly DeployMarker[]): LegendItem[] {
  return deploys.length ? [{ label: "deployment (version in the tooltip)", color: CHART_COLORS.muted, kind: "marker" }] : [];
}
