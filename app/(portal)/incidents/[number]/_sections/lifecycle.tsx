// Where the incident is in its lifecycle, and (for people who may change it) its next moves, severity and escalation.
import type { IncidentRecord } from "@/db/queries/incidents";
import { EscalateButton, MoveButtons, SeverityForm } from "@/components/incidents/incident-controls";
import { LifecycleStepper } from "@/components/incidents/lifecycle-stepper";
import { SEVERITIES } from "@/lib/incidents/types";
import { nextMoves } from "@/lib/incidents/view/moves";
import { lifecycleSteps } from "@/lib/incidents/view/stepper";
import { changeIncidentAction } from "../../actions";
import { loadPolicy, loadPostmortemStatus } from "../_data";

export async function IncidentLifecycle({ incident, canEdit }: { incident: IncidentRecord; canEdit: boolean }) {
  const steps = lifecycleSteps(incident);
  if (!canEdit) return <LifecycleStepper steps={steps} />;
  const [policy, postmortem] = await Promise.all([loadPolicy(), loadPostmortemStatus(incident.id)]);
  const moves = nextMoves(incident.status, {
    postmortemRequired: policy.severities[incident.severity].requiresPostmortem && !incident.isDrill,
    postmortemPublished: postmortem === "published",
  });
  const action = changeIncidentAction.bind(null, incident.number);
  const names = Object.fromEntries(SEVERITIES.map((s) => [s, policy.severities[s].name])) as Record<(typeof SEVERITIES)[number], string>;
  return (
    <div className="grid gap-4">
      <LifecycleStepper steps={steps} />
      <MoveButtons action={action} moves={moves} />
      {incident.status !== "closed" ? (
        <div className="flex flex-wrap items-start gap-x-8 gap-y-2">
          <SeverityForm action={action} severity={incident.severity} names={names} />
          {incident.resolvedAt ? null : <EscalateButton action={action} escalatedAt={incident.escalatedAt?.toISOString() ?? null} />}
        </div>
      ) : null}
    </div>
  );
}
