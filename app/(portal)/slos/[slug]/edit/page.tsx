import { forbidden, notFound } from "next/navigation";
import { listServices } from "@/db/queries/services";
import { getTierTargets } from "@/db/queries/settings";
import { definitionToJson, findSloBySlug } from "@/db/queries/slos";
import { SloForm } from "@/components/slo/slo-form";
import { PageHeader } from "@/components/ui/page-header";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { sloInputToForm } from "@/lib/slo/form";
import { sloInputSchema } from "@/lib/slo/schemas";
import { updateSloAction } from "../../actions";

export const metadata = { title: "Edit SLO" };

export default async function EditSloPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const slo = await findSloBySlug((await params).slug);
  if (!slo) notFound();
  if (!canEditTeamResource(user, slo.teamId)) forbidden();
  const [services, tierTargets] = await Promise.all([listServices(), getTierTargets()]);
  const editable = services.filter((s) => user.role === "admin" || user.teamIds.includes(s.teamId)).map((s) => ({ slug: s.slug, name: s.name, tier: s.tier }));
  const initial = sloInputToForm(sloInputSchema.parse(definitionToJson(slo)));
  return (
    <div>
      <PageHeader title={`Edit ${slo.name}`} description="Changing the target or window re-evaluates the SLO over its stored data; the history of changes is in the audit log." />
      <SloForm action={updateSloAction.bind(null, slo.slug)} services={editable} tierTargets={tierTargets} mode="edit" cancelHref={`/slos/${slo.slug}`} initial={initial} />
    </div>
  );
}
