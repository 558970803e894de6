"use client";
// The simulator's levers: retention per tier and signal, debug logs, trace sampling, cold storage and log roll-up.
import { Card, CardTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import type { Signal } from "@/lib/costs/types";
import { ROLLUP_GRANULARITIES, TIERS, type TierKey, type WhatIfLevers } from "@/lib/costs/whatif-schemas";
import { NumberLever } from "./number-lever";

const RETENTION_SIGNALS: Signal[] = ["logs", "traces", "metrics", "profiles"];
const TIER_NAMES: Record<TierKey, string> = { "1": "Tier 1 (business critical)", "2": "Tier 2", "3": "Tier 3" };

type Props = { levers: WhatIfLevers; onChange: (levers: WhatIfLevers) => void; retentionToday: number };

export function LeverControls({ levers, onChange, retentionToday }: Props) {
  const setRetention = (tier: TierKey, signal: Signal, days: number | null) => onChange({ ...levers, retention: { ...levers.retention, [tier]: { ...levers.retention[tier], [signal]: days } } });
  const nonCritical = levers.retention["2"].logs === levers.retention["3"].logs ? levers.retention["2"].logs : null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-labelledby="h-retention" className="lg:col-span-2">
        <CardTitle id="h-retention">Retention</CardTitle>
        <p className="mt-1 text-sm text-muted">Days data is kept; stored volume grows with it. An empty box keeps what the records say ({retentionToday} days where they say nothing).</p>
        <div className="mt-3 max-w-xl">
          <NumberLever
            label="Non-critical log retention (tiers 2 and 3)"
            value={nonCritical}
            placeholder={retentionToday}
            clearable
            min={1}
            max={365}
            unit="days"
            onChange={(days) => onChange({ ...levers, retention: { ...levers.retention, "2": { ...levers.retention["2"], logs: days }, "3": { ...levers.retention["3"], logs: days } } })}
          />
        </div>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">Retention per tier and signal</summary>
          <div className="mt-3 grid gap-4 md:grid-cols-3">
            {TIERS.map((tier) => (
              <fieldset key={tier} className="grid gap-3 rounded-md border border-border p-3">
                <legend className="px-1 text-sm font-semibold">{TIER_NAMES[tier]}</legend>
                {RETENTION_SIGNALS.map((signal) => (
                  <NumberLever key={signal} label={`Tier ${tier} ${signal} retention`} value={levers.retention[tier][signal]} placeholder={retentionToday} clearable min={1} max={365} unit="days" onChange={(days) => setRetention(tier, signal, days)} />
                ))}
              </fieldset>
            ))}
          </div>
        </details>
      </Card>

      <Card aria-labelledby="h-debug">
        <CardTitle id="h-debug">Debug logs</CardTitle>
        <div className="mt-3 grid gap-3">
          <div className="grid gap-1">
            <label htmlFor="debug-mode" className="text-sm font-medium">
              Debug logs
            </label>
            <Select id="debug-mode" value={levers.debugLogs.mode} onChange={(event) => onChange({ ...levers, debugLogs: { ...levers.debugLogs, mode: event.target.value as WhatIfLevers["debugLogs"]["mode"] } })}>
              <option value="keep">Keep them like the other logs</option>
              <option value="hours">Keep them a number of hours</option>
              <option value="drop">Drop them (not ingested)</option>
            </Select>
          </div>
          {levers.debugLogs.mode === "hours" ? (
            <NumberLever label="Debug log retention" value={levers.debugLogs.hours} min={1} max={720} unit="hours" onChange={(hours) => onChange({ ...levers, debugLogs: { ...levers.debugLogs, hours: hours ?? 48 } })} />
          ) : null}
        </div>
      </Card>

      <Card aria-labelledby="h-sampling">
        <CardTitle id="h-sampling">Trace sampling</CardTitle>
        <p className="mt-1 text-sm text-muted">Share of successful traces kept; every error is kept.</p>
        <div className="mt-3 grid gap-3">
          {TIERS.map((tier) => (
            <NumberLever key={tier} label={`Tier ${tier} successful traces kept`} value={levers.traceSampling[tier]} min={0} max={100} unit="%" onChange={(percent) => onChange({ ...levers, traceSampling: { ...levers.traceSampling, [tier]: percent ?? 100 } })} />
          ))}
        </div>
      </Card>

      <Card aria-labelledby="h-cold">
        <CardTitle id="h-cold">Cold storage</CardTitle>
        <div className="mt-3 grid gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={levers.coldStorage.enabled} onChange={(event) => onChange({ ...levers, coldStorage: { ...levers.coldStorage, enabled: event.target.checked } })} />
            Move older data to cold storage
          </label>
          {levers.coldStorage.enabled ? (
            <NumberLever label="Move to cold storage after" value={levers.coldStorage.afterDays} min={0} max={365} unit="days" onChange={(days) => onChange({ ...levers, coldStorage: { ...levers.coldStorage, afterDays: days ?? 7 } })} />
          ) : null}
        </div>
      </Card>

      <Card aria-labelledby="h-rollup">
        <CardTitle id="h-rollup">Log summaries</CardTitle>
        <p className="mt-1 text-sm text-muted">Roll logs up into summaries kept as metrics (“processed 1 million requests, 50 errors, average latency 150 ms”) and keep raw logs only a few days.</p>
        <div className="mt-3 grid gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={levers.rollup.enabled} onChange={(event) => onChange({ ...levers, rollup: { ...levers.rollup, enabled: event.target.checked } })} />
            Roll logs up into summaries
          </label>
          {levers.rollup.enabled ? (
            <>
              <div className="grid gap-1">
                <label htmlFor="rollup-granularity" className="text-sm font-medium">
                  Summary granularity
                </label>
                <Select id="rollup-granularity" value={levers.rollup.granularity} onChange={(event) => onChange({ ...levers, rollup: { ...levers.rollup, granularity: event.target.value as (typeof ROLLUP_GRANULARITIES)[number] } })}>
                  <option value="daily">Daily</option>
                  <option value="hourly">Hourly</option>
                </Select>
              </div>
              <NumberLever label="Raw logs kept" value={levers.rollup.rawDays} min={0} max={365} unit="days" onChange={(days) => onChange({ ...levers, rollup: { ...levers.rollup, rawDays: days ?? 7 } })} />
              <fieldset className="flex flex-wrap gap-4">
                <legend className="mb-1 text-sm font-medium">Tiers rolled up</legend>
                {TIERS.map((tier) => (
                  <label key={tier} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={levers.rollup.tiers.includes(tier)}
                      onChange={(event) => onChange({ ...levers, rollup: { ...levers.rollup, tiers: event.target.checked ? [...levers.rollup.tiers, tier].sort() : levers.rollup.tiers.filter((t) => t !== tier) } })}
                    />
                    Tier {tier}
                  </label>
                ))}
              </fieldset>
            </>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
