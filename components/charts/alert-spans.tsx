"use client";
// Burn-rate alert episodes as shaded spans on any time chart: red for page, amber for ticket, each labelled.
import { ReferenceArea } from "recharts";
import type { AlertSpan } from "@/lib/slo/view/chart-data";
import type { AlertSeverity } from "@/lib/slo/types";
import { CHART_COLORS } from "./chart-theme";
import type { LegendItem } from "./chart-frame";

export const SEVERITY_COLORS: Record<AlertSeverity, string> = { page: CHART_COLORS.danger, ticket: CHART_COLORS.warning };

// Past this many spans the labels would overlap into noise; the colours, legend and tables still tell them apart.
const MAX_LABELLED_SPANS = 12;

/** Rendered inside a Recharts chart (Recharts 3 draws reference elements from any component). */
export function AlertSpans({ spans }: { spans: readonly AlertSpan[] }) {
  const showLabels = spans.length <= MAX_LABELLED_SPANS;
  return (
    <>
      {spans.map((span) => (
        <ReferenceArea
          key={span.key}
          x1={span.x1}
          x2={span.x2}
          fill={SEVERITY_COLORS[span.severity]}
          fillOpacity={span.isOpen ? 0.2 : 0.12}
          stroke="none"
          ifOverflow="hidden"
          label={showLabels ? { value: span.label, position: "insideTopLeft", fill: SEVERITY_COLORS[span.severity], fontSize: 10 } : undefined}
        />
      ))}
    </>
  );
}

/** Legend entries for the severities present. */
export function alertSpanLegend(spans: readonly AlertSpan[]): LegendItem[] {
  const severities: AlertSeverity[] = ["page", "ticket"];
  return severities
    .filter((severity) => spans.some((span) => span.severity === severity))
    .map((severity) => ({ label: `${severity} alert firing`, color: SEVERITY_COLORS[severity], kind: "area" as const }));
}
