// The API's JSON shape of an incident (the contract's fields first, then Keel's additions).
import { drillTimings } from "./drills";
import type { IncidentSource, IncidentStatus, Severity, TimelineKind } from "./types";

type Person = { name: string; email: string } | null;

export type IncidentJsonSource = {
  number: number;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  services: readonly { slug: string }[];
  source: IncidentSource;
  isDrill: boolean;
  startedAt: Date;
  acknowledgedAt: Date | null;
  investigatingAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  escalatedAt: Date | null;
  summary: string;
  customerImpact: string;
  tags: readonly string[];
  teamSlug: string | null;
  sloSlug: string | null;
  assignee: Person;
  commander: Person;
  communications: Person;
  scribe: Person;
  createdAt: Date;
  updatedAt: Date;
};

export type TimelineJsonSource = { id: number; at: Date; kind: TimelineKind; text: string; actorLabel: string; editedAt: Date | null };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const personJson = (p: Person) => (p ? { name: p.name, email: p.email } : null);

export function timelineEntryToJson(entry: TimelineJsonSource) {
  return { id: entry.id, at: entry.at.toISOString(), kind: entry.kind, text: entry.text, actor: entry.actorLabel, editedAt: iso(entry.editedAt) };
}

export function incidentToJson(incident: IncidentJsonSource, timeline?: readonly TimelineJsonSource[]) {
  return {
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    services: incident.services.map((s) => s.slug),
    source: incident.source === "drill" ? "manual" : incident.source,
    drill: incident.isDrill,
    startedAt: incident.startedAt.toISOString(),
    acknowledgedAt: iso(incident.acknowledgedAt),
    investigatingAt: iso(incident.investigatingAt),
    mitigatedAt: iso(incident.mitigatedAt),
    resolvedAt: iso(incident.resolvedAt),
    closedAt: iso(incident.closedAt),
    escalatedAt: iso(incident.escalatedAt),
    summary: incident.summary,
    customerImpact: incident.customerImpact,
    tags: [...incident.tags],
    team: incident.teamSlug,
    slo: incident.sloSlug,
    assignee: personJson(incident.assignee),
    roles: { commander: personJson(incident.commander), communications: personJson(incident.communications), scribe: personJson(incident.scribe) },
    createdAt: incident.createdAt.toISOString(),
    updatedAt: incident.updatedAt.toISOString(),
    ...(timeline ? { timeline: timeline.map(timelineEntryToJson) } : {}),
  };
}

export type DrillJsonSource = {
  id: number;
  title: string;
  scenario: string;
  hypothesis: string;
  status: string;
  scheduledAt: Date;
  serviceSlug: string;
  teamSlug: string;
  participants: readonly { name: string; email: string }[];
  runbook: { slug: string; title: string; url: string | null } | null;
  faultInjectedAt: Date | null;
  runbookFollowed: string | null;
  runbookNote: string;
  incident: { number: number; status: string; startedAt: Date; acknowledgedAt: Date | null; escalatedAt: Date | null; resolvedAt: Date | null } | null;
};

export function drillToJson(drill: DrillJsonSource) {
  const timings = drillTimings({
    faultInjectedAt: drill.faultInjectedAt,
    triggeredAt: drill.incident?.startedAt ?? null,
    acknowledgedAt: drill.incident?.acknowledgedAt ?? null,
    escalatedAt: drill.incident?.escalatedAt ?? null,
    resolvedAt: drill.incident?.resolvedAt ?? null,
  });
  return {
    id: drill.id,
    drill: true,
    title: drill.title,
    service: drill.serviceSlug,
    team: drill.teamSlug,
    scenario: drill.scenario,
    hypothesis: drill.hypothesis,
    status: drill.status,
    scheduledAt: drill.scheduledAt.toISOString(),
    participants: drill.participants.map((p) => ({ name: p.name, email: p.email })),
    runbook: drill.runbook,
    incident: drill.incident?.number ?? null,
    faultInjectedAt: iso(drill.faultInjectedAt),
    runbookFollowed: drill.runbookFollowed,
    runbookNote: drill.runbookNote,
    timings,
  };
}
