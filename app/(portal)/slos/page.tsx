import { ButtonLink } from "@/components/ui/button";
import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "SLOs" };

export default async function SlosPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="SLOs"
      description="Service level objectives: how reliable each service must be, the error budget that leaves, and how fast it is burning."
      emptyTitle="No SLOs defined"
      action={<ButtonLink href="/services">Browse services</ButtonLink>}
    >
      <p>Each SLO belongs to a service and measures availability or latency against a target over a rolling or calendar window.</p>
      <p>Once defined, this list shows every SLO&apos;s current SLI, error budget remaining, burn rate and alert state, filterable by team, tier and status.</p>
    </SectionIntro>
  );
}
