import { listServices } from "@/db/queries/services";
import { getTierTargets } from "@/db/queries/settings";
import { SloForm } from "@/components/slo/slo-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { createSloAction } from "../actions";

export const metadata = { title: "New SLO" };

export default async function NewSloPage({ searchParams }: { searchParams: Promise<{ service?: string }> }) {
  const user = await requirePageRole("editor");
  const [services, tierTargets, params] = await Promise.all([listServices(), getTierTargets(), searchParams]);
  const editable = services.filter((s) => user.role === "admin" || user.teamIds.includes(s.teamId)).map((s) => ({ slug: s.slug, name: s.name, tier: s.tier }));
  const preselected = editable.find((s) => s.slug === params.service);
  return (
    <div>
      <PageHeader title="New SLO" description="State how reliable a service must be for its users. The error budget, alerts and the deploy gate follow from it." />
      {editable.length === 0 ? (
        <p className="text-sm text-muted">Your teams own no services yet. Create a service first, or ask an admin to add you to its team.</p>
      ) : (
        <SloForm
          action={createSloAction}
          services={editable}
          tierTargets={tierTargets}
          mode="create"
          cancelHref="/slos"
          initial={{
            service: preselected?.slug ?? "",
            sliKind: "availability",
            targetPercent: preselected ? String(Number((tierTargets[preselected.tier] * 100).toFixed(4))) : "",
            windowKind: "rolling",
            windowDays: "30",
            calendarUnit: "month",
            timeZone: "UTC",
            budgetingMethod: "occurrences",
            reviewCadenceDays: "90",
            freezeOnPage: "on",
            incidentOnPage: "auto",
            alertWindowsMode: "default",
          }}
        />
      )}
    </div>
  );
}
