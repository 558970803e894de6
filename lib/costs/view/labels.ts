// The names the cost pages give the breakdowns, signals and cost types.
import type { ShowbackGroupBy } from "../types";

export const GROUP_BY_LABELS: Record<ShowbackGroupBy, string> = { team: "Team", service: "Service", signal: "Signal", environment: "Environment", costType: "Cost type" };
