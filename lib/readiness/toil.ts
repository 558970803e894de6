// Toil: "repetitive operational work that doesn't provide enduring value". A team logs each toil task with the hours a
// week it takes; automating (or eliminating) it ends its toil from that day. The toil share of a quarter is the toil
// still being done at the quarter's end (or now, for the quarter in progress) over the team's capacity.
import { z } from "zod";
import { quarterEndMs } from "./maturity";

/** A person's working week (Keel default), for a team's capacity: members × this. */
export const HOURS_PER_PERSON_WEEK = 40;
/** Keep toil below half of a team's time (the SRE guidance): a share above this is flagged. */
export const TOIL_SHARE_LIMIT = 0.5;

export type ToilTask = { hoursPerWeek: number; loggedAt: Date; automatedAt: Date | null };

export const toilInputSchema = z.object({
  task: z.string().trim().min(1, "Name the task").max(200, "At most 200 characters"),
  hoursPerWeek: z.coerce.number({ error: "Hours a week must be a number" }).positive("Hours a week must be more than 0").max(1000, "At most 1000 hours a week"),
  automated: z.boolean().default(false),
});
export type ToilInput = z.infer<typeof toilInputSchema>;

/** Toil hours a week being done at `atMs`: a task counts from its logging (inclusive) until it is automated (exclusive). */
export function toilHoursAt(tasks: readonly ToilTask[], atMs: number): number {
  return tasks.reduce((sum, t) => (t.loggedAt.getTime() <= atMs && (t.automatedAt === null || t.automatedAt.getTime() > atMs) ? sum + t.hoursPerWeek : sum), 0);
}

export const teamCapacityHours = (members: number, hoursPerPerson = HOURS_PER_PERSON_WEEK) => members * hoursPerPerson;

export type ToilShare = { quarter: string; toilHours: number; capacityHours: number; share: number | null; overLimit: boolean };

/** Toil share per quarter, measured at each quarter's last instant, or at `nowMs` for the quarter in progress. */
export function toilShareByQuarter(tasks: readonly ToilTask[], quarters: readonly string[], members: number, nowMs: number, hoursPerPerson = HOURS_PER_PERSON_WEEK): ToilShare[] {
  const capacityHours = teamCapacityHours(members, hoursPerPerson);
  return quarters.map((quarter) => {
    const toilHours = toilHoursAt(tasks, Math.min(quarterEndMs(quarter) - 1, nowMs));
    const share = capacityHours > 0 ? toilHours / capacityHours : null;
    return { quarter, toilHours, capacityHours, share, overLimit: share !== null && share > TOIL_SHARE_LIMIT };
  });
}
