import { forbidden, notFound } from "next/navigation";
import { listRunbookChoices } from "@/db/queries/drills";
import { listServices } from "@/db/queries/services";
import { listUsers } from "@/db/queries/users";
import { DrillForm } from "@/components/incidents/drill-form";
import { PageHeader } from "@/components/ui/page-header";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageRole } from "@/lib/auth/session";
import { updateDrillAction } from "../../actions";
import { loadDrill } from "../_data";

export const metadata = { title: "Edit drill" };

export default async function EditDrillPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole("editor");
  const drill = await loadDrill((await params).id);
  if (!drill) notFound();
  if (!canEditTeamResource(user, drill.teamId)) forbidden();
  const [services, people, runbooks] = await Promise.all([listServices(), listUsers(), listRunbookChoices()]);
  const own = services.filter((s) => user.role === "admin" || user.teamIds.includes(s.teamId));
  return (
    <div>
      <PageHeader title={`Edit drill: ${drill.title}`} description={drill.status === "planned" ? "Change the plan until the drill runs." : `This drill is ${drill.status}; its plan can no longer change.`} />
      <DrillForm
        action={updateDrillAction.bind(null, drill.id)}
        services={own.map((s) => ({ value: s.slug, label: s.name, team: s.teamName }))}
        people={people.filter((p) => p.isActive).map((p) => ({ email: p.email, name: p.name }))}
        runbooks={runbooks.map((r) => ({ value: r.slug, label: r.title, service: r.serviceSlug }))}
        initial={{ service: drill.serviceSlug, title: drill.title, scenario: drill.scenario, hypothesis: drill.hypothesis, scheduledAt: drill.scheduledAt.toISOString(), participants: drill.participants.map((p) => p.email), runbook: drill.runbook?.slug ?? "" }}
        mode="edit"
        cancelHref={`/drills/${drill.id}`}
      />
    </div>
  );
}
