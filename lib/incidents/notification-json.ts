// The API's JSON shapes of notification webhooks and deliveries.
type Webhook = { id: number; name: string; url: string; format: string; events: readonly string[]; teamSlug: string | null; isEnabled: boolean; createdAt: Date };
type Delivery = {
  id: number;
  webhookId: number;
  webhookName: string;
  event: string;
  incidentNumber: number | null;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function webhookToJson(w: Webhook) {
  return { id: w.id, name: w.name, url: w.url, format: w.format, events: [...w.events], team: w.teamSlug, enabled: w.isEnabled, createdAt: w.createdAt.toISOString() };
}

export function deliveryToJson(d: Delivery) {
  return {
    id: d.id,
    webhook: d.webhookId,
    webhookName: d.webhookName,
    event: d.event,
    incident: d.incidentNumber,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    createdAt: d.createdAt.toISOString(),
  };
}
