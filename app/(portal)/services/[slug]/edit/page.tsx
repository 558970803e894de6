import { forbidden, notFound } from "next/navigation";
import { findServiceBySlug } from "@/db/queries/services";
import { listTeams } from "@/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { ServiceForm } from "@/components/services/service-form";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { updateServiceAction } from "../../actions";

export const metadata = { title: "Edit service" };

export default async function EditServicePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser();
  const service = await findServiceBySlug(slug);
  if (!service) notFound();
  if (!canEditTeamResource(user, service.teamId)) forbidden();
  const teams = (await listTeams()).filter((team) => user.role === "admin" || user.teamIds.includes(team.id) || team.id === service.teamId);
  return (
    <div>
      <PageHeader title={`Edit ${service.name}`} />
      <ServiceForm
        action={updateServiceAction.bind(null, service.slug)}
        teams={teams}
        mode="edit"
        cancelHref={`/services/${service.slug}`}
        initial={{ ...service, team: service.teamSlug }}
      />
    </div>
  );
}
