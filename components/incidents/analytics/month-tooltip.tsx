"use client";
// The month charts' tooltip: the month, each severity's value with its unit, and the milestones of that month.
import type { TooltipContentProps } from "recharts";
import { CHART_COLORS } from "@/components/charts/chart-theme";

type MonthTooltipProps = Pick<TooltipContentProps, "active" | "payload" | "label"> & {
  formatValue: (value: number | null) => string;
  markers: readonly { monthLabel: string; label: string }[];
};

const boxStyle = { background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg };

export function MonthTooltip({ active, payload, label, formatValue, markers }: MonthTooltipProps) {
  if (!active || typeof label !== "string") return null;
  return (
    <div className="grid max-w-64 gap-1 rounded-md border px-3 py-2 text-xs shadow-sm" style={boxStyle}>
      <p className="font-semibold">{label}</p>
      <ul className="grid gap-0.5">
        {payload.map((entry) => (
          <li key={String(entry.dataKey ?? entry.name)} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-2 w-3 rounded-sm" style={{ background: entry.color ?? CHART_COLORS.fg }} />
            {entry.name}: <span className="tabular-nums">{formatValue(typeof entry.value === "number" ? entry.value : null)}</span>
          </li>
        ))}
      </ul>
      {markers
        .filter((m) => m.monthLabel === label)
        .map((m) => (
          <p key={m.label}>{m.label}</p>
        ))}
    </div>
  );
}
