import { nowMs } from "@/lib/clock";
import { listSloStatuses } from "@/db/queries/slo-status";
import { listTeams } from "@/db/queries/teams";
import { SloTable } from "@/components/slo/slo-table";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/access/roles";
import { toSloRow } from "@/lib/slo/view/rows";
import { listSloRows, SLO_SORTS, sloListSubtitle, type SloListQuery } from "@/lib/slo/view/list";
import { listServices } from "@/db/queries/services";
import Link from "next/link";

export const metadata = { title: "SLOs" };

const STATUSES = [
  { value: "breached", label: "Breached" },
  { value: "at_risk", label: "At risk" },
  { value: "healthy", label: "Healthy" },
  { value: "no_data", label: "No data" },
  { value: "stale", label: "Data missing" },
];

export default async function SlosPage({ searchParams }: { searchParams: Promise<SloListQuery & { team?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const canCreate = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const [statuses, teams, services] = await Promise.all([listSloStatuses(nowMs(), { team: params.team || undefined }), listTeams(), listServices()]);
  services.sort((a, b) => a.name.localeCompare(b.name));
  const list = listSloRows(statuses.map(toSloRow), params);
  const rows = list.rows;
  const filtered = Boolean(params.team || params.status || params.q?.trim() || params.service || params.tier);
  const pageHref = (page: number) => `/slos?${new URLSearchParams(Object.entries({ ...params, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  return (
    <div>
      <PageHeader
        title="SLOs"
        description={sloListSubtitle(list.sort)}
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
              {
                kind: "select",
                name: "service",
                label: "Service",
                value: params.service ?? "",
                // Narrowed to the chosen team's services.
                scopedBy: "team",
                options: [{ value: "", label: "All services" }, ...services.map((sv) => ({ value: sv.slug, label: sv.name, scope: sv.teamSlug }))],
              },
              { kind: "select", name: "tier", label: "Tier", value: params.tier ?? "", options: [{ value: "", label: "All tiers" }, { value: "1", label: "Tier 1" }, { value: "2", label: "Tier 2" }, { value: "3", label: "Tier 3" }] },
              { kind: "select", name: "status", label: "Status", value: params.status ?? "", options: [{ value: "", label: "Any status" }, ...STATUSES] },
              { kind: "select", name: "sort", label: "Sort by", value: list.sort, options: Object.entries(SLO_SORTS).map(([value, { label }]) => ({ value, label })) },
            ]}
          />
          {rows.length ? <SloTable rows={rows} label="SLOs" /> : <p className="text-sm text-muted">No SLOs match these filters.</p>}
          {list.total > 0 ? (
            <nav aria-label="SLO pages" className="mt-3 flex items-center justify-between text-sm">
              <span className="text-muted">
                {list.total} SLO{list.total === 1 ? "" : "s"} · page {list.page} of {list.pages}
              </span>
              <div className="flex gap-3">
                {list.page > 1 ? (
                  <Link href={pageHref(list.page - 1)} className="text-primary hover:underline">
                    Previous
                  </Link>
                ) : null}
                {list.page < list.pages ? (
                  <Link href={pageHref(list.page + 1)} className="text-primary hover:underline">
                    Next
                  </Link>
                ) : null}
              </div>
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
