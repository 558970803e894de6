// The cost pages' reads, memoised per request: the month (the one asked for, else the newest with records) and its scope.
import "server-only";
import { cache } from "react";
import { nowMs } from "@/lib/clock";
import { callerOf, requirePageUser } from "@/lib/auth/session";
import { costMonthSchema, showbackGroupBySchema } from "@/lib/costs/showback-schemas";
import type { ShowbackGroupBy } from "@/lib/costs/types";
import { costMonthsFor, costScope } from "@/lib/server/costs/showback";

export const pageCaller = cache(async () => callerOf(await requirePageUser()));

/** The months with records (newest first) and the month shown: the one in the URL when valid, else the newest, else this one. */
export const loadMonths = cache(async (asked: string | undefined) => {
  const months = await costMonthsFor(await pageCaller());
  const current = new Date(nowMs()).toISOString().slice(0, 7);
  const month = asked && costMonthSchema.safeParse(asked).success ? asked : (months[0] ?? current);
  return { months, month };
});

export const loadScope = cache(async (month: string) => costScope(await pageCaller(), month));

/** The breakdown in the URL when valid, else team. */
export const groupByOf = (asked: string | undefined): ShowbackGroupBy => showbackGroupBySchema.catch("team").parse(asked);
