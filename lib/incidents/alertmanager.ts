// Alertmanager's webhook (payload version 4, as Alertmanager 0.25+ sends it from `webhook_configs`): the schema and the
// mapping to an incident's severity, title, services and timeline texts. Pure: looking up services and runbooks is the caller's.
import { z } from "zod";
import { SEVERITIES, type Severity } from "./types";

const labelSet = z.record(z.string(), z.string(), { error: "must be an object of string values" });
const instant = z.string({ error: "must be an RFC 3339 time" }).refine((s) => !Number.isNaN(Date.parse(s)), "must be an RFC 3339 time");

const alertSchema = z.looseObject({
  status: z.enum(["firing", "resolved"], { error: 'must be "firing" or "resolved"' }),
  labels: labelSet,
  annotations: labelSet.default({}),
  startsAt: instant,
  // "0001-01-01T00:00:00Z" while a firing alert has no end.
  endsAt: instant.optional(),
  generatorURL: z.string().default(""),
  fingerprint: z.string({ error: "is required" }).min(1, "is required").max(200, "must be at most 200 characters"),
});
export type AlertmanagerAlert = z.infer<typeof alertSchema>;

export const alertmanagerPayloadSchema = z.looseObject({
  version: z.literal("4", { error: 'must be "4" (Alertmanager webhook payload version 4)' }),
  groupKey: z.string({ error: "is required" }).min(1, "is required").max(2000, "must be at most 2000 characters"),
  status: z.enum(["firing", "resolved"], { error: 'must be "firing" or "resolved"' }),
  receiver: z.string().default(""),
  groupLabels: labelSet.default({}),
  commonLabels: labelSet.default({}),
  commonAnnotations: labelSet.default({}),
  externalURL: z.string().default(""),
  truncatedAlerts: z.number().optional(),
  alerts: z.array(alertSchema, { error: "must be a list of alerts" }).min(1, "must hold at least one alert").max(1000, "at most 1000 alerts"),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;

/** keel_severity (SEV1..SEV4) wins; else severity critical/page → SEV2, warning/ticket → SEV3, anything else SEV4. */
export function severityOfLabels(labels: Record<string, string>): Severity {
  const explicit = labels.keel_severity?.trim().toUpperCase();
  if (explicit && (SEVERITIES as readonly string[]).includes(explicit)) return explicit as Severity;
  const word = labels.severity?.trim().toLowerCase();
  if (word === "critical" || word === "page") return "SEV2";
  if (word === "warning" || word === "ticket") return "SEV3";
  return "SEV4";
}

/** The group's severity: the most severe of its firing alerts (all alerts when none fires), read with severityOfLabels. */
export function severityOfGroup(payload: AlertmanagerPayload): Severity {
  const firing = payload.alerts.filter((a) => a.status === "firing");
  const ranked = (firing.length ? firing : payload.alerts).map((a) => severityOfLabels({ ...payload.commonLabels, ...a.labels }));
  return ranked.reduce((best, s) => (SEVERITIES.indexOf(s) < SEVERITIES.indexOf(best) ? s : best), "SEV4");
}

// Labels that say what kind of alert it is rather than which one; left out of names.
const PLAIN_LABELS = new Set(["alertname", "severity", "keel_severity", "service"]);

function labelWords(labels: Record<string, string>, skip: ReadonlySet<string>): string {
  const rest = Object.entries(labels)
    .filter(([key]) => !PLAIN_LABELS.has(key) && !skip.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}="${value}"`);
  return rest.length ? ` {${rest.join(", ")}}` : "";
}

/** The incident's title: the common summary, else the alert name with the group's labels. */
export function titleOfGroup(payload: AlertmanagerPayload): string {
  const summary = payload.commonAnnotations.summary?.trim();
  const name = payload.commonLabels.alertname ?? payload.groupLabels.alertname ?? payload.alerts[0]?.labels.alertname ?? "Alert";
  const service = payload.commonLabels.service;
  const title = summary || `${name}${labelWords(payload.groupLabels, new Set())}${service ? ` on ${service}` : ""}`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** The `service` labels of the group, common one first, without repeats (the caller keeps those naming a service). */
export function serviceLabels(payload: AlertmanagerPayload): string[] {
  const all = [payload.commonLabels.service, ...payload.alerts.map((a) => a.labels.service)].map((s) => s?.trim()).filter((s): s is string => Boolean(s));
  return [...new Set(all)];
}

/** The runbook an alert names: `runbook_url` (a link) or `keel_runbook` (a runbook slug of the service, or a link). */
export function runbookOf(alert: AlertmanagerAlert, common: Record<string, string> = {}): { url: string } | { slug: string } | null {
  const annotations = { ...common, ...alert.annotations };
  const url = annotations.runbook_url?.trim();
  if (url) return { url };
  const keel = annotations.keel_runbook?.trim();
  if (!keel) return null;
  return /^https?:\/\//i.test(keel) ? { url: keel } : { slug: keel };
}

/** Alertmanager's zero time, sent as the end of an alert that has none yet. */
const endOf = (alert: AlertmanagerAlert): Date | null => {
  if (!alert.endsAt) return null;
  const ms = Date.parse(alert.endsAt);
  return ms <= 0 ? null : new Date(ms);
};

/** What identifies one alert's firing or resolution across Alertmanager's re-sends of the whole group. */
export type AlertReceipt = { fingerprint: string; status: "firing" | "resolved"; startsAt: Date };

export const receiptOf = (alert: AlertmanagerAlert): AlertReceipt => ({ fingerprint: alert.fingerprint, status: alert.status, startsAt: new Date(alert.startsAt) });

/**
 * The timeline entry for one alert: when (its start when firing, its end when resolved) and what, with its summary or
 * description, where it came from, and the runbook link (`runbook` resolved by the caller when it named a stored one).
 */
export function alertEntry(alert: AlertmanagerAlert, payload: AlertmanagerPayload, runbook: { title?: string; url: string } | null, receivedAt: Date): { at: Date; text: string } {
  const annotations = { ...payload.commonAnnotations, ...alert.annotations };
  const name = `${alert.labels.alertname ?? "Alert"}${labelWords(alert.labels, new Set(Object.keys(payload.groupLabels).filter((k) => k !== "alertname")))}`;
  const what = annotations.summary?.trim() || annotations.description?.trim();
  const parts = [`${alert.status === "firing" ? "Alert firing" : "Alert resolved"}: ${name}${what ? ` — ${what}` : ""}`];
  if (alert.status === "firing" && annotations.summary?.trim() && annotations.description?.trim()) parts.push(annotations.description.trim());
  if (alert.generatorURL) parts.push(`Source: ${alert.generatorURL}`);
  if (runbook) parts.push(`Runbook: ${runbook.title ? `${runbook.title} ` : ""}${runbook.title ? `(${runbook.url})` : runbook.url}`);
  const at = alert.status === "firing" ? new Date(alert.startsAt) : (endOf(alert) ?? receivedAt);
  return { at, text: parts.join("\n") };
}

/** The earliest start of the group's firing alerts: when the impact began. */
export function startOfGroup(payload: AlertmanagerPayload): Date {
  const starts = payload.alerts.filter((a) => a.status === "firing").map((a) => Date.parse(a.startsAt));
  return new Date(Math.min(...(starts.length ? starts : payload.alerts.map((a) => Date.parse(a.startsAt)))));
}
