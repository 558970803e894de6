// The API's JSON shapes of on-call data: ISO-8601 UTC times, people by email and name.
type Shift = { email: string; name: string; from: Date; until: Date; override: boolean };
type Schedule = { slug: string; name: string; teamSlug: string; timeZone: string; rotation: string; handoffTime: string; handoffWeekday: number; startDate: string };
type Person = { email: string; name: string };
type Override = { id: number; email: string; name: string; from: Date; until: Date; reason: string; createdBy: string };

/** Who is on call (or next): the contract's {email, name, from, until}. */
export function onCallToJson(shift: Shift | null) {
  return shift ? { email: shift.email, name: shift.name, from: shift.from.toISOString(), until: shift.until.toISOString() } : null;
}

export function scheduleToJson(schedule: Schedule, participants: Person[]) {
  return {
    slug: schedule.slug,
    name: schedule.name,
    team: schedule.teamSlug,
    timeZone: schedule.timeZone,
    rotation: schedule.rotation,
    handoffTime: schedule.handoffTime,
    handoffWeekday: schedule.handoffWeekday,
    startDate: schedule.startDate,
    participants: participants.map((p) => ({ email: p.email, name: p.name })),
  };
}

export function overrideToJson(override: Override) {
  return { id: override.id, user: override.email, name: override.name, from: override.from.toISOString(), until: override.until.toISOString(), reason: override.reason, createdBy: override.createdBy };
}
