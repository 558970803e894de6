// The analytics page's and API's filter: a range (default the last 90 days), a team and severities.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";

export const ANALYTICS_RANGE_DAYS = [30, 90, 365] as const;
export const DEFAULT_ANALYTICS_DAYS = 90;

export const incidentAnalyticsQuerySchema = z.object({
  from: z.string().optional().describe("Incidents that started at or after (ISO-8601 or epoch seconds; default: 90 days before `to`)"),
  to: z.string().optional().describe("…and before (ISO-8601 or epoch seconds; default: now)"),
  team: slugSchema.optional().describe("Team slug"),
  severity: z.string().optional().describe("Comma-separated severities, e.g. SEV1,SEV2"),
});
export type IncidentAnalyticsQuery = z.infer<typeof incidentAnalyticsQuerySchema>;
