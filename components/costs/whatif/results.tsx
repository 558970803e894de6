"use client";
// The projection: the headline saving, each lever's own saving, and current versus projected cost per team.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { AXIS_STYLE, CHART_COLORS, CHART_MARGIN, yAxisLabel } from "@/components/charts/chart-theme";
import { Card, CardTitle } from "@/components/ui/card";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { nanosToNumber } from "@/lib/costs/money";
import type { LeverKey, WhatIfResult } from "@/lib/costs/whatif";
import { formatMoney, formatShare } from "./money";

const LEVER_NAMES: Record<LeverKey, string> = {
  retention: "Retention changes",
  debugLogs: "Debug log retention",
  traceSampling: "Trace sampling",
  coldStorage: "Cold storage",
  rollup: "Log summaries",
};

const abs = (value: bigint) => (value < 0n ? -value : value);

export function WhatIfHeadline({ result, fourteenDays }: { result: WhatIfResult; fourteenDays: bigint }) {
  const money = (value: bigint) => formatMoney(value, result.currency);
  return (
    <section aria-labelledby="h-projection" className="grid gap-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="h-projection" className="text-base font-semibold">
        Projection for {result.month}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3" aria-live="polite">
        <div>
          <dt className="text-sm text-muted">Current monthly cost</dt>
          <dd className="text-2xl font-semibold tabular-nums">{money(result.total.currentNanos)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Projected monthly cost</dt>
          <dd className="text-2xl font-semibold tabular-nums">{money(result.total.projectedNanos)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{result.total.savingNanos < 0n ? "Monthly increase" : "Monthly saving"}</dt>
          <dd className={`text-2xl font-semibold tabular-nums ${result.total.savingNanos < 0n ? "text-danger" : "text-success"}`} data-testid="whatif-saving">
            {money(abs(result.total.savingNanos))} <span className="text-base font-normal text-muted">({formatShare(abs(result.total.savingNanos), result.total.currentNanos)})</span>
          </dd>
        </div>
      </dl>
      <p className="text-sm">
        <strong>14-day retention for non-critical logs</strong> (tiers 2 and 3), nothing else changed:{" "}
        {fourteenDays === 0n ? (
          "changes nothing: they are kept 14 days already."
        ) : (
          <>
            {fourteenDays > 0n ? "saves" : "costs"} <strong className="tabular-nums">{money(abs(fourteenDays))}</strong> {fourteenDays > 0n ? "a month" : "more a month"} ({formatShare(abs(fourteenDays), result.total.currentNanos)})
            {fourteenDays > 0n ? "." : ": this month keeps those logs fewer than 14 days already."}
          </>
        )}
      </p>
      <div>
        <h3 className="text-sm font-semibold">Each lever on its own</h3>
        <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {result.levers.map((lever) => (
            <li key={lever.lever} className="flex justify-between gap-3 rounded-md border border-border px-3 py-1.5">
              <span>{LEVER_NAMES[lever.lever]}</span>
              <span className="tabular-nums">{lever.savingNanos < 0n ? `adds ${money(-lever.savingNanos)}` : `saves ${money(lever.savingNanos)}`}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export function WhatIfTeams({ result }: { result: WhatIfResult }) {
  const money = (value: bigint) => formatMoney(value, result.currency);
  const rows = result.teams.map((team) => ({ team: team.team, current: nanosToNumber(team.currentNanos), projected: nanosToNumber(team.projectedNanos) }));
  const top = result.teams[0];
  const summary = top
    ? `Current and projected monthly cost for ${result.teams.length} team${result.teams.length === 1 ? "" : "s"}; ${top.team} spends most: ${money(top.currentNanos)}, projected ${money(top.projectedNanos)}.`
    : "No teams.";
  return (
    <Card aria-labelledby="h-teams" className="grid gap-4">
      <CardTitle id="h-teams">Per team</CardTitle>
      <TableOrCards
        cards={
          <RowCards label="Projected cost per team">
            {result.teams.map((team) => (
              <RowCard
                key={team.team}
                title={team.team}
                fields={[
                  { label: "Current", value: money(team.currentNanos) },
                  { label: "Projected", value: money(team.projectedNanos) },
                  { label: "Saving", value: `${money(team.savingNanos)} (${formatShare(team.savingNanos, team.currentNanos)})` },
                ]}
              />
            ))}
          </RowCards>
        }
      >
        <Table label="Projected cost per team">
          <thead>
            <tr>
              <Th>Team</Th>
              <Th className="text-right">Current</Th>
              <Th className="text-right">Projected</Th>
              <Th className="text-right">Saving</Th>
            </tr>
          </thead>
          <tbody>
            {result.teams.map((team) => (
              <tr key={team.team}>
                <Td>{team.team}</Td>
                <Td className="text-right tabular-nums">{money(team.currentNanos)}</Td>
                <Td className="text-right tabular-nums">{money(team.projectedNanos)}</Td>
                <Td className="text-right tabular-nums">
                  {money(team.savingNanos)} <span className="text-muted">({formatShare(team.savingNanos, team.currentNanos)})</span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableOrCards>
      <ChartFrame
        title="Current and projected cost per team"
        summary={summary}
        legend={[
          { label: "Current", color: CHART_COLORS.muted, kind: "area" },
          { label: "Projected", color: CHART_COLORS.primary, kind: "area" },
        ]}
        table={{ caption: "Current and projected cost per team", columns: ["Team", "Current", "Projected"], rows: result.teams.map((t) => ({ key: t.team, cells: [t.team, money(t.currentNanos), money(t.projectedNanos)] })) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART_COLORS.border} strokeDasharray="3 3" />
            <XAxis {...AXIS_STYLE} dataKey="team" height={36} />
            <YAxis {...AXIS_STYLE} width={72} label={yAxisLabel(result.currency)} />
            <Tooltip cursor={{ fill: CHART_COLORS.border, opacity: 0.4 }} formatter={(value) => formatMoney(BigInt(Math.round(Number(value) * 100)) * 10_000_000n, result.currency)} contentStyle={{ background: "var(--surface)", borderColor: "var(--border)", color: "var(--fg)" }} />
            <Bar dataKey="current" name="Current" fill={CHART_COLORS.muted} isAnimationActive={false} />
            <Bar dataKey="projected" name="Projected" fill={CHART_COLORS.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </Card>
  );
}
