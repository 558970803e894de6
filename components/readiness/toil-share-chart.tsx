"use client";
// A team's toil share per quarter (toil hours a week still done by hand ÷ members × 40 h), against the 50% guidance.
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, yAxisLabel } from "@/components/charts/chart-theme";

export type ToilShareRow = { quarter: string; toilHours: number; capacityHours: number; percent: number | null; overLimit: boolean };

const pct = (value: number | null) => (value === null ? "—" : `${Math.round(value * 10) / 10}%`);

export function ToilShareChart({ rows, limitPercent }: { rows: readonly ToilShareRow[]; limitPercent: number }) {
  const last = rows.at(-1);
  const over = rows.filter((r) => r.overLimit).map((r) => r.quarter);
  const summary = last
    ? `Toil share by quarter, ${rows[0]!.quarter} to ${last.quarter}: ${rows.map((r) => `${r.quarter} ${pct(r.percent)}`).join(", ")}. ${over.length ? `Above the ${limitPercent}% guidance in ${over.join(", ")}.` : `Never above the ${limitPercent}% guidance.`}`
    : "No toil logged yet.";
  return (
    <ChartFrame
      title="Toil share over time"
      summary={summary}
      legend={[
        { label: "Toil share of the team's time (%)", color: CHART_COLORS.primary, kind: "area" },
        { label: `Above ${limitPercent}%`, color: CHART_COLORS.danger, kind: "area" },
        { label: `${limitPercent}% guidance`, color: CHART_COLORS.warning, kind: "dashed" },
      ]}
      table={{
        caption: "Toil share by quarter",
        columns: ["Quarter", "Toil h/week", "Capacity h/week", "Share"],
        rows: rows.map((r) => ({ key: r.quarter, cells: [r.quarter, String(r.toilHours), String(r.capacityHours), pct(r.percent)] })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows.map((r) => ({ ...r, percent: r.percent ?? 0 }))} margin={CHART_MARGIN}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" vertical={false} />
          <XAxis {...AXIS_STYLE} dataKey="quarter" height={44} label={{ value: "Quarter (at its end; now for the current one)", position: "insideBottom", fill: CHART_COLORS.muted, fontSize: 12 }} />
          <YAxis {...AXIS_STYLE} width={56} domain={[0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)]} tickFormatter={(v: number) => `${v}%`} label={yAxisLabel("Toil share")} />
          <Tooltip
            cursor={{ fill: CHART_COLORS.border, opacity: 0.3 }}
            contentStyle={{ background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg, fontSize: 12 }}
            formatter={(_value, _name, item) => {
              const row = item?.payload as ToilShareRow | undefined;
              return [row ? `${pct(row.percent)} (${row.toilHours} h of ${row.capacityHours} h a week)` : "", "Toil share"];
            }}
          />
          <ReferenceLine y={limitPercent} stroke={CHART_COLORS.warning} strokeDasharray="5 3" />
          <Bar dataKey="percent" name="Toil share" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.quarter} fill={r.overLimit ? CHART_COLORS.danger : CHART_COLORS.primary} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
