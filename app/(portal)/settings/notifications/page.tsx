import { listDeliveries, listWebhooks } from "@/db/queries/notifications";
import { listTeams } from "@/db/queries/teams";
import { CreateWebhookForm, WebhookButtons } from "@/components/settings/notifications";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageRole } from "@/lib/auth/session";

export const metadata = { title: "Notifications" };

const EVENT_WORDS: Record<string, string> = { declared: "declared", severity_changed: "severity changed", resolved: "resolved", test: "test" };
const STATUS_TONES = { delivered: "success", pending: "warning", failed: "danger" } as const;

export default async function NotificationsPage() {
  await requirePageRole("admin");
  const [webhooks, deliveries, teams] = await Promise.all([listWebhooks(), listDeliveries({ limit: 50 }), listTeams()]);
  return (
    <div className="grid gap-6">
      <PageHeader title="Notifications" description="Keel posts to these webhooks when an incident is declared, changes severity or is resolved. Drills are marked DRILL in every message." />
      <Card aria-labelledby="new-webhook" className="max-w-2xl">
        <CardTitle id="new-webhook">Add a webhook</CardTitle>
        <CreateWebhookForm teams={teams.map(({ slug, name }) => ({ slug, name }))} />
      </Card>
      <section aria-labelledby="webhooks" className="grid gap-2">
        <h2 id="webhooks" className="text-lg font-semibold">
          Webhooks
        </h2>
        {webhooks.length === 0 ? (
          <p className="text-sm text-muted">No webhooks yet. Add one above to tell a chat channel or a paging tool about incidents.</p>
        ) : (
          <Table label="Webhooks">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Format</Th>
                <Th>Events</Th>
                <Th>Team</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((w) => (
                <tr key={w.id}>
                  <Td>
                    <div className="font-medium">{w.name}</div>
                    <div className="max-w-xs truncate font-mono text-xs text-muted">{w.url}</div>
                    {w.isEnabled ? null : <Badge>Disabled</Badge>}
                  </Td>
                  <Td>{w.format === "slack" ? "Slack" : "Generic JSON"}</Td>
                  <Td>{w.events.map((e) => EVENT_WORDS[e] ?? e).join(", ")}</Td>
                  <Td>{w.teamSlug ?? "All teams"}</Td>
                  <Td>
                    <WebhookButtons id={w.id} name={w.name} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="deliveries" className="grid gap-2">
        <h2 id="deliveries" className="text-lg font-semibold">
          Delivery log
        </h2>
        {deliveries.length === 0 ? (
          <p className="text-sm text-muted">Nothing sent yet. Deliveries appear here with each attempt&apos;s outcome.</p>
        ) : (
          <Table label="Delivery log">
            <thead>
              <tr>
                <Th>Queued</Th>
                <Th>Webhook</Th>
                <Th>Event</Th>
                <Th>Incident</Th>
                <Th>Status</Th>
                <Th>Attempts</Th>
                <Th>Last answer</Th>
                <Th>Next attempt</Th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <FormattedTime iso={d.createdAt.toISOString()} withSeconds />
                  </Td>
                  <Td>{d.webhookName}</Td>
                  <Td>{EVENT_WORDS[d.event] ?? d.event}</Td>
                  <Td>{d.incidentNumber ? `#${d.incidentNumber}` : "—"}</Td>
                  <Td>
                    <Badge tone={STATUS_TONES[d.status]}>{d.status}</Badge>
                  </Td>
                  <Td className="tabular-nums">{d.attempts}</Td>
                  <Td>{d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}</Td>
                  <Td>{d.nextAttemptAt ? <FormattedTime iso={d.nextAttemptAt.toISOString()} withSeconds /> : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
