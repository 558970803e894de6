// The SLO domain's schemas, each enum once: definitions (API bodies, forms, OpenSLO imports), tier targets, deployments, gate exceptions and the budget policy.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { MAX_STALE_AFTER_MINUTES } from "./freshness";
import { DEFAULT_WARM_UP_HOURS, MAX_WARM_UP_HOURS } from "./policy";
import { ALERT_SEVERITIES, BUDGETING_METHODS, BURN_WINDOW_MINUTES, BURN_WINDOWS, CALENDAR_UNITS, INCIDENT_ON_PAGE, SLI_KINDS, type BurnWindow } from "./types";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const fraction = (what: string) =>
  z.number({ error: `${what} must be a number` }).gt(0, `${what} must be greater than 0`).lt(1, `${what} must be less than 1`);

export const windowSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("rolling"),
      days: z.number({ error: "must be a whole number of days" }).int("must be a whole number of days").min(1, "must be at least 1 day").max(400, "must be at most 400 days"),
    }),
    z.object({
      kind: z.literal("calendar"),
      unit: z.enum(CALENDAR_UNITS, { error: "must be week, month or quarter" }),
      timeZone: z
        .string()
        .default("UTC")
        .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin"),
    }),
  ],
  { error: 'kind must be "rolling" or "calendar"' },
);

const burnWindowSchema = z.enum(BURN_WINDOWS as [BurnWindow, ...BurnWindow[]], { error: `must be one of ${BURN_WINDOWS.join(", ")}` });

export const alertWindowSchema = z
  .object({
    severity: z.enum(ALERT_SEVERITIES, { error: "must be page or ticket" }),
    longWindow: burnWindowSchema,
    shortWindow: burnWindowSchema,
    budgetPercent: z.number({ error: "must be a number" }).gt(0, "must be greater than 0").max(100, "must be at most 100"),
  })
  .refine((w) => BURN_WINDOW_MINUTES[w.shortWindow] < BURN_WINDOW_MINUTES[w.longWindow], { message: "must be shorter than longWindow", path: ["shortWindow"] });

export const policyOverrideSchema = z
  .object({
    warnBelowRemaining: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1").nullable().optional(),
    freezeAtOrBelowRemaining: z.number().min(-10, "must be at least -10").max(1, "must be at most 1").nullable().optional(),
    earlyBurn: z
      .object({
        consumedAbove: z.number().gt(0, "must be greater than 0").max(10, "must be at most 10"),
        withinDays: z.number().int("must be whole days").min(1, "must be at least 1").max(92, "must be at most 92"),
      })
      .nullable()
      .optional(),
    freezeOnPage: z.boolean().optional(),
    // Hours from the SLO's first SLI minute during which its policy state does not close the deploy gate.
    warmUpHours: z
      .number({ error: "must be a whole number of hours" })
      .int("must be whole hours")
      .min(0, "must be at least 0 (no warm-up)")
      .max(MAX_WARM_UP_HOURS, `must be at most ${MAX_WARM_UP_HOURS} hours (30 days)`)
      .optional(),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("push") }),
    z
      .object({
        kind: z.literal("prometheus"),
        datasource: z.string().min(1, "is required"),
        goodQuery: z.string().min(1).optional(),
        errorQuery: z.string().min(1).optional(),
        totalQuery: z.string().min(1, "is required"),
      })
      .refine((s) => Boolean(s.goodQuery) !== Boolean(s.errorQuery), { message: "give exactly one of goodQuery and errorQuery", path: ["goodQuery"] }),
  ],
  { error: 'kind must be "push" or "prometheus"' },
);

const nullableText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

// These slugs would be hidden behind the pages /slos/new and /slos/import.
const RESERVED_SLO_SLUGS = new Set(["new", "import"]);

