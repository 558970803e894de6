import { listServices } from "@/db/queries/services";
import { listRunbookChoices } from "@/db/queries/drills";
import { listUsers } from "@/db/queries/users";
import { DrillForm } from "@/components/incidents/drill-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { nowMs } from "@/lib/clock";
import { planDrillAction } from "../actions";

export const metadata = { title: "Plan a drill" };

export default async function NewDrillPage({ searchParams }: { searchParams: Promise<{ service?: string }> }) {
  const user = await requirePageRole("editor");
  const { service } = await searchParams;
  const [services, people, runbooks] = await Promise.all([listServices(), listUsers(), listRunbookChoices()]);
  const own = services.filter((s) => user.role === "admin" || user.teamIds.includes(s.teamId));
  const tomorrow = new Date(nowMs() + 86_400_000);
  tomorrow.setUTCMinutes(0, 0, 0);
  return (
    <div>
      <PageHeader title="Plan a drill" description="A game day for one of your team's services: the fault you will inject, what you expect, who takes part and the runbook it tests." />
      {own.length === 0 ? (
        <p className="text-sm text-muted">You are not a member of a team with services yet. Ask an admin to add you to a team in Settings → Teams.</p>
      ) : (
        <DrillForm
          action={planDrillAction}
          services={own.map((s) => ({ value: s.slug, label: s.name, team: s.teamName }))}
          people={people.filter((p) => p.isActive).map((p) => ({ email: p.email, name: p.name }))}
          runbooks={runbooks.map((r) => ({ value: r.slug, label: r.title, service: r.serviceSlug }))}
          initial={{ service: own.some((s) => s.slug === service) ? service! : "", title: "", scenario: "", hypothesis: "", scheduledAt: tomorrow.toISOString(), participants: [user.email], runbook: "" }}
          mode="create"
          cancelHref="/drills"
        />
      )}
    </div>
  );
}
