// The team's stage by quarter, its major outages around the first approved readiness review, and the next steps.
import { MajorOutages } from "@/components/readiness/major-outages";
import { StageHistoryChart } from "@/components/readiness/stage-history-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { stageName } from "@/lib/readiness/maturity";
import { loadTeamMaturity } from "../_data";

export async function HistorySection({ slug }: { slug: string }) {
  const m = (await loadTeamMaturity(slug))!;
  const change = m.outages.change;
  return (
    <div className="grid gap-6">
      <section aria-labelledby="current-stage" className="grid gap-2">
        <h2 id="current-stage" className="text-lg font-semibold">
          Current stage
        </h2>
        {m.latest ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone="info" className="text-sm">
              Stage {m.latest.stage}: {stageName(m.latest.stage)}
            </Badge>
            <span className="text-muted">as assessed for {m.latest.quarter}</span>
          </p>
        ) : (
          <p className="text-sm text-muted">Not assessed yet. Answer the questionnaire below to place the team on a stage.</p>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {m.history.length ? (
          <StageHistoryChart team={m.team.name} rows={m.history.map((h) => ({ quarter: h.quarter, stage: h.stage, stageName: h.stageName }))} />
        ) : (
          <Card>
            <CardTitle>Stage by quarter</CardTitle>
            <p className="mt-2 text-sm text-muted">The chart fills in as the team assesses itself each quarter.</p>
          </Card>
        )}
        <Card aria-labelledby="major-outages">
          <CardTitle id="major-outages">Major outages</CardTitle>
          <div className="mt-2">
            <MajorOutages
              view={{ approvedAt: m.outages.approvedAt?.toISOString() ?? null, windowMonths: m.outages.windowMonths, before: change?.before ?? null, after: change?.after ?? null, changePct: change?.changePct ?? null }}
            />
          </div>
        </Card>
      </div>
      <section aria-labelledby="next-steps" className="grid gap-2">
        <h2 id="next-steps" className="text-lg font-semibold">
          {m.nextSteps.towards ? `Next steps towards stage ${m.nextSteps.towards}: ${stageName(m.nextSteps.towards)}` : "Next steps"}
        </h2>
        {m.nextSteps.steps.length ? (
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {m.nextSteps.steps.map((s) => (
              <li key={s.key}>
                {s.step}
                {s.answer === "partly" ? <span className="text-muted"> (partly in place)</span> : null}
                {m.nextSteps.towards && s.stage < m.nextSteps.towards ? <span className="text-muted"> (stage {s.stage})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">Every stage is reached. Keep the practices up and re-assess each quarter.</p>
        )}
      </section>
    </div>
  );
}
