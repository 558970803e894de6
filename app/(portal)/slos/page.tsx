import { nowMs } from "@/lib/clock";
import { listSloStatuses } from "@/db/queries/slo-status";
import { listTeams } from "@/db/queries/teams";
import { SloTable } from "@/components/slo/slo-table";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { byTrouble, toSloRow } from "@/lib/slo/rows";

export const metadata = { title: "SLOs" };

const STATUSES = [
  { value: "breached", label: "Breached" },
  { value: "at_risk", label: "At risk" },
  { value: "healthy", label: "Healthy" },
  { value: "no_data", label: "No data" },
];

export default async function SlosPage({ searchParams }: { searchParams: Promise<{ team?: string; status?: string; q?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const canCreate = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const [statuses, teams] = await Promise.all([listSloStatuses(nowMs(), { team: params.team || undefined }), listTeams()]);
  const q = params.q?.trim().toLowerCase();
  const rows = statuses
    .map(toSloRow)
    .filter((row) => !params.status || row.status === params.status)
    .filter((row) => !q || `${row.name} ${row.slug} ${row.serviceName}`.toLowerCase().includes(q))
    .sort(byTrouble);
  const filtered = Boolean(params.team || params.status || q);
  return (
    <div>
      <PageHeader
        title="SLOs"
        description="Every service level objective with its SLI, the error budget left in its window, how fast it burns, and its policy state. Trouble first."
        actions={
          <>
            {statuses.length ? (
              <a href="/api/v1/openslo/export" download="keel-slos.openslo.yaml" className={buttonClasses("secondary")}>
                Export all as OpenSLO
              </a>
            ) : null}
            {canCreate ? (
              <>
                <ButtonLink href="/slos/import">Import OpenSLO</ButtonLink>
                <ButtonLink href="/slos/new" variant="primary">
                  New SLO
                </ButtonLink>
              </>
            ) : null}
          </>
        }
      />
      {statuses.length === 0 && !filtered ? (
        <EmptyState title="No SLOs defined" action={canCreate ? <ButtonLink href="/slos/new" variant="primary">Create the first SLO</ButtonLink> : <ButtonLink href="/services">Browse services</ButtonLink>}>
          <p>Each SLO belongs to a service and measures availability or latency against a target over a rolling or calendar window.</p>
          <p>
            {canCreate ? "Create one here, or" : "Editors create them here, or"} with <code className="font-mono">POST /api/v1/slos</code>; push its SLI data to{" "}
            <code className="font-mono">POST /api/v1/sli</code>.
          </p>
        </EmptyState>
      ) : (
        <>
          <FilterBar
            label="Filter SLOs"
            idPrefix="slo"
            clearHref="/slos"
            filtered={filtered}
            fields={[
              { kind: "search", name: "q", label: "Search SLOs", value: params.q ?? "", placeholder: "Name, slug or service" },
              { kind: "select", name: "team", label: "Team", value: params.team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
              { kind: "select", name: "status", label: "Status", value: params.status ?? "", options: [{ value: "", label: "Any status" }, ...STATUSES] },
            ]}
          />
          {rows.length ? <SloTable rows={rows} label="SLOs" /> : <p className="text-sm text-muted">No SLOs match these filters.</p>}
        </>
      )}
    </div>
  );
}
