// Reliability maturity across teams: each team's current stage of five and how it moved since its previous assessment.
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { StreamedSection } from "@/components/ui/streamed-section";
import { requirePageUser } from "@/lib/auth/session";
import { MATURITY_STAGES } from "@/lib/readiness/maturity";
import { MaturityOverview } from "./_sections/overview";

export const metadata = { title: "Reliability maturity" };

export default async function MaturityPage() {
  await requirePageUser();
  return (
    <div className="grid gap-6">
      <PageHeader title="Reliability maturity" description="Each team assesses its practices once a quarter and lands on one of five stages; open a team to see its history, next steps, toil and major outages." />
      <section aria-labelledby="stages" className="grid gap-2">
        <h2 id="stages" className="text-lg font-semibold">
          The five stages
        </h2>
        <ol className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-5">
          {MATURITY_STAGES.map((s) => (
            <li key={s.stage} className="rounded-lg border border-border bg-surface p-3">
              <span className="font-semibold">
                {s.stage}. {s.name}
              </span>
              <span className="mt-1 block text-muted">{s.summary}</span>
            </li>
          ))}
        </ol>
      </section>
      <StreamedSection title="Teams" fallback={<TableSkeleton label="teams" />}>
        <MaturityOverview />
      </StreamedSection>
    </div>
  );
}
