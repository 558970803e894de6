// Incidents from the SLO engine: a page burn-rate alert opens one (per SLO setting: "auto" = for tier-1 services), linked to
// the SLO; a stale-data episode does the same where the SLO asks for it. Later alerts of the SLO go on the open incident's
// timeline; nothing here resolves an incident — people do.
import "server-only";
import { findOpenIncidentOfSlo } from "@/db/queries/alert-intake";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { changeIncident } from "@/db/queries/incidents";
import { findServiceBySlug } from "@/db/queries/services";
import { findSloBySlug, type SloRecord } from "@/db/queries/slos";
import { sloEvents, type AlertChange, type DataChange } from "@/lib/slo/events";
import { emitChange } from "../change-events";
import { openIncident } from "./open-incident";

export type SloIncidentOutcome = { incident: number | null; action: "opened" | "updated" | "ignored" };

/** Whether a page alert of this SLO opens an incident: "on", or "auto" for a tier-1 service. */
export const opensOnPage = (slo: Pick<SloRecord, "incidentOnPage" | "serviceTier">) => slo.incidentOnPage === "on" || (slo.incidentOnPage === "auto" && slo.serviceTier === 1);

const times = (rate: number) => `${Math.round(rate * 10) / 10}×`;

async function addEntry(slo: SloRecord, at: Date, text: string, kind: "alert" | "slo"): Promise<SloIncidentOutcome> {
  const open = await findOpenIncidentOfSlo(slo.id);
  if (!open) return { incident: null, action: "ignored" };
  await changeIncident({ id: open.id, changes: {}, entries: [{ at, kind, text, actorLabel: "system" }], audit: false }, SYSTEM_ACTOR);
  emitChange({ entity: "incident", action: "updated", key: String(open.number), actor: "system" });
  return { incident: open.number, action: "updated" };
}

async function open(slo: SloRecord, input: { title: string; severity: "SEV2" | "SEV3"; at: Date; entry: string }): Promise<SloIncidentOutcome> {
  const service = await findServiceBySlug(slo.serviceSlug);
  const opened = await openIncident(
    {
      title: input.title,
      severity: input.severity,
      services: service ? [service] : [],
      startedAt: input.at,
      source: "slo",
      sloId: slo.id,
      entries: [{ at: input.at, kind: "slo", text: input.entry, actorLabel: "system" }],
    },
    SYSTEM_ACTOR,
  );
  return { incident: opened.number, action: "opened" };
}

export async function handleSloAlert(change: AlertChange): Promise<SloIncidentOutcome> {
  const slo = await findSloBySlug(change.slo);
  if (!slo) return { incident: null, action: "ignored" };
  const windows = `${change.longWindow}/${change.shortWindow}`;
  if (change.kind === "resolved") return addEntry(slo, change.at, `${change.severity === "page" ? "Page" : "Ticket"} alert resolved (${windows})`, "alert");
  const text = `${change.severity === "page" ? "Page" : "Ticket"} alert fired: burning error budget at ${times(change.burnRate)} over ${windows} (threshold ${times(change.threshold)})`;
  const existing = await findOpenIncidentOfSlo(slo.id);
  if (existing || change.severity !== "page" || !opensOnPage(slo)) return addEntry(slo, change.at, text, "alert");
  // SEV2 ("major: works, but slowly or with errors for some users"): a burn-rate page says the budget is going fast,
  // not that the service is down; the responder raises it to SEV1 when it is an outage.
  return open(slo, { title: `${slo.name}: burning error budget at ${times(change.burnRate)} (page)`, severity: "SEV2", at: change.at, entry: text });
}

export async function handleSloData(change: DataChange): Promise<SloIncidentOutcome> {
  const slo = await findSloBySlug(change.slo);
  if (!slo) return { incident: null, action: "ignored" };
  const since = change.lastDataAt ? `since ${change.lastDataAt.toISOString()}` : "(none received yet)";
  if (change.kind === "data_restored") return addEntry(slo, change.at, "SLI data arriving again", "slo");
  const text = `SLI data missing ${since}`;
  // The evaluator tells once per episode; an incident already open for the SLO takes the entry instead of a second incident.
  if ((await findOpenIncidentOfSlo(slo.id)) || !slo.incidentOnStale) return addEntry(slo, change.at, text, "slo");
  return open(slo, { title: `SLI data missing for ${slo.name}`, severity: "SEV3", at: change.at, entry: text });
}

const globalForSlo = globalThis as unknown as { keelSloIncidents?: () => void };

/** Subscribes to the SLO engine's events once per process; returns the unsubscribe (the same one on repeated calls). */
export function subscribeSloIncidents(): () => void {
  if (globalForSlo.keelSloIncidents) return globalForSlo.keelSloIncidents;
  // One change at a time: two page alerts of an SLO fire in the same evaluation, and the second must find the first's incident.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (what: string, work: () => Promise<unknown>) => {
    queue = queue.then(work).catch((error: unknown) => console.error(`incidents: ${what} failed`, error));
  };
  const onAlert = (change: AlertChange) => enqueue(`the SLO alert of ${change.slo}`, () => handleSloAlert(change));
  const onData = (change: DataChange) => enqueue(`the SLO data change of ${change.slo}`, () => handleSloData(change));
  sloEvents.on("alert", onAlert);
  sloEvents.on("data", onData);
  const unsubscribe = () => {
    sloEvents.off("alert", onAlert);
    sloEvents.off("data", onData);
    if (globalForSlo.keelSloIncidents === unsubscribe) globalForSlo.keelSloIncidents = undefined;
  };
  globalForSlo.keelSloIncidents = unsubscribe;
  return unsubscribe;
}
