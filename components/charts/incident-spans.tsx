"use client";
// Incidents of the SLO's service as outlined spans on any time chart, under the alert spans' colours; named in the legend
// and tooltip, never on the plot.
import { ReferenceArea } from "recharts";
import type { IncidentSpan } from "@/lib/slo/view/chart-data";
import { CHART_COLORS } from "./chart-theme";
import type { LegendItem } from "./chart-frame";

export function IncidentSpans({ spans }: { spans: readonly IncidentSpan[] }) {
  return (
    <>
      {spans.map((span) => (
        <ReferenceArea key={span.key} x1={span.x1} x2={span.x2} fill={CHART_COLORS.fg} fillOpacity={0.06} stroke={CHART_COLORS.fg} strokeOpacity={0.5} strokeDasharray="4 3" ifOverflow="hidden" />
      ))}
    </>
  );
}

/** One legend entry naming the incidents shown: "incident (#12, #15)". */
export function incidentLegend(spans: readonly IncidentSpan[]): LegendItem[] {
  return spans.length ? [{ label: `incident (${spans.map((s) => `#${s.number}`).join(", ")})`, color: CHART_COLORS.fg, kind: "area" as const }] : [];
}
