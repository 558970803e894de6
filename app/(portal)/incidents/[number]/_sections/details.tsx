// The affected services (linking to their pages and SLOs), and the summary, customer impact and tags.
import Link from "next/link";
import type { IncidentRecord } from "@/db/queries/incidents";
import { DetailsForm } from "@/components/incidents/incident-controls";
import { Badge } from "@/components/ui/badge";
import { changeIncidentAction } from "../../actions";
import { loadServiceSlos } from "../_data";

export async function AffectedServices({ incident }: { incident: IncidentRecord }) {
  if (!incident.services.length) return <p className="text-sm text-muted">No known service: the alert that opened it named none. An admin may change it.</p>;
  const slos = await loadServiceSlos(incident.services.map((s) => s.slug).join(","));
  return (
    <ul className="grid gap-2 text-sm">
      {incident.services.map((service, index) => (
        <li key={service.slug}>
          <Link href={`/services/${service.slug}`} className="font-medium text-primary hover:underline">
            {service.name}
          </Link>
          <span className="text-muted"> · Tier {service.tier}{index === 0 ? " · owns the incident" : ""}</span>
          {slos.get(service.slug)?.length ? (
            <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs">
              <span className="text-muted">SLOs:</span>
              {slos.get(service.slug)!.map((slo) => (
                <Link key={slo.slug} href={`/slos/${slo.slug}`} className="text-primary hover:underline">
                  {slo.name}
                </Link>
              ))}
            </div>
          ) : null}
        </li>
      ))}
      {incident.sloSlug ? (
        <li className="text-xs text-muted">
          Opened by the SLO{" "}
          <Link href={`/slos/${incident.sloSlug}`} className="text-primary hover:underline">
            {incident.sloSlug}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

export function IncidentDetails({ incident, canEdit }: { incident: IncidentRecord; canEdit: boolean }) {
  if (canEdit) {
    return (
      <DetailsForm
        action={changeIncidentAction.bind(null, incident.number)}
        initial={{ title: incident.title, summary: incident.summary, customerImpact: incident.customerImpact, tags: incident.tags.join(", ") }}
      />
    );
  }
  return (
    <dl className="grid gap-3 text-sm">
      <div>
        <dt className="font-medium">Summary</dt>
        <dd className="whitespace-pre-wrap text-muted">{incident.summary || "No summary yet."}</dd>
      </div>
      <div>
        <dt className="font-medium">Customer impact</dt>
        <dd className="whitespace-pre-wrap text-muted">{incident.customerImpact || "Not described yet."}</dd>
      </div>
      <div>
        <dt className="font-medium">Tags</dt>
        <dd className="flex flex-wrap gap-1">{incident.tags.length ? incident.tags.map((tag) => <Badge key={tag}>{tag}</Badge>) : <span className="text-muted">None</span>}</dd>
      </div>
    </dl>
  );
}
