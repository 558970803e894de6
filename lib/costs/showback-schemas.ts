// What the showback and chargeback reads accept: a calendar month and a breakdown, checked once for the API and the pages.
import { z } from "zod";
import { SHOWBACK_GROUP_BYS } from "./types";

/** "2026-11": a calendar month (UTC; cost records carry the month of their period's start). */
export const costMonthSchema = z.string({ error: "must be a month, YYYY-MM" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");

export const showbackGroupBySchema = z.enum(SHOWBACK_GROUP_BYS, { error: `must be one of ${SHOWBACK_GROUP_BYS.join(", ")}` });

export const showbackQuerySchema = z.object({
  month: costMonthSchema.describe("The month, YYYY-MM"),
  groupBy: showbackGroupBySchema.default("team").describe(`The breakdown: ${SHOWBACK_GROUP_BYS.join(", ")} (default team)`),
});

export const chargebackQuerySchema = z.object({
  month: costMonthSchema.describe("The month, YYYY-MM"),
  format: z.enum(["csv", "json"], { error: 'must be "csv" (the default) or "json"' }).default("csv").describe("csv (default) or json"),
});
