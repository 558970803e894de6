import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Costs" };

export default async function CostsPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="Observability costs"
      description="What logs, metrics, traces and profiles cost, per team and per service, against each team's budget."
      emptyTitle="No cost data imported"
    >
      <p>Costs arrive as FOCUS billing exports or Keel&apos;s simple CSV, imported here or through <code className="font-mono">POST /api/v1/costs</code>.</p>
      <p>Once imported, this page shows showback by team, service and signal, month-over-month changes, anomalies and a chargeback export.</p>
    </SectionIntro>
  );
}
