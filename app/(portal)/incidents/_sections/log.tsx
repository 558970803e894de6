// The log's rows for the filters in the URL, with paging; a filter that names nothing says so instead of failing the page.
import Link from "next/link";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { IncidentTable } from "@/components/incidents/incident-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { incidentRow } from "@/lib/incidents/view/rows";
import { ChangeError } from "@/lib/server/errors";
import { searchIncidents, type IncidentListQuery } from "@/lib/server/incidents/reads";

export const PAGE_SIZE = 25;

export async function IncidentLog({ query, page, filtered, canDeclare, pageHref }: { query: IncidentListQuery; page: number; filtered: boolean; canDeclare: boolean; pageHref: (page: number) => string }) {
  let list: Awaited<ReturnType<typeof searchIncidents>>;
  try {
    list = await searchIncidents({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  } catch (error) {
    if (!(error instanceof ChangeError)) throw error;
    return (
      <EmptyState title="These filters cannot be applied" action={<ButtonLink href="/incidents">Clear filters</ButtonLink>}>
        <p>{error.message}.</p>
      </EmptyState>
    );
  }
  if (list.total === 0) {
    return filtered ? (
      <EmptyState title="No incidents match these filters" action={<ButtonLink href="/incidents">Clear filters</ButtonLink>}>
        <p>Try another status, severity or date range, or a shorter search.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No incidents yet" action={canDeclare ? <ButtonLink href="/incidents/new" variant="primary">Declare an incident</ButtonLink> : null}>
        <p>When something is wrong for users, declare an incident: it gets a number, a severity with response targets, and a timeline.</p>
        <p>
          Alertmanager and the SLO engine can open incidents too; pipelines and scripts use <code className="font-mono">POST /api/v1/incidents</code>.
        </p>
      </EmptyState>
    );
  }
  const policy = await getIncidentPolicy();
  const now = new Date();
  const rows = list.incidents.map((incident) => incidentRow(incident, policy, now));
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  return (
    <div>
      <IncidentTable rows={rows} label="Incidents" caption={`${list.total} incident${list.total === 1 ? "" : "s"}`} />
      <nav aria-label="Incident pages" className="mt-3 flex items-center justify-between text-sm">
        <span className="text-muted">
          {list.total} incident{list.total === 1 ? "" : "s"} · page {Math.min(page, pages)} of {pages}
        </span>
        <span className="flex gap-3">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-primary hover:underline">
              Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="text-primary hover:underline">
              Next page
            </Link>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
