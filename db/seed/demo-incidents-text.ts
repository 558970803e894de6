// The words of the demo incidents: timeline entries for each step of a lifecycle, postmortems and their action items.
import type { IncidentStatus, TimelineKind } from "@/lib/incidents/types";
import type { PlannedIncident } from "./demo-incidents-plan";

const MINUTE = 60_000;
const DAY = 86_400_000;

export type Lifecycle = {
  acknowledgedAt: Date | null;
  investigatingAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  status: IncidentStatus;
};

type Entry = { at: Date; kind: TimelineKind; text: string; actorLabel: string };

const ALERTS: Record<string, string> = {
  "live-video": "LiveVideoPlaybackErrorBudgetBurn",
  "cdn-edge": "CdnEdge5xxRateHigh",
  transcoding: "TranscodingQueueDepthHigh",
};

const NOTES: Record<string, string[]> = {
  "live-event": ["Viewers reporting black screens on the event page; social media picking it up.", "Failing over ingest to the standby cluster."],
  cdn: ["5xx concentrated on three POPs; draining them from the pool.", "Origin shield healthy; the problem is at the edge."],
  "upstream-timeout": ["p99 latency to the upstream at 8 s; retries piling up.", "Lowering the client timeout and turning on the circuit breaker."],
  "transcoding-backlog": ["Queue depth at 14k jobs and rising.", "Scaling the transcoder pool from 40 to 120 nodes."],
  capacity: ["CPU saturated on the pool; requests queueing.", "Added capacity; watching the queue drain."],
};
const DEFAULT_NOTES = ["Looking at the dashboards; error rate climbing since the start.", "Rolled back the last change; error rate back to normal."];

/** The timeline of a demo incident, oldest first, as people and Keel would have written it. */
export function timelineOf(
  plan: PlannedIncident,
  life: Lifecycle,
  context: { engineer: { email: string; name: string }; paged: boolean; deploy: { at: Date; version: string } | null; publishedAt: Date | null },
): Entry[] {
  const who = context.engineer.email;
  const start = plan.startedAt;
  const entries: Entry[] = [];
  const service = plan.services[0]!;
  if (context.deploy) entries.push({ at: context.deploy.at, kind: "deploy", text: `Deploy of ${service} ${context.deploy.version}: Scheduled release (recorded by ci)`, actorLabel: "system" });
  if (plan.source === "alertmanager") {
    entries.push({ at: start, kind: "status", text: `Opened by Alertmanager as ${plan.severity} by alertmanager`, actorLabel: "alertmanager" });
    entries.push({ at: start, kind: "alert", text: `Firing: ${ALERTS[service] ?? "ServiceErrorRateHigh"} (service=${service}, severity=${plan.severity === "SEV1" ? "page" : "ticket"})`, actorLabel: "alertmanager" });
  } else {
    entries.push({ at: start, kind: "status", text: `Declared as ${plan.severity} by ${who}`, actorLabel: who });
  }
  if (context.paged) entries.push({ at: start, kind: "assignment", text: `Paged ${context.engineer.name} (on call)`, actorLabel: "system" });
  if (!life.acknowledgedAt) return entries;
  if (!context.paged) entries.push({ at: life.acknowledgedAt, kind: "assignment", text: `${context.engineer.name} picked it up from the team channel`, actorLabel: who });
  entries.push({ at: life.acknowledgedAt, kind: "status", text: `Acknowledged by ${who}`, actorLabel: who });
  if (life.investigatingAt) entries.push({ at: life.investigatingAt, kind: "status", text: `Investigating (by ${who})`, actorLabel: who });
  const notes = NOTES[plan.tags[0] ?? ""] ?? DEFAULT_NOTES;
  const noteAt = (life.mitigatedAt ?? life.investigatingAt ?? life.acknowledgedAt).getTime();
  entries.push({ at: new Date(Math.max(life.acknowledgedAt.getTime(), noteAt - MINUTE)), kind: "note", text: notes[0]!, actorLabel: who });
  if (life.mitigatedAt) {
    entries.push({ at: life.mitigatedAt, kind: "note", text: notes[1]!, actorLabel: who });
    entries.push({ at: life.mitigatedAt, kind: "status", text: `Mitigated (by ${who})`, actorLabel: who });
  }
  if (life.resolvedAt) entries.push({ at: life.resolvedAt, kind: "status", text: `Resolved (by ${who})`, actorLabel: who });
  if (context.publishedAt) entries.push({ at: context.publishedAt, kind: "postmortem", text: "Postmortem published", actorLabel: who });
  if (life.closedAt) entries.push({ at: life.closedAt, kind: "status", text: `Closed (by ${who})`, actorLabel: who });
  return entries;
}

const ACTIONS: Record<string, [string, string]> = {
  "live-event": ["Pre-scale ingest an hour before scheduled live events", "Runbook: fail over the ingest cluster in under 5 minutes"],
  cdn: ["Alert on edge 5xx per POP, not only globally", "Automate draining a failing POP"],
  "upstream-timeout": ["Set upstream timeouts and retries with jitter", "Circuit breaker in front of the dependency"],
  "transcoding-backlog": ["Autoscale the transcoder pool on queue depth", "Capacity review before peak events"],
  playback: ["Client-side rebuffering SLI per region", "Runbook: switch the player to the fallback CDN"],
};
const DEFAULT_ACTIONS: [string, string] = ["Write the runbook for this failure", "Dashboard panel for the signal that caught it"];

type ActionItemRow = { title: string; dueAt: Date; priority: "P1" | "P2"; status: "open" | "in_progress" | "done"; completedAt: Date | null };

/** A blameless postmortem and its two action items: done when long past due, otherwise open (some of them overdue). */
export function postmortemOf(plan: PlannedIncident, nowMs: number, publishAt: Date): { fields: Record<"summary" | "usersAffected" | "impact" | "detection" | "rootCauses" | "contributingFactors" | "wentWell" | "wentWrong" | "gotLucky", string>; actionItems: ActionItemRow[] } {
  const minutes = plan.resolveMin ?? 0;
  const fields = {
    summary: `${plan.title}. Resolved in ${minutes} minutes.`,
    usersAffected: plan.severity === "SEV1" ? "Most viewers of the affected streams." : "Some viewers in the affected regions.",
    impact: `${plan.severity}: ${minutes} minutes of ${plan.severity === "SEV1" ? "outage" : "degraded service"} on ${plan.services.join(", ")}.`,
    detection: plan.source === "alertmanager" ? "An SLO burn-rate alert paged the on-call engineer." : "Reported by the support desk.",
    rootCauses: "A change in load met a limit nobody had written down.",
    contributingFactors: "No runbook step for this failure; the dashboards did not show the limit.",
    wentWell: "The incident commander kept one channel and regular updates.",
    wentWrong: "Time was lost finding who owned the failing component.",
    gotLucky: "The failure began after the event's peak audience had passed.",
  };
  const titles = ACTIONS[plan.tags[0] ?? ""] ?? DEFAULT_ACTIONS;
  const actionItems = titles.map((title, i): ActionItemRow => {
    const dueAt = new Date(publishAt.getTime() + (i === 0 ? 21 : 45) * DAY);
    const done = dueAt.getTime() < nowMs - 30 * DAY;
    return { title, dueAt, priority: plan.severity === "SEV1" && i === 0 ? "P1" : "P2", status: done ? "done" : i === 0 ? "in_progress" : "open", completedAt: done ? new Date(dueAt.getTime() - 2 * DAY) : null };
  });
  return { fields, actionItems };
}
