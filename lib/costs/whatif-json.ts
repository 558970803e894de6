// The simulator's figures as JSON: money in currency units rounded once to the cent (as the showback's figures are).
import { formatNanos } from "./money";
import type { Nanos } from "./types";
import type { WhatIfFigures, WhatIfResult } from "./whatif";

const money = (value: Nanos) => Number(formatNanos(value, 2));
const figures = (f: WhatIfFigures) => ({ current: money(f.currentNanos), projected: money(f.projectedNanos), saving: money(f.savingNanos) });

export function whatIfResultToJson(result: WhatIfResult) {
  return {
    month: result.month,
    currency: result.currency,
    total: figures(result.total),
    teams: result.teams.map((team) => ({ team: team.team, ...figures(team) })),
    levers: result.levers.map((lever) => ({ lever: lever.lever, saving: money(lever.savingNanos) })),
  };
}
