// The kind of SLI a person picks for each SLO in the import preview (OpenSLO names none), applied to the parsed file before it is written.
import { z } from "zod";
import { SLI_KINDS } from "@/lib/slo/types";
import { kindField, thresholdField } from "./choice-fields";
import type { OpenSloImport } from "./common";

const blankToNull = (value: unknown) => (value === null || value === undefined || (typeof value === "string" && value.trim() === "") ? null : Number(value));

const choiceSchema = z
  .object({
    sliKind: z.enum(SLI_KINDS, { error: "must be availability, latency or ratio" }),
    latencyThresholdMs: z.preprocess(
      blankToNull,
      z.number({ error: "must be a number of milliseconds" }).int("must be whole milliseconds").positive("must be greater than 0").max(3_600_000, "must be at most 3600000 (an hour)").nullable(),
    ),
  })
  .superRefine((choice, ctx) => {
    if (choice.sliKind === "latency" && choice.latencyThresholdMs === null) ctx.addIssue({ code: "custom", path: ["latencyThresholdMs"], message: "is required for latency SLOs" });
  });

export type KindChoices = { ok: true; parsed: OpenSloImport } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Each SLO takes the kind picked for it (`sliKind:<slug>`) and, for latency, the threshold given with it
 * (`latencyThresholdMs:<slug>`); an SLO the form says nothing about stays as the file gave it. Errors are keyed by
 * the form field and name the SLO.
 */
export function applyKindChoices(parsed: OpenSloImport, field: (name: string) => string | null): KindChoices {
  const fieldErrors: Record<string, string[]> = {};
  const slos = parsed.slos.map((slo) => {
    const { slug } = slo.definition;
    const sliKind = field(kindField(slug));
    if (sliKind === null) return slo;
    const latency = sliKind === "latency";
    const result = choiceSchema.safeParse({ sliKind, latencyThresholdMs: latency ? field(thresholdField(slug)) : slo.definition.latencyThresholdMs });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const name = issue.path[0] === "latencyThresholdMs" ? thresholdField(slug) : kindField(slug);
        const label = issue.path[0] === "latencyThresholdMs" ? "latency threshold (ms)" : "SLI kind";
        (fieldErrors[name] ??= []).push(`${slug}, ${label}: ${issue.message}`);
      }
      return slo;
    }
    return { ...slo, definition: { ...slo.definition, ...result.data } };
  });
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, parsed: { ...parsed, slos } };
}
