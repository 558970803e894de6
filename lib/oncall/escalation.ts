// Escalation: levels with delays after an incident triggers; who is to be notified by minute m.

/** A level with the people it resolved to (the on-call person of a schedule, or a named user). */
export type ResolvedLevel<P extends { userId: number }> = { level: number; delayMinutes: number; people: P[] };

/** The levels due by minute m after the trigger (delay ≤ m), in order; none before minute 0. */
export function levelsDue<L extends { delayMinutes: number }>(levels: readonly L[], minute: number): L[] {
  return levels.filter((level) => level.delayMinutes <= minute);
}

/** Everyone to be notified by minute m: the people of the levels due, once each, in level order. */
export function peopleToNotify<P extends { userId: number }>(levels: readonly ResolvedLevel<P>[], minute: number): P[] {
  const seen = new Set<number>();
  const people: P[] = [];
  for (const level of levelsDue(levels, minute)) {
    for (const person of level.people) {
      if (seen.has(person.userId)) continue;
      seen.add(person.userId);
      people.push(person);
    }
  }
  return people;
}
