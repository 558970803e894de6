// One incident as a row of the log (and of the service and SLO pages' lists).
import { isOpen, STATUS_LABELS } from "../lifecycle";
import type { IncidentPolicy } from "../policy";
import type { IncidentStatus, Severity } from "../types";
import { formatDuration } from "./format";
import { overdueView } from "./overdue";

export type IncidentRowFacts = {
  number: number;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  isDrill: boolean;
  startedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  tags: readonly string[];
  services: readonly { slug: string; name: string }[];
  commander: { name: string } | null;
  assignee: { name: string } | null;
};

export type IncidentRow = {
  number: number;
  href: string;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  statusLabel: string;
  isDrill: boolean;
  startedAtIso: string;
  /** "Open for 2 h 5 min" while open, "Resolved in 45 min" after. */
  duration: string;
  services: { slug: string; name: string }[];
  /** The commander, else the assignee, else null. */
  lead: string | null;
  overdue: boolean;
  overdueText: string | null;
  tags: string[];
};

export function incidentRow(incident: IncidentRowFacts, policy: IncidentPolicy, now: Date): IncidentRow {
  const overdue = overdueView(incident, policy, now);
  const open = isOpen(incident.status);
  const end = incident.resolvedAt ?? now;
  const took = formatDuration(end.getTime() - incident.startedAt.getTime());
  return {
    number: incident.number,
    href: `/incidents/${incident.number}`,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    statusLabel: STATUS_LABELS[incident.status],
    isDrill: incident.isDrill,
    startedAtIso: incident.startedAt.toISOString(),
    duration: open || !incident.resolvedAt ? `Open for ${took}` : `Resolved in ${took}`,
    services: incident.services.map((s) => ({ slug: s.slug, name: s.name })),
    lead: incident.commander?.name ?? incident.assignee?.name ?? null,
    overdue: overdue.overdue,
    overdueText: overdue.overdue ? (overdue.missed.at(-1) ?? null) : null,
    tags: [...incident.tags],
  };
}

/** Comma-separated tags as a person types them: trimmed, empty ones dropped, repeats kept once. */
export function tagsFromText(text: string): string[] {
  return [...new Set(text.split(",").map((t) => t.trim()).filter(Boolean))];
}
