// Shared pieces of the OpenSLO and Sloth readers: result types, error collection with field paths, slugs, normalised definitions.
import { z } from "zod";
import type { AlertWindowSpec as SloAlertWindow, SloSource } from "@/lib/slo/types";
import { slugSchema } from "@/lib/catalog/schemas";
import type { PolicyOverride } from "@/lib/slo/policy";
import { DEFAULT_STALE_AFTER_MINUTES } from "@/lib/slo/freshness";
import { DEFAULT_REVIEW_CADENCE_DAYS, sloInputSchema } from "@/lib/slo/schemas";
import type { BudgetingMethod, SloWindow } from "@/lib/slo/types";


// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

export type OpenSloError = { document: number; path: string; message: string };

export type SliKind = "availability" | "latency" | "ratio";
export type ServiceTier = 1 | 2 | 3;

/** An SLO definition in the shape of the API's body as `definitionToJson` returns it: every field present. */
export type KeelSloDefinition = {
  slug: string;
  name: string;
  service: string;
  description: string;
  sliKind: SliKind;
  latencyThresholdMs: number | null;
  target: number;
  window: SloWindow;
  budgetingMethod: BudgetingMethod;
  timesliceTarget: number | null;
  segment: string | null;
  source: SloSource;
  alertWindows: SloAlertWindow[] | null;
  policy: PolicyOverride | null;
  reviewCadenceDays: number;
  /** Null: never stale. */
  staleAfterMinutes: number | null;
};

export type ParsedSlo = { document: number; definition: KeelSloDefinition };
/** A service an import needs; `document` is null when only an SLO names it. `team` is a slug the importer may or may not know. */
export type ParsedService = { document: number | null; slug: string; name: string; description: string; team: string | null; tier: ServiceTier | null };
export type ParsedDataSource = { document: number; name: string; type: "prometheus"; url: string };
export type OpenSloImport = { slos: ParsedSlo[]; services: ParsedService[]; datasources: ParsedDataSource[] };
export type OpenSloParseResult = ({ ok: true } & OpenSloImport) | { ok: false; errors: OpenSloError[] };

// Keel-only fields travel in annotations (map[string]string by the spec) and the segment in a plain label.
export const KEEL_ANNOTATIONS = {
  sliKind: "keel.dev/sli-kind",
  alertWindows: "keel.dev/alert-windows",
  policy: "keel.dev/policy",
  reviewCadenceDays: "keel.dev/review-cadence-days",
  segment: "keel.dev/segment",
  staleAfterMinutes: "keel.dev/stale-after-minutes",
  // The Keel datasource of a Prometheus source: the export names no DataSource document it does not write.
  datasource: "keel.dev/datasource",
} as const;
/** The stale-after annotation's value for "never stale" (annotations are strings, so null needs a word). */
export const NEVER_STALE = "never";
export const SEGMENT_LABEL = "segment";
export const SLI_KIND_LABEL = "sli-kind";

// SLO documents without a time window get what Sloth and most tools assume.
export const DEFAULT_WINDOW: SloWindow = { kind: "rolling", days: 30 };
/** The Keel datasource a Prometheus source names when the document names none. */
export const DEFAULT_DATASOURCE = "prometheus";

// ---------------------------------------------------------------------------------------------
// Paths and error collection
// ---------------------------------------------------------------------------------------------

/** `spec.timeWindow[0].duration`; keys that are not plain identifiers are bracketed: `metadata.annotations["keel.dev/policy"]`. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(part))) out += out ? `.${String(part)}` : String(part);
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

export const join = (base: string, ...parts: PropertyKey[]) => {
  const tail = formatPath(parts);
  if (!base) return tail;
  return tail.startsWith("[") ? base + tail : `${base}.${tail}`;
};

export class Errors {
  readonly list: OpenSloError[] = [];
  // Objectives share their SLO's indicator and window: a problem there is said once, not once per objective.
  add(document: number, path: string, message: string): void {
    if (this.list.some((e) => e.document === document && e.path === path && e.message === message)) return;
    this.list.push({ document, path, message });
  }
}

// Missing fields read "is required" rather than zod's "expected string, received undefined".
export const requiredMessage = (issue: { code?: string; input?: unknown }) => (issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined);

export function check<S extends z.ZodType>(schema: S, value: unknown, errors: Errors, document: number, base: string): z.infer<S> | null {
  const result = schema.safeParse(value, { error: requiredMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.add(document, join(base, ...issue.path), issue.message);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small readers
// ---------------------------------------------------------------------------------------------

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The parts of an OpenSLO document's metadata these readers look at. */
type MetadataLike = { labels?: Record<string, unknown> | null; annotations?: Record<string, unknown> | null };

export function labelOf(metadata: MetadataLike | null | undefined, key: string): string | null {
  const value = metadata?.labels?.[key];
  if (value == null) return null;
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : null;
  return String(value);
}

export function annotationOf(metadata: MetadataLike | null | undefined, key: string): string | null {
  const value = metadata?.annotations?.[key];
  return value == null ? null : String(value);
}

/** Lowercase letters and digits joined by single hyphens: "Internal (stricter!)" → "internal-stricter". */
export function slugWords(raw: string): string {
  return raw
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Keeps valid Keel slugs as they are; anything else becomes one (lowercase, hyphens, a leading letter, at most 63 characters). */
export function toSlug(raw: string, prefixIfNoLetter: string): string {
  const trimmed = raw.trim();
  if (slugSchema.safeParse(trimmed).success) return trimmed;
  let slug = slugWords(trimmed);
  if (slug && !/^[a-z]/.test(slug)) slug = `${prefixIfNoLetter}-${slug}`;
  return slug.slice(0, 63).replace(/-+$/, "");
}

/** `base-suffix` within 63 characters, shortening the base so the suffix (what tells objectives apart) survives. */
export function joinSlug(base: string, suffix: string): string {
  const tail = suffix.slice(0, 40).replace(/-+$/, "");
  return `${base.slice(0, 62 - tail.length).replace(/-+$/, "")}-${tail}`;
}

export const roundFraction = (value: number) => Number(value.toPrecision(12));

export const scalar = z.union([z.string(), z.number(), z.boolean()]);
export type SlothDocument = { index: number; value: Record<string, unknown> };

export function normalise(input: z.infer<typeof sloInputSchema>): KeelSloDefinition {
  return {
    slug: input.slug,
    name: input.name,
    service: input.service,
    description: input.description ?? "",
    sliKind: input.sliKind,
    latencyThresholdMs: input.latencyThresholdMs ?? null,
    target: input.target,
    window: input.window,
    budgetingMethod: input.budgetingMethod,
    timesliceTarget: input.timesliceTarget ?? null,
    segment: input.segment ?? null,
    source: input.source ?? { kind: "push" },
    alertWindows: input.alertWindows ?? null,
    policy: input.policy ?? null,
    reviewCadenceDays: input.reviewCadenceDays ?? DEFAULT_REVIEW_CADENCE_DAYS,
    staleAfterMinutes: input.staleAfterMinutes === undefined ? DEFAULT_STALE_AFTER_MINUTES : input.staleAfterMinutes,
  };
}

export function tierOf(raw: string | null): ServiceTier | null {
  return raw === "1" || raw === "2" || raw === "3" ? (Number(raw) as ServiceTier) : null;
}
