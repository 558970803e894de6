// The import's instance settings (settings key `cost_import`): which keys of a FOCUS line's Tags JSON carry team, service,
// signal, environment and cost type. Keel's defaults are the plain names; an instance whose tags say `owner` or `app` sets its own.
import { z } from "zod";
import { DEFAULT_COST_TAG_KEYS, type CostTagKeys } from "./types";

const tagKey = z
  .string()
  .trim()
  .min(1, "Enter a tag key")
  .max(64, "At most 64 characters")
  .regex(/^[A-Za-z0-9_.:/@-]+$/, "Letters, digits and _ . : / @ - only");

export const costImportSettingsSchema = z.object({
  tagKeys: z.object({ team: tagKey, service: tagKey, signal: tagKey, environment: tagKey, costType: tagKey }),
});

export type CostImportSettings = z.infer<typeof costImportSettingsSchema>;

/** Stored settings completed with Keel's defaults for keys they lack (or hold badly). */
export function completeCostImportSettings(stored: unknown): CostImportSettings {
  const given = (typeof stored === "object" && stored !== null && "tagKeys" in stored ? (stored as { tagKeys: unknown }).tagKeys : {}) ?? {};
  const tagKeys: CostTagKeys = { ...DEFAULT_COST_TAG_KEYS };
  for (const field of Object.keys(tagKeys) as (keyof CostTagKeys)[]) {
    const parsed = tagKey.safeParse((given as Record<string, unknown>)[field]);
    if (parsed.success) tagKeys[field] = parsed.data;
  }
  return { tagKeys };
}
