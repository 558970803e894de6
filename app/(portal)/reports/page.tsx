import { SectionIntro } from "@/components/ui/section-intro";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requirePageUser();
  return (
    <SectionIntro
      title="Reliability reports"
      description="Monthly reliability reports for managers: SLOs met and missed, incidents with MTTA and MTTR, and observability spend."
      emptyTitle="No months to report on yet"
    >
      <p>A report covers one calendar month, for the whole organisation or one team, and can be printed or exported as CSV.</p>
      <p>Reports fill in once services have SLO data, incidents or costs for a month.</p>
    </SectionIntro>
  );
}
