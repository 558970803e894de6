"use client";
// A team's maturity stage per assessed quarter (1 reactive monitoring … 5 mature SRE practice), oldest first.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, yAxisLabel } from "@/components/charts/chart-theme";

export type StageHistoryRow = { quarter: string; stage: number; stageName: string };

export function StageHistoryChart({ rows, team }: { rows: readonly StageHistoryRow[]; team: string }) {
  const first = rows[0];
  const last = rows.at(-1);
  const summary =
    first && last
      ? `${team}'s maturity stage over ${rows.length} quarter${rows.length === 1 ? "" : "s"}: stage ${first.stage} (${first.stageName}) in ${first.quarter}, stage ${last.stage} (${last.stageName}) in ${last.quarter}.`
      : `${team} has not assessed its maturity yet.`;
  return (
    <ChartFrame
      title="Stage by quarter"
      summary={summary}
      legend={[{ label: "Maturity stage (1–5)", color: CHART_COLORS.primary, kind: "line" }]}
      table={{ caption: "Maturity stage by quarter", columns: ["Quarter", "Stage", "Name"], rows: rows.map((r) => ({ key: r.quarter, cells: [r.quarter, String(r.stage), r.stageName] })) }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...rows]} margin={CHART_MARGIN}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" vertical={false} />
          <XAxis {...AXIS_STYLE} dataKey="quarter" height={44} label={{ value: "Quarter assessed", position: "insideBottom", fill: CHART_COLORS.muted, fontSize: 12 }} />
          <YAxis {...AXIS_STYLE} width={56} domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} label={yAxisLabel("Stage")} />
          <Tooltip
            contentStyle={{ background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg, fontSize: 12 }}
            formatter={(value, _name, item) => [`Stage ${String(value)} · ${(item?.payload as StageHistoryRow | undefined)?.stageName ?? ""}`, "Maturity"]}
          />
          <Line type="stepAfter" dataKey="stage" name="Stage" stroke={CHART_COLORS.primary} strokeWidth={2} dot={{ r: 4, fill: CHART_COLORS.primary }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
