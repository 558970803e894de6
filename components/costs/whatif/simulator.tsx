"use client";
// The what-if simulator: the levers, recomputed in the browser with the pure model on every move (no server round
// trip), the projection per team, and scenarios. It starts from the fintech case study's plan.
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { FOURTEEN_DAY_LOGS, simulate, simulateSaving, type WhatIfBaseline } from "@/lib/costs/whatif";
import { FINTECH_PLAN } from "@/lib/costs/whatif-defaults";
import type { WhatIfLevers, WhatIfPrices } from "@/lib/costs/whatif-schemas";
import { LeverControls } from "./lever-controls";
import { WhatIfHeadline, WhatIfTeams } from "./results";
import { ScenarioBar, type SavedScenario } from "./scenario-bar";

type Props = { baseline: WhatIfBaseline; prices: WhatIfPrices; months: string[]; scenarios: SavedScenario[]; canSave: boolean };

export function WhatIfSimulator({ baseline, prices, months, scenarios, canSave }: Props) {
  const [levers, setLevers] = useState<WhatIfLevers>(FINTECH_PLAN);
  const [loaded, setLoaded] = useState<number | null>(null);
  const result = useMemo(() => simulate(baseline, levers, prices), [baseline, levers, prices]);
  const fourteenDays = useMemo(() => simulateSaving(baseline, FOURTEEN_DAY_LOGS, prices), [baseline, prices]);
  return (
    <div className="grid gap-6">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <label htmlFor="whatif-month" className="text-sm font-medium">
            Month
          </label>
          <Select id="whatif-month" name="month" defaultValue={baseline.month} className="w-40">
            {months.map((month) => (
              <option key={month} value={month}>
                {month}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Show month
        </Button>
        <p className="text-sm text-muted">Projections use the month&apos;s records in {baseline.currency} and the unit price list below.</p>
      </form>
      <WhatIfHeadline result={result} fourteenDays={fourteenDays} />
      <ScenarioBar
        scenarios={scenarios}
        levers={levers}
        loaded={loaded}
        canSave={canSave}
        onLoad={(scenario) => {
          setLoaded(scenario?.id ?? null);
          setLevers(scenario?.levers ?? FINTECH_PLAN);
        }}
      />
      <LeverControls levers={levers} onChange={setLevers} retentionToday={prices.defaultRetentionDays} />
      <WhatIfTeams result={result} />
    </div>
  );
}
