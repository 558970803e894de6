// In-process notice of incident changes that people are told about (declared, severity changed, resolved): notifications subscribe.
import { EventEmitter } from "node:events";
import type { NotificationEvent, Severity } from "@/lib/incidents/types";

export type IncidentNotice = { event: NotificationEvent; incidentId: number; number: number; previousSeverity?: Severity; at: Date };

type Events = { incident: [IncidentNotice] };

const globalForIncidents = globalThis as unknown as { keelIncidentEvents?: EventEmitter<Events> };

export const incidentEvents: EventEmitter<Events> = (globalForIncidents.keelIncidentEvents ??= new EventEmitter<Events>());

export function emitIncident(notice: Omit<IncidentNotice, "at">): void {
  incidentEvents.emit("incident", { ...notice, at: new Date() });
}
