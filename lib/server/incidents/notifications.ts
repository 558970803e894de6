// Outgoing notifications: admins configure webhooks; incident notices (declared, severity changed, resolved) queue one
// delivery per matching webhook; a worker posts them, retrying failures with backoff, and keeps the delivery log.
import "server-only";
import { findIncidentById } from "@/db/queries/incidents";
import {
  deleteWebhook as removeWebhook,
  findWebhook,
  insertWebhook,
  listDueDeliveries,
  queueDeliveries,
  recordAttempt,
  updateWebhook as changeWebhook,
  webhooksFor,
  type WebhookRecord,
  type WebhookValues,
} from "@/db/queries/notifications";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import { payloadFor, retryDelayMs, type NoticeFacts, type WebhookInput } from "@/lib/incidents/notifications";
import { emitChange } from "../change-events";
import { assertAdmin, invalid, notFound } from "../errors";
import { incidentEvents, type IncidentNotice } from "./events";

async function valuesOf(input: WebhookInput): Promise<WebhookValues> {
  let teamId: number | null = null;
  if (input.team) {
    const team = await findTeamBySlug(input.team);
    if (!team) throw invalid(`team: no team with slug "${input.team}"`, "team");
    teamId = team.id;
  }
  return { name: input.name, url: input.url, format: input.format, events: [...new Set(input.events)], teamId, isEnabled: input.enabled };
}

export async function createWebhook({ caller, input }: { caller: Caller; input: WebhookInput }): Promise<WebhookRecord> {
  assertAdmin(caller);
  const created = await insertWebhook(await valuesOf(input), caller.actor);
  emitChange({ entity: "notification_webhook", action: "created", key: String(created.id), actor: caller.actor.label });
  return (await findWebhook(created.id))!;
}

export async function updateWebhook({ caller, id, input }: { caller: Caller; id: number; input: WebhookInput }): Promise<WebhookRecord> {
  assertAdmin(caller);
  if (!(await changeWebhook(id, await valuesOf(input), caller.actor))) throw notFound(`No webhook ${id}`);
  emitChange({ entity: "notification_webhook", action: "updated", key: String(id), actor: caller.actor.label });
  return (await findWebhook(id))!;
}

export async function deleteWebhook({ caller, id }: { caller: Caller; id: number }): Promise<void> {
  assertAdmin(caller);
  if (!(await removeWebhook(id, caller.actor))) throw notFound(`No webhook ${id}`);
  emitChange({ entity: "notification_webhook", action: "deleted", key: String(id), actor: caller.actor.label });
}

const incidentUrl = (baseUrl: string | null, number: number) => (baseUrl ? `${baseUrl.replace(/\/$/, "")}/incidents/${number}` : null);

/** Queues the notice's deliveries: one per enabled webhook that wants the event for the incident's team. */
export async function queueNotice(notice: IncidentNotice, baseUrl: string | null): Promise<number> {
  const incident = await findIncidentById(notice.incidentId);
  if (!incident) return 0;
  const hooks = await webhooksFor(notice.event, incident.teamId);
  const facts: NoticeFacts = {
    event: notice.event,
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    previousSeverity: notice.previousSeverity,
    status: incident.status,
    isDrill: incident.isDrill,
    services: incident.services.map((s) => s.slug),
    team: incident.teamSlug,
    startedAt: incident.startedAt,
    resolvedAt: incident.resolvedAt,
    url: incidentUrl(baseUrl, incident.number),
  };
  await queueDeliveries(
    hooks.map((hook) => ({ webhookId: hook.id, incidentId: incident.id, event: notice.event, payload: payloadFor(hook.format, facts) })),
    notice.at,
  );
  return hooks.length;
}

/** Queues a test message to one webhook (admins), delivered like any other. */
export async function sendTestNotification({ caller, id }: { caller: Caller; id: number }): Promise<void> {
  assertAdmin(caller);
  const hook = await findWebhook(id);
  if (!hook) throw notFound(`No webhook ${id}`);
  const text = `Test message from Keel for webhook "${hook.name}"`;
  const payload = hook.format === "slack" ? { text } : { event: "test", text };
  await queueDeliveries([{ webhookId: id, incidentId: null, event: "test", payload }], new Date());
}

const TIMEOUT_MS = 10_000;

async function post(url: string, payload: unknown, fetchImpl: typeof fetch): Promise<{ ok: boolean; statusCode: number | null; error: string | null }> {
  try {
    const response = await fetchImpl(url, { method: "POST", headers: { "content-type": "application/json", "user-agent": "Keel-Notifications/1" }, body: JSON.stringify(payload), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "manual" });
    await response.body?.cancel();
    return { ok: response.ok, statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Posts every due delivery once; failures are retried later by the schedule, then given up. Returns how many were tried. */
export async function deliverDue({ now = new Date(), fetchImpl = fetch }: { now?: Date; fetchImpl?: typeof fetch } = {}): Promise<number> {
  const due = await listDueDeliveries(now);
  for (const delivery of due) {
    const result = await post(delivery.url, delivery.payload, fetchImpl);
    const attempts = delivery.attempts + 1;
    if (result.ok) {
      await recordAttempt(delivery.id, { status: "delivered", attempts, statusCode: result.statusCode, error: null, nextAttemptAt: null, at: new Date() });
      continue;
    }
    const delay = retryDelayMs(attempts);
    await recordAttempt(delivery.id, {
      status: delay === null ? "failed" : "pending",
      attempts,
      statusCode: result.statusCode,
      error: result.error,
      nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
      at: new Date(),
    });
  }
  return due.length;
}

const globalForNotifier = globalThis as unknown as { keelNotifier?: { stop: () => void } };

/** Queues deliveries as incidents change and posts them at once, with a sweep for retries every `intervalMs`. */
export function startNotifier({ intervalMs = 15_000, baseUrl }: { intervalMs?: number; baseUrl: string | null }): () => void {
  globalForNotifier.keelNotifier?.stop();
  let running: Promise<unknown> = Promise.resolve();
  const deliver = () => {
    running = running.then(() => deliverDue()).catch((error: unknown) => console.error("notifications: delivery failed", error));
  };
  const onNotice = (notice: IncidentNotice) => {
    queueNotice(notice, baseUrl)
      .then((queued) => (queued ? deliver() : undefined))
      .catch((error: unknown) => console.error("notifications: queueing failed", error));
  };
  incidentEvents.on("incident", onNotice);
  const timer = setInterval(deliver, intervalMs);
  timer.unref();
  const stop = () => {
    incidentEvents.off("incident", onNotice);
    clearInterval(timer);
  };
  globalForNotifier.keelNotifier = { stop };
  return stop;
}