export const sloInputSchema = z
  .object({
    slug: slugSchema.refine((slug) => !RESERVED_SLO_SLUGS.has(slug), "is reserved; choose another slug"),
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(160, "must be at most 160 characters"),
    service: slugSchema,
    description: nullableText(4000),
    sliKind: z.enum(SLI_KINDS, { error: "must be availability, latency or ratio" }),
    latencyThresholdMs: z.number().int("must be whole milliseconds").positive("must be greater than 0").nullish(),
    target: fraction("target"),
    window: windowSchema,
    budgetingMethod: z.enum(BUDGETING_METHODS, { error: "must be occurrences, timeslices or ratioTimeslices" }),
    timesliceTarget: z.number().gt(0, "must be greater than 0").max(1, "must be at most 1").nullish(),
    segment: nullableText(120),
    source: sourceSchema.nullish(),
    alertWindows: z.array(alertWindowSchema).min(1, "give at least one alert window, or null for the defaults").max(8, "at most 8 alert windows").nullish(),
    policy: policyOverrideSchema.nullish(),
    reviewCadenceDays: z.number().int("must be whole days").min(7, "must be at least 7 days").max(366, "must be at most 366 days").nullish(),
    // Omitted: the default (15); null: never stale, for SLIs fed in daily batches.
    staleAfterMinutes: z
      .number({ error: "must be a whole number of minutes, or null for never" })
      .int("must be whole minutes")
      .positive("must be at least 1 minute")
      .max(MAX_STALE_AFTER_MINUTES, `must be at most ${MAX_STALE_AFTER_MINUTES} minutes (a week)`)
      .nullable()
      .optional(),
    // Whether a page burn-rate alert opens an incident ("auto": for tier-1 services), and whether missing SLI data does.
    // Omitted: unchanged on an update (imports leave them alone), "auto" and false for a new SLO.
    incidentOnPage: z.enum(INCIDENT_ON_PAGE, { error: "must be auto, on or off" }).optional(),
    incidentOnStale: z.boolean({ error: "must be true or false" }).optional(),
  })
  .superRefine((slo, ctx) => {
    if (slo.sliKind === "latency" && slo.latencyThresholdMs == null) {
      ctx.addIssue({ code: "custom", path: ["latencyThresholdMs"], message: "is required for latency SLOs" });
    }
    if (slo.budgetingMethod === "timeslices" && slo.timesliceTarget == null) {
      ctx.addIssue({ code: "custom", path: ["timesliceTarget"], message: "is required for the timeslices budgeting method" });
    }
  });

export type SloInput = z.infer<typeof sloInputSchema>;

export const DEFAULT_REVIEW_CADENCE_DAYS = 90;

/** Tier defaults for new SLOs (admins can change them): Tier 1 99.99%, Tier 2 99.9%, Tier 3 99.5%. */
export const DEFAULT_TIER_TARGETS: Record<1 | 2 | 3, number> = { 1: 0.9999, 2: 0.999, 3: 0.995 };

export const tierTargetsSchema = z.object({ "1": fraction("Tier 1 target"), "2": fraction("Tier 2 target"), "3": fraction("Tier 3 target") });

// Bodies of the deployment, gate-exception and policy endpoints.
const instant = z.union([z.string(), z.number()], { error: "must be an ISO-8601 time or Unix epoch seconds" });

export const deploymentInputSchema = z.object({
  service: slugSchema,
  version: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
  at: instant.optional(),
  description: z.string().trim().max(2000, "must be at most 2000 characters").optional().default(""),
});

export const gateExceptionInputSchema = z.object({
  service: slugSchema,
  reason: z.string({ error: "is required" }).trim().min(3, "say why, in a few words").max(1000, "must be at most 1000 characters"),
  expiresAt: instant,
});

export const budgetPolicySchema = policyOverrideSchema.required({ warnBelowRemaining: true, freezeAtOrBelowRemaining: true, earlyBurn: true, freezeOnPage: true }).transform((p) => ({
  warnBelowRemaining: p.warnBelowRemaining ?? null,
  freezeAtOrBelowRemaining: p.freezeAtOrBelowRemaining ?? null,
  earlyBurn: p.earlyBurn ?? null,
  freezeOnPage: p.freezeOnPage ?? true,
  // Optional, so bodies written before the warm-up existed stay valid; left out, it is Keel's default.
  warmUpHours: p.warmUpHours ?? DEFAULT_WARM_UP_HOURS,
}));

/** Longest exception an admin can grant: a week, so a freeze cannot be switched off for good by accident. */
export const MAX_EXCEPTION_MS = 7 * 86_400_000;

/** The admin's exception form: why, and for how many hours (at most the 7-day maximum). */
export const gateExceptionFormSchema = z.object({
  reason: z.string({ error: "is required" }).trim().min(3, "say why, in a few words").max(1000, "must be at most 1000 characters"),
  hours: z.coerce.number({ error: "give a number of hours" }).int("give whole hours").min(1, "at least 1 hour").max(MAX_EXCEPTION_MS / 3_600_000, "at most 168 hours (7 days)"),
});
