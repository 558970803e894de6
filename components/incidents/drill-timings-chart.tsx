"use client";
// Each run drill's times to detect, acknowledge and escalate (minutes), oldest first: whether game days are getting faster.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, yAxisLabel } from "@/components/charts/chart-theme";
import { formatTiming } from "@/lib/incidents/view/format";

export type DrillTimingRow = { key: number; label: string; service: string; detect: number | null; acknowledge: number | null; escalate: number | null };

const SERIES = [
  { key: "detect", name: "Time to detect", color: CHART_COLORS.primary },
  { key: "acknowledge", name: "Time to acknowledge", color: CHART_COLORS.success },
  { key: "escalate", name: "Time to escalate", color: CHART_COLORS.warning },
] as const;

export function DrillTimingsChart({ rows }: { rows: readonly DrillTimingRow[] }) {
  const last = rows.at(-1);
  const summary = last
    ? `Times of ${rows.length} drill${rows.length === 1 ? "" : "s"}, oldest first. The latest (${last.label}, ${last.service}): detect ${formatTiming(last.detect)}, acknowledge ${formatTiming(last.acknowledge)}, escalate ${formatTiming(last.escalate)}.`
    : "No drill has run yet.";
  return (
    <ChartFrame
      title="Drill timings over time"
      summary={summary}
      legend={SERIES.map((s) => ({ label: `${s.name} (min)`, color: s.color, kind: "area" as const }))}
      table={{
        caption: "Drill timings in minutes",
        columns: ["Drill", "Service", "Detect", "Acknowledge", "Escalate"],
        rows: rows.map((r) => ({ key: r.key, cells: [r.label, r.service, formatTiming(r.detect), formatTiming(r.acknowledge), formatTiming(r.escalate)] })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} margin={CHART_MARGIN}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" vertical={false} />
          <XAxis {...AXIS_STYLE} dataKey="label" height={44} label={{ value: "Drill (date run)", position: "insideBottom", fill: CHART_COLORS.muted, fontSize: 12 }} />
          <YAxis {...AXIS_STYLE} width={56} allowDecimals={false} label={yAxisLabel("Minutes")} />
          <Tooltip
            cursor={{ fill: CHART_COLORS.border, opacity: 0.3 }}
            contentStyle={{ background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg, fontSize: 12 }}
            formatter={(value, name) => [formatTiming(typeof value === "number" ? value : null), name]}
            labelFormatter={(label, payload) => `${label} · ${payload?.[0]?.payload?.service ?? ""}`}
          />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
