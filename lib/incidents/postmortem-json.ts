// The API's JSON shapes of postmortems (with the computed impact and the incident's timeline), action items and runbooks.
import { isActionItemOverdue } from "./postmortem";
import { timelineEntryToJson, type TimelineJsonSource } from "./json";
import type { ActionItemPriority, ActionItemStatus, PostmortemStatus } from "./types";

type Person = { name: string; email: string } | null;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const personJson = (p: Person) => (p ? { name: p.name, email: p.email } : null);

export type ActionItemJsonSource = {
  id: number;
  title: string;
  owner: Person;
  dueAt: Date | null;
  priority: ActionItemPriority;
  status: ActionItemStatus;
  completedAt: Date | null;
  incidentNumber: number;
  isDrill: boolean;
  teamSlug: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function actionItemToJson(item: ActionItemJsonSource, now: Date) {
  const overdue = isActionItemOverdue(item, now);
  return {
    id: item.id,
    incident: item.incidentNumber,
    drill: item.isDrill,
    team: item.teamSlug,
    title: item.title,
    owner: personJson(item.owner),
    dueAt: iso(item.dueAt),
    priority: item.priority,
    status: item.status,
    overdue,
    completedAt: iso(item.completedAt),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

export type PostmortemJsonSource = {
  incident: { number: number; title: string; status: string };
  postmortem: {
    status: PostmortemStatus;
    summary: string;
    usersAffected: string;
    impact: string;
    detection: string;
    rootCauses: string;
    contributingFactors: string;
    wentWell: string;
    wentWrong: string;
    gotLucky: string;
    author: Person;
    publishedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  } | null;
  impact: { durationMinutes: number; ongoing: boolean; slos: { slug: string; name: string; service: string; target: number; budgetingMethod: string; budgetBurned: number | null }[] };
  timeline: readonly TimelineJsonSource[];
  actionItems: readonly ActionItemJsonSource[];
  canClose: boolean;
};

const EMPTY = { status: "draft" as const, summary: "", usersAffected: "", impact: "", detection: "", rootCauses: "", contributingFactors: "", wentWell: "", wentWrong: "", gotLucky: "" };

/** A postmortem, or the empty draft an incident without one would start from (`exists: false`). */
export function postmortemToJson(view: PostmortemJsonSource, now: Date) {
  const p = view.postmortem;
  return {
    incident: view.incident.number,
    incidentTitle: view.incident.title,
    incidentStatus: view.incident.status,
    exists: p !== null,
    ...(p
      ? { status: p.status, summary: p.summary, usersAffected: p.usersAffected, impact: p.impact, detection: p.detection, rootCauses: p.rootCauses, contributingFactors: p.contributingFactors, wentWell: p.wentWell, wentWrong: p.wentWrong, gotLucky: p.gotLucky }
      : EMPTY),
    author: personJson(p?.author ?? null),
    publishedAt: iso(p?.publishedAt ?? null),
    createdAt: iso(p?.createdAt ?? null),
    updatedAt: iso(p?.updatedAt ?? null),
    computedImpact: view.impact,
    timeline: view.timeline.map(timelineEntryToJson),
    actionItems: view.actionItems.map((item) => actionItemToJson(item, now)),
    canClose: view.canClose,
  };
}

export type RunbookJsonSource = { slug: string; title: string; url: string | null; body: string; serviceSlug: string; createdAt: Date; updatedAt: Date };

export function runbookToJson(runbook: RunbookJsonSource) {
  return { slug: runbook.slug, service: runbook.serviceSlug, title: runbook.title, url: runbook.url, body: runbook.body, createdAt: runbook.createdAt.toISOString(), updatedAt: runbook.updatedAt.toISOString() };
}
