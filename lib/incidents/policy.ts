// The severity policy: what each severity means, how fast it must be answered and resolved, when it escalates,
// which severities need a postmortem, and the overdue and deploy-window rules. Admins edit it; these are the defaults.
import { z } from "zod";
import { SEVERITIES, type Severity } from "./types";

const minutes = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} is at most ${max} minutes`);

export const severityRuleSchema = z.object({
  name: z.string().trim().min(1, "name is required").max(60),
  meaning: z.string().trim().min(1, "meaning is required").max(400),
  respondWithinMinutes: minutes("respondWithinMinutes", 10_080),
  resolveWithinMinutes: minutes("resolveWithinMinutes", 43_200),
  // Minutes after the start when the team's escalation policy is engaged; 0 = at once, null = never on its own.
  escalateAfterMinutes: minutes("escalateAfterMinutes", 43_200).nullable(),
  requiresPostmortem: z.boolean(),
});
export type SeverityRule = z.infer<typeof severityRuleSchema>;

export const incidentPolicySchema = z.object({
  severities: z.object({ SEV1: severityRuleSchema, SEV2: severityRuleSchema, SEV3: severityRuleSchema, SEV4: severityRuleSchema }),
  // An incident past its response or resolution target is overdue and escalates (an entry on its timeline).
  escalateWhenOverdue: z.boolean(),
  // Deploys of the affected services this long before the start go on the timeline and count in "after a deploy".
  deployWindowMinutes: minutes("deployWindowMinutes", 10_080),
  // Working hours for the on-call load figures ("pages outside working hours"), in the organisation's zone.
  workingHours: z.object({
    timeZone: z.string().min(1),
    startHour: z.number().int().min(0).max(23),
    endHour: z.number().int().min(1).max(24),
  }),
});
export type IncidentPolicy = z.infer<typeof incidentPolicySchema>;

/**
 * SEV1 and SEV2 and their targets follow common SRE practice (the streaming case study's classification); SEV3's targets, SEV4 and the overdue rule,
 * deploy window and working hours are Keel's own defaults.
 */
export const DEFAULT_INCIDENT_POLICY: IncidentPolicy = {
  severities: {
    SEV1: { name: "Critical", meaning: "Critical outage: the service is down or losing data for many users.", respondWithinMinutes: 5, resolveWithinMinutes: 60, escalateAfterMinutes: 0, requiresPostmortem: true },
    SEV2: { name: "Major", meaning: "Quality degradation: the service works but slowly or with errors for some users.", respondWithinMinutes: 15, resolveWithinMinutes: 240, escalateAfterMinutes: 60, requiresPostmortem: true },
    SEV3: { name: "Minor", meaning: "Minor bug: a small part of the service misbehaves; a workaround exists.", respondWithinMinutes: 60, resolveWithinMinutes: 1_440, escalateAfterMinutes: null, requiresPostmortem: false },
    SEV4: { name: "Cosmetic", meaning: "Cosmetic: no user impact.", respondWithinMinutes: 1_440, resolveWithinMinutes: 10_080, escalateAfterMinutes: null, requiresPostmortem: false },
  },
  escalateWhenOverdue: true,
  deployWindowMinutes: 120,
  workingHours: { timeZone: "UTC", startHour: 9, endHour: 18 },
};

/** A stored policy from before a rule existed takes Keel's default for that rule. */
export function completePolicy(stored: Partial<IncidentPolicy> | undefined): IncidentPolicy {
  if (!stored) return DEFAULT_INCIDENT_POLICY;
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, { ...DEFAULT_INCIDENT_POLICY.severities[s], ...stored.severities?.[s] }])) as Record<Severity, SeverityRule>;
  return { ...DEFAULT_INCIDENT_POLICY, ...stored, severities, workingHours: { ...DEFAULT_INCIDENT_POLICY.workingHours, ...stored.workingHours } };
}
