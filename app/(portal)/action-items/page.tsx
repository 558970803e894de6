// Every open action item across incidents and drills, overdue first, filtered by team and owner; each links to its postmortem.
import { ActionItemList, type ActionItemRow } from "@/components/incidents/action-item-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { listActionItems, type ActionItemRecord } from "@/db/queries/postmortems";
import { listTeams } from "@/db/queries/teams";
import { listUsers } from "@/db/queries/users";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser, type SessionUser } from "@/lib/auth/session";
import { actionItemView } from "@/lib/incidents/view/action-items";
import { updateActionItemStatusAction } from "../incidents/[number]/postmortem/actions";

export const metadata = { title: "Action items" };

function rowOf(item: ActionItemRecord, user: SessionUser, now: Date): ActionItemRow {
  const canEdit = item.teamId === null ? user.role === "admin" : canEditTeamResource(user, item.teamId);
  return {
    ...actionItemView(item, now),
    statusAction: canEdit ? updateActionItemStatusAction.bind(null, item.id, item.incidentNumber) : null,
  };
}

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<{ team?: string; owner?: string }> }) {
  const user = await requirePageUser();
  const params = await searchParams;
  const [teams, users] = await Promise.all([listTeams(), listUsers()]);
  const team = teams.find((t) => t.slug === params.team);
  const owner = users.find((u) => u.email === params.owner);
  const now = new Date();
  const items = await listActionItems({ statuses: ["open", "in_progress"], teamId: team?.id, ownerId: owner?.id });
  const rows = items.map((item) => rowOf(item, user, now));
  const overdue = rows.filter((r) => r.overdue);
  const rest = rows.filter((r) => !r.overdue);
  const filtered = Boolean(team || owner);
  return (
    <div>
      <PageHeader title="Action items" description="What postmortems and drills decided to change, still open: overdue first, then by due date." />
      <FilterBar
        label="Filter action items"
        idPrefix="action-items"
        clearHref="/action-items"
        filtered={filtered}
        fields={[
          { kind: "select", name: "team", label: "Team", value: team?.slug ?? "", options: [{ value: "", label: "All teams" }, ...teams.map((t) => ({ value: t.slug, label: t.name }))] },
          { kind: "select", name: "owner", label: "Owner", value: owner?.email ?? "", options: [{ value: "", label: "Anyone" }, ...users.filter((u) => u.isActive).map((u) => ({ value: u.email, label: u.name }))] },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No open action items match" : "No open action items"}>
          <p>{filtered ? "Clear the filters to see every team's open items." : "Action items are added on an incident's postmortem page; open one from the incident log to add some."}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-6">
          <section aria-labelledby="overdue" className="grid gap-2">
            <h2 id="overdue" className="text-lg font-semibold">
              Overdue ({overdue.length})
            </h2>
            {overdue.length ? <ActionItemList label="Overdue action items" rows={overdue} showIncident /> : <p className="text-sm text-muted">Nothing is past its due date.</p>}
          </section>
          <section aria-labelledby="open" className="grid gap-2">
            <h2 id="open" className="text-lg font-semibold">
              Open ({rest.length})
            </h2>
            {rest.length ? <ActionItemList label="Open action items" rows={rest} showIncident /> : <p className="text-sm text-muted">Every open item is overdue: start there.</p>}
          </section>
        </div>
      )}
    </div>
  );
}
