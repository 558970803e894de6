// Validation of on-call schedules, overrides and escalation policies, shared by the API and the forms.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { instantInput } from "@/lib/instant";
import { ROTATION_KINDS } from "./rotation";

export { ROTATION_KINDS };

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** True for a time zone name the runtime knows (IANA, e.g. Europe/London). */
export function isTimeZone(name: string): boolean {
  if (!name || !name.includes("/") && name !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = z.string({ error: "is required" }).trim().refine(isTimeZone, "must be an IANA time zone such as Europe/London");
const emailSchema = z.email({ error: "must be an email address" }).trim().toLowerCase();

const instantSchema = instantInput;

/** "2026-03-29T09:00" from a datetime-local field, read in `timeZone`, as an ISO instant; the raw text when it is not one. */
export function localDateTimeToIso(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || !isTimeZone(timeZone)) return value;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, 0, timeZone).getTime()).toISOString();
}

const WEEKDAY_MESSAGE = "must be 1 (Monday) to 7 (Sunday)";
const weekdaySchema = z.coerce.number({ error: WEEKDAY_MESSAGE }).int(WEEKDAY_MESSAGE).min(1, WEEKDAY_MESSAGE).max(7, WEEKDAY_MESSAGE);
const participantsSchema = z.array(emailSchema).max(50, "at most 50 people");

const scheduleFields = z.object({
    slug: slugSchema,
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
    team: slugSchema,
    timeZone: timeZoneSchema,
    rotation: z.enum(ROTATION_KINDS, { error: 'must be "daily" or "weekly"' }),
    handoffTime: z.string({ error: "is required" }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM, e.g. 09:00"),
    handoffWeekday: weekdaySchema,
    startDate: z.iso.date({ error: "must be a date YYYY-MM-DD" }),
    participants: participantsSchema,
});

function noOneTwice(input: { participants?: string[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  input.participants?.forEach((email, index) => {
    if (seen.has(email)) ctx.addIssue({ code: "custom", path: ["participants", index], message: `${email} is in the rotation twice` });
    seen.add(email);
  });
}

export const scheduleInputSchema = scheduleFields
  .extend({ handoffWeekday: weekdaySchema.optional().default(1), participants: participantsSchema.optional().default([]) })
  .superRefine(noOneTwice);

export const scheduleUpdateSchema = scheduleFields.omit({ slug: true }).partial().superRefine(noOneTwice);

export const overrideInputSchema = z
  .object({
    user: emailSchema,
    from: instantSchema,
    until: instantSchema,
    reason: z.string().trim().max(500, "must be at most 500 characters").optional().default(""),
  })
  .refine((o) => o.until > o.from, { path: ["until"], message: "must be after the start" })
  .refine((o) => o.until - o.from <= 90 * 86_400_000, { path: ["until"], message: "an override lasts at most 90 days" });

const levelSchema = z
  .object({
    delayMinutes: z.coerce.number({ error: "must be whole minutes" }).int("must be whole minutes").min(0, "must be 0 or more").max(1440, "must be at most 1440 (a day)"),
    schedule: slugSchema.optional(),
    user: emailSchema.optional(),
  })
  .refine((level) => (level.schedule ? 1 : 0) + (level.user ? 1 : 0) === 1, { path: ["schedule"], message: "name either a schedule or a user" });

export const escalationPolicySchema = z
  .object({ levels: z.array(levelSchema).max(10, "at most 10 levels") })
  .superRefine((policy, ctx) => {
    policy.levels.forEach((level, index) => {
      if (index > 0 && level.delayMinutes < policy.levels[index - 1]!.delayMinutes) {
        ctx.addIssue({ code: "custom", path: ["levels", index, "delayMinutes"], message: "must not be shorter than the level before" });
      }
    });
  });

export type ScheduleInput = z.infer<typeof scheduleInputSchema>;
export type ScheduleUpdate = z.infer<typeof scheduleUpdateSchema>;
export type OverrideInput = z.infer<typeof overrideInputSchema>;
export type EscalationPolicyInput = z.infer<typeof escalationPolicySchema>;
