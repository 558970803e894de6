// Outgoing incident notifications: the webhook settings' schema, the generic JSON and Slack-compatible payloads, and the
// retry schedule. Drills are marked DRILL in every payload.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { NOTIFICATION_EVENTS, NOTIFICATION_FORMATS, type NotificationEvent, type NotificationFormat, type Severity } from "./types";

export const webhookInputSchema = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(100, "must be at most 100 characters"),
  url: z.string({ error: "is required" }).trim().url("must be a URL").regex(/^https?:\/\//i, "must be an http(s) URL").max(2_000),
  format: z.enum(NOTIFICATION_FORMATS, { error: "must be generic or slack" }),
  events: z.array(z.enum(NOTIFICATION_EVENTS, { error: "must be declared, severity_changed or resolved" })).min(1, "choose at least one event"),
  team: slugSchema.nullable().optional().describe("Only incidents of this team (default: every team)"),
  enabled: z.boolean().optional().default(true),
});
export type WebhookInput = z.infer<typeof webhookInputSchema>;

/**
 * Keel's retry schedule after a failed delivery: 30 s, 2 min, 10 min, 30 min, 1 h; after the sixth failed attempt the
 * delivery is given up (status failed). Returns null when no attempt is left.
 */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;
export function retryDelayMs(failedAttempts: number): number | null {
  return RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
}

export type NoticeFacts = {
  event: NotificationEvent;
  number: number;
  title: string;
  severity: Severity;
  previousSeverity?: Severity;
  status: string;
  isDrill: boolean;
  services: readonly string[];
  team: string | null;
  startedAt: Date;
  resolvedAt: Date | null;
  /** The incident's page, when Keel knows its public address. */
  url: string | null;
};

const EVENT_WORDS: Record<NotificationEvent, string> = { declared: "declared", severity_changed: "severity changed", resolved: "resolved" };

/** One line a person reads first: "[DRILL] SEV1 incident #12 declared: Checkout errors". */
export function headline(n: NoticeFacts): string {
  const change = n.event === "severity_changed" && n.previousSeverity ? ` (${n.previousSeverity} → ${n.severity})` : "";
  return `${n.isDrill ? "[DRILL] " : ""}${n.severity} incident #${n.number} ${EVENT_WORDS[n.event]}${change}: ${n.title}`;
}

export function genericPayload(n: NoticeFacts) {
  return {
    event: `incident.${n.event}`,
    text: headline(n),
    incident: {
      number: n.number,
      title: n.title,
      severity: n.severity,
      previousSeverity: n.previousSeverity ?? null,
      status: n.status,
      drill: n.isDrill,
      services: [...n.services],
      team: n.team,
      startedAt: n.startedAt.toISOString(),
      resolvedAt: n.resolvedAt ? n.resolvedAt.toISOString() : null,
      url: n.url,
    },
  };
}

/** Slack's incoming-webhook shape: `text` for notifications, blocks for the message. */
export function slackPayload(n: NoticeFacts) {
  const text = headline(n);
  const fields = [`*Severity:* ${n.severity}`, `*Status:* ${n.status}`, `*Services:* ${n.services.join(", ") || "none"}`, `*Team:* ${n.team ?? "none"}`];
  return {
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: n.url ? `*<${n.url}|${escapeSlack(text)}>*` : `*${escapeSlack(text)}*` } },
      { type: "section", fields: fields.map((f) => ({ type: "mrkdwn", text: f })) },
      ...(n.isDrill ? [{ type: "context", elements: [{ type: "mrkdwn", text: "This is a drill: a planned game day, not a real outage." }] }] : []),
    ],
  };
}

function escapeSlack(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function payloadFor(format: NotificationFormat, n: NoticeFacts) {
  return format === "slack" ? slackPayload(n) : genericPayload(n);
}
