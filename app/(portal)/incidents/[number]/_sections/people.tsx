// The incident's roles: commander, communications lead and scribe, changeable by people who may change the incident.
import type { IncidentRecord } from "@/db/queries/incidents";
import { RolesForm } from "@/components/incidents/incident-controls";
import { changeIncidentAction } from "../../actions";
import { activePeople } from "../../_people";

export async function IncidentRoles({ incident, canEdit }: { incident: IncidentRecord; canEdit: boolean }) {
  if (canEdit) {
    return (
      <RolesForm
        action={changeIncidentAction.bind(null, incident.number)}
        people={await activePeople()}
        current={{ commander: incident.commander?.email ?? null, communications: incident.communications?.email ?? null, scribe: incident.scribe?.email ?? null }}
      />
    );
  }
  const rows = [
    ["Incident commander", incident.commander?.name],
    ["Communications lead", incident.communications?.name],
    ["Scribe", incident.scribe?.name],
    ["Assignee", incident.assignee?.name],
  ] as const;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, name]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd>{name ?? <span className="text-muted">Nobody</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
