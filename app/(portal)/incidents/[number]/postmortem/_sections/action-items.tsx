// The incident's action items with inline status changes, and the form that adds one.
import { ActionItemForm } from "@/components/incidents/action-item-form";
import { ActionItemList } from "@/components/incidents/action-item-list";
import { OverdueActionItems } from "@/components/incidents/overdue-action-items";
import { EmptyState } from "@/components/ui/empty-state";
import type { IncidentRecord } from "@/db/queries/incidents";
import { countOverdueActionItems } from "@/db/queries/postmortems";
import { actionItemView } from "@/lib/incidents/view/action-items";
import { addActionItemAction, updateActionItemStatusAction } from "../actions";
import { loadActionItems, loadPeople } from "../_data";

export async function ActionItemsSection({ incident, canEdit }: { incident: IncidentRecord; canEdit: boolean }) {
  const now = new Date();
  const [items, people, teamOverdue] = await Promise.all([
    loadActionItems(incident.id),
    canEdit ? loadPeople() : Promise.resolve([]),
    incident.teamId === null ? Promise.resolve(0) : countOverdueActionItems(now, incident.teamId),
  ]);
  const rows = items.map((item) => ({
    ...actionItemView(item, now),
    statusAction: canEdit ? updateActionItemStatusAction.bind(null, item.id, incident.number) : null,
  }));
  return (
    <div className="grid gap-4">
      {teamOverdue ? (
        <p className="no-print flex flex-wrap items-center gap-2 text-sm text-muted">
          Across {incident.teamName ?? "the team"}&apos;s incidents: <OverdueActionItems count={teamOverdue} team={incident.teamSlug ?? undefined} />
        </p>
      ) : null}
      {rows.length ? (
        <ActionItemList label="Action items" rows={rows} showIncident={false} />
      ) : (
        <EmptyState title="No action items yet">
          <p>{canEdit ? "Add what will make this less likely or less harmful next time, each with an owner and a due date." : "The incident's team adds what will make this less likely next time."}</p>
        </EmptyState>
      )}
      {canEdit ? <ActionItemForm action={addActionItemAction.bind(null, incident.number)} people={people} /> : null}
    </div>
  );
}
