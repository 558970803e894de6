// The incident log: filters in the URL, the rows streamed in behind a skeleton.
import { Plus } from "lucide-react";
import { getIncidentPolicy } from "@/db/queries/incident-policy";
import { listServices } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { hasRole } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { INCIDENT_STATUSES, SEVERITIES } from "@/lib/incidents/types";
import { dayStartIso } from "@/lib/incidents/view/filters";
import { IncidentLog } from "./_sections/log";

export const metadata = { title: "Incidents" };

type Params = { status?: string; severity?: string; service?: string; team?: string; from?: string; to?: string; q?: string; page?: string };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [services, teams, policy] = await Promise.all([listServices(), listTeams(), getIncidentPolicy()]);
  const zone = policy.workingHours.timeZone;
  const canDeclare = hasRole(user.role, "editor") && (user.role === "admin" || user.teamIds.length > 0);
  const filtered = Boolean(params.status || params.severity || params.service || params.team || params.from || params.to || params.q);
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const pageHref = (n: number) => `/incidents?${new URLSearchParams(Object.entries({ ...params, page: String(n) }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const query = {
    status: params.status || undefined,
    severity: params.severity || undefined,
    service: params.service || undefined,
    team: params.team || undefined,
    from: dayStartIso(params.from, zone) ?? undefined,
    to: dayStartIso(params.to, zone, { after: true }) ?? undefined,
    q: params.q?.trim() || undefined,
  };
  return (
    <div>
      <PageHeader
        title="Incidents"
        description="Every incident, newest first: its severity, where it is in its lifecycle, and whether it is past its targets."
        actions={
          canDeclare ? (
            <ButtonLink href="/incidents/new" variant="primary">
              <Plus aria-hidden size={16} /> Declare incident
            </ButtonLink>
          ) : null
        }
      />
      <FilterBar
        label="Filter incidents"
        idPrefix="incidents"
        clearHref="/incidents"
        filtered={filtered}
        fields={[
          { kind: "search", name: "q", label: "Search incidents", value: params.q ?? "", placeholder: "Number, title or tag" },
          {
            kind: "select",
            name: "status",
            label: "Status",
            value: params.status ?? "",
            options: [{ value: "", label: "Any status" }, { value: "open", label: "Open (before resolved)" }, ...INCIDENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))],
          },
          { kind: "select", name: "severity", label: "Severity", value: params.severity ?? "", options: [{ value: "", label: "Any severity" }, ...SEVERITIES.map((s) => ({ value: s, label: `${s} · ${policy.severities[s].name}` }))] },
          { kind: "select", name: "team", label: "Team", value: params.team ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
          {
            kind: "select",
            name: "service",
            label: "Service",
            value: params.service ?? "",
            scopedBy: "team",
            options: [{ value: "", label: "All services" }, ...services.map((s) => ({ value: s.slug, label: s.name, scope: s.teamSlug }))],
          },
          { kind: "date", name: "from", label: "Started from", value: params.from ?? "" },
          { kind: "date", name: "to", label: "Started until", value: params.to ?? "" },
        ]}
      />
      <StreamedSection title="Incidents" fallback={<TableSkeleton label="incidents" rows={6} />}>
        <IncidentLog query={query} page={page} filtered={filtered} canDeclare={canDeclare} pageHref={pageHref} />
      </StreamedSection>
    </div>
  );
}
