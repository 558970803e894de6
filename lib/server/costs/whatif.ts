// The what-if simulator's server side: a month's baseline from the records, the unit price list (everyone reads it,
// admins change it) and a computation for given levers.
import "server-only";
import { costMonths, getStoredPrices, setStoredPrices, whatIfRecordSums } from "@/db/queries/cost-whatif";
import type { Caller } from "@/lib/access/caller";
import { simulate, type WhatIfBaseline, type WhatIfResult } from "@/lib/costs/whatif";
import { baselineFromSums } from "@/lib/costs/whatif-baseline";
import { DEFAULT_PRICES } from "@/lib/costs/whatif-defaults";
import { leversSchema, pricesSchema, type WhatIfLevers, type WhatIfPrices } from "@/lib/costs/whatif-schemas";
import { emitChange } from "../change-events";
import { assertAdmin, invalid, invalidInput } from "../errors";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The stored price list, completed with Keel's defaults for anything it lacks (or all of it, if it no longer validates). */
export async function costPrices(): Promise<WhatIfPrices> {
  const stored = (await getStoredPrices()) as Partial<WhatIfPrices> | undefined;
  if (!stored) return DEFAULT_PRICES;
  const parsed = pricesSchema.safeParse({ ...DEFAULT_PRICES, ...stored });
  return parsed.success ? parsed.data : DEFAULT_PRICES;
}

export async function setCostPrices({ caller, prices }: { caller: Caller; prices: unknown }): Promise<WhatIfPrices> {
  assertAdmin(caller);
  const parsed = pricesSchema.safeParse(prices);
  if (!parsed.success) throw invalidInput(parsed.error);
  await setStoredPrices(parsed.data, caller.actor);
  emitChange({ entity: "cost_prices", action: "updated", key: "org", actor: caller.actor.label });
  return parsed.data;
}

/** Months that have cost records, newest first. */
export async function whatIfMonths(): Promise<string[]> {
  return costMonths();
}

/** The month's baseline (the newest month with records when none is given); null when there are no records at all. */
export async function whatIfBaseline(month?: string, prices?: WhatIfPrices): Promise<WhatIfBaseline | null> {
  if (month !== undefined && !MONTH.test(month)) throw invalid("month: must be YYYY-MM", "month");
  const chosen = month ?? costMonths()[0];
  if (!chosen) return null;
  const { defaultRetentionDays } = prices ?? (await costPrices());
  return baselineFromSums(chosen, whatIfRecordSums(chosen), defaultRetentionDays);
}

/** Validates levers (and an optional price list) and computes the month's projection without saving anything. */
export async function computeWhatIf(input: { month?: string; levers: unknown; prices?: unknown }): Promise<WhatIfResult> {
  const levers = leversSchema.safeParse(input.levers);
  if (!levers.success) throw invalidInput(prefixed(levers.error, "levers"));
  let prices = await costPrices();
  if (input.prices !== undefined) {
    const parsed = pricesSchema.safeParse(input.prices);
    if (!parsed.success) throw invalidInput(prefixed(parsed.error, "prices"));
    prices = parsed.data;
  }
  const baseline = (await whatIfBaseline(input.month, prices)) ?? { month: input.month ?? "", currency: prices.currency, lines: [] };
  return simulate(baseline, levers.data as WhatIfLevers, prices);
}

/** The same issues, their paths under `key` (so a 400 names `levers.debugLogs.hours`). */
function prefixed<E extends { issues: { path: PropertyKey[] }[] }>(error: E, key: string): E {
  for (const issue of error.issues) issue.path = [key, ...issue.path];
  return error;
}
