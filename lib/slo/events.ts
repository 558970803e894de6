// In-process notifications of alert and policy changes, for features that react to them (incidents open on page alerts).
import { EventEmitter } from "node:events";

export type AlertChange = {
  kind: "fired" | "resolved";
  slo: string;
  service: string;
  severity: "page" | "ticket";
  longWindow: string;
  shortWindow: string;
  threshold: number;
  burnRate: number;
  at: Date;
};

export type PolicyChange = { slo: string; service: string; from: string; to: string; reasons: { rule: string; message: string }[]; at: Date };

type Events = { alert: [AlertChange]; policy: [PolicyChange] };

const globalForEvents = globalThis as unknown as { keelSloEvents?: EventEmitter<Events> };

export const sloEvents: EventEmitter<Events> = (globalForEvents.keelSloEvents ??= new EventEmitter<Events>());
