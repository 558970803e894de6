"use client";
// Burn-rate alert episodes as shaded spans on any time chart: red for page, amber for ticket. Which alert a span belongs
// to is named once in the legend and in the tooltip, never on the plot, where labels of close episodes piled up.
import { ReferenceArea } from "recharts";
import { alertLegendGroups, type AlertSpan } from "@/lib/slo/view/chart-data";
import type { AlertSeverity } from "@/lib/slo/types";
import { CHART_COLORS } from "./chart-theme";
import type { LegendItem } from "./chart-frame";

export const SEVERITY_COLORS: Record<AlertSeverity, string> = { page: CHART_COLORS.danger, ticket: CHART_COLORS.warning };

/** Rendered inside a Recharts chart (Recharts 3 draws reference elements from any component). */
export function AlertSpans({ spans }: { spans: readonly AlertSpan[] }) {
  return (
    <>
      {spans.map((span) => (
        <ReferenceArea key={span.key} x1={span.x1} x2={span.x2} fill={SEVERITY_COLORS[span.severity]} fillOpacity={span.isOpen ? 0.2 : 0.12} stroke="none" ifOverflow="hidden" />
      ))}
    </>
  );
}

/** One legend entry per severity present, naming its alerts once: "page alert firing (1h/5m, 6h/30m)". */
export function alertSpanLegend(spans: readonly AlertSpan[]): LegendItem[] {
  return alertLegendGroups(spans).map(({ severity, windows }) => ({ label: `${severity} alert firing (${windows.join(", ")})`, color: SEVERITY_COLORS[severity], kind: "area" as const }));
}
