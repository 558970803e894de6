// The runbooks of an incident's services, for the incident page (streamed; the first service's first).
import { RunbookList } from "@/components/incidents/runbook-list";
import { incidentRunbooks } from "@/lib/server/incidents/runbooks";

export async function IncidentRunbooks({ number }: { number: number }) {
  const runbooks = await incidentRunbooks(number);
  if (!runbooks.length) return <p className="text-sm text-muted">The affected services have no runbooks yet; their teams add them on each service&apos;s page.</p>;
  return (
    <RunbookList
      label="Runbooks of the affected services"
      showService
      runbooks={runbooks.map((r) => ({ service: r.serviceSlug, serviceName: r.serviceName, slug: r.slug, title: r.title, url: r.url, hasBody: r.body.trim() !== "" }))}
    />
  );
}
