// In-process notifications of alert, policy and data-freshness changes, for features that react to them (incidents open on page alerts).
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

/** An SLI-data-missing episode opening (the SLO turned stale) or closing (data arrived again). */
export type DataChange = { kind: "data_missing" | "data_restored"; slo: string; service: string; lastDataAt: Date | null; at: Date };

type Events = { alert: [AlertChange]; policy: [PolicyChange]; data: [DataChange] };

const globalForEvents = globalThis as unknown as { keelSloEvents?: EventEmitter<Events> };

export const sloEvents: EventEmitter<Events> = (globalForEvents.keelSloEvents ??= new EventEmitter<Events>());
