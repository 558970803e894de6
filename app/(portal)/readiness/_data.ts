// The readiness page's reads, memoised per request: the scorecard and the attention lists share one scorecard.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { readinessScorecard } from "@/lib/server/readiness/state";

// One instant for every section, so the lists and the scorecard describe the same moment.
export const pageNow = cache(() => nowMs());

export const loadScorecard = cache((team: string | undefined, tier: 1 | 2 | 3 | undefined) => readinessScorecard({ team, tier }, pageNow()));
