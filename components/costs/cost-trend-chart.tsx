"use client";
// Cost over 12 months as stacked bars by the chosen breakdown, anomaly months shaded, and the forecast months after them
// drawn as an outlined bar with the band of the forecast.
import { Area, Bar, CartesianGrid, ComposedChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type LegendItem } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, SERIES_COLORS, yAxisLabel } from "@/components/charts/chart-theme";
import type { TrendData } from "@/lib/costs/view/trend";

const PALETTE = [...SERIES_COLORS, "var(--muted)"];

export function CostTrendChart({ data, currency, breakdown }: { data: TrendData; currency: string; breakdown: string }) {
  const money = (value: number) => new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: value >= 1000 ? 0 : 2 }).format(value);
  const actual = data.rows.filter((row) => row.total !== null);
  const forecast = data.rows.filter((row) => row.forecast !== null);
  const anomalies = actual.filter((row) => row.anomaly);
  const chartRows = data.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(data.series.map((key) => [`s:${key}`, row.costs[key] ?? 0])),
    forecast: row.forecast?.cost ?? null,
    band: row.forecast ? [row.forecast.low, row.forecast.high] : null,
  }));
  const summary =
    `Monthly observability cost in ${currency} by ${breakdown}, ${actual[0]?.label ?? ""} to ${actual.at(-1)?.label ?? ""}` +
    (anomalies.length ? `; anomalies in ${anomalies.map((row) => row.label).join(", ")}` : "; no anomalies") +
    (forecast.length ? `; forecast ${forecast.map((row) => `${row.label} ${money(row.forecast!.cost)}`).join(", ")}.` : ".");
  const legend: LegendItem[] = [
    ...data.series.map((key, i) => ({ label: key, color: PALETTE[i % PALETTE.length]!, kind: "area" as const })),
    ...(anomalies.length ? [{ label: "Anomaly month", color: CHART_COLORS.danger, kind: "area" as const }] : []),
    ...(forecast.length ? [{ label: "Forecast with its 95% band", color: CHART_COLORS.muted, kind: "dashed" as const }] : []),
  ];
  return (
    <ChartFrame
      title={`Cost over 12 months by ${breakdown}`}
      summary={summary}
      legend={legend}
      table={{
        caption: `Monthly cost by ${breakdown}`,
        columns: ["Month", ...data.series, "Total", "Note"],
        rows: data.rows.map((row) => ({
          key: row.month,
          cells: [
            row.label,
            ...data.series.map((key) => (row.forecast ? "" : money(row.costs[key] ?? 0))),
            row.forecast ? `${money(row.forecast.cost)} (forecast, ${money(row.forecast.low)}–${money(row.forecast.high)})` : money(row.total ?? 0),
            row.anomaly ? `Anomaly: ${row.anomaly.direction ?? ""} the trailing months` : "",
          ],
        })),
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={chartRows} margin={CHART_MARGIN}>
          <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" vertical={false} />
          {anomalies.map((row) => (
            <ReferenceArea key={row.month} x1={row.label} x2={row.label} fill={CHART_COLORS.danger} fillOpacity={0.15} stroke={CHART_COLORS.danger} strokeDasharray="3 3" ifOverflow="extendDomain" />
          ))}
          <XAxis {...AXIS_STYLE} dataKey="label" height={44} label={{ value: "Month (UTC)", position: "insideBottom", fill: CHART_COLORS.muted, fontSize: 12 }} />
          <YAxis {...AXIS_STYLE} width={72} tickFormatter={(v: number) => money(v)} label={yAxisLabel(`Cost (${currency})`)} />
          <Tooltip
            cursor={{ fill: CHART_COLORS.border, opacity: 0.3 }}
            contentStyle={{ background: CHART_COLORS.surface, borderColor: CHART_COLORS.border, color: CHART_COLORS.fg, fontSize: 12 }}
            formatter={(value, name) => [Array.isArray(value) ? value.map((v) => money(Number(v))).join(" – ") : money(Number(value)), String(name)]}
          />
          {data.series.map((key, i) => (
            <Bar key={key} dataKey={`s:${key}`} name={key} stackId="cost" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
          <Area dataKey="band" name="Forecast band" stroke="none" fill={CHART_COLORS.muted} fillOpacity={0.2} isAnimationActive={false} connectNulls={false} />
          <Bar dataKey="forecast" name="Forecast" stackId="cost" fill="transparent" stroke={CHART_COLORS.muted} strokeDasharray="4 3" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
