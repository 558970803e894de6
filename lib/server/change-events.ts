// In-process notice of every committed change, for features that react to them (incident timelines, caches).
import { EventEmitter } from "node:events";

export type ChangeEvent = { entity: string; action: "created" | "updated" | "deleted" | "recorded"; key: string; actor: string; at: Date };

type Events = { change: [ChangeEvent] };

const globalForChanges = globalThis as unknown as { keelChangeEvents?: EventEmitter<Events> };

export const changeEvents: EventEmitter<Events> = (globalForChanges.keelChangeEvents ??= new EventEmitter<Events>());

export function emitChange(event: Omit<ChangeEvent, "at">): void {
  changeEvents.emit("change", { ...event, at: new Date() });
}
