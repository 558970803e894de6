import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Readiness" };

export default async function ReadinessPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="Production readiness"
      description="Production readiness reviews: checklists a team completes before a launch, with automatic checks from Keel's own data and a sign-off."
      emptyTitle="No readiness reviews yet"
    >
      <p>A review follows a checklist template — SLOs defined, runbooks linked, on-call staffed, rollback tested — and ends in a sign-off.</p>
      <p>Reviews in progress and each service&apos;s readiness maturity will be listed here.</p>
    </SectionIntro>
  );
}
