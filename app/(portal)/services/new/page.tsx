import { listTeams } from "@/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceForm } from "@/components/services/service-form";
import { requirePageRole } from "@/lib/auth/session";
import { createServiceAction } from "../actions";

export const metadata = { title: "New service" };

export default async function NewServicePage() {
  const user = await requirePageRole("editor");
  const teams = (await listTeams()).filter((team) => user.role === "admin" || user.teamIds.includes(team.id));
  return (
    <div>
      <PageHeader title="New service" description="Editors can create services for their own teams; admins for any team." />
      {teams.length === 0 ? (
        <p className="text-sm text-muted">You are not a member of any team yet. Ask an admin to add you to a team in Settings → Teams.</p>
      ) : (
        <ServiceForm action={createServiceAction} teams={teams} mode="create" cancelHref="/services" />
      )}
    </div>
  );
}
