// This quarter's questionnaire, prefilled with the team's latest answers; a read-only note for people outside the team.
import { MaturityQuestionnaire } from "@/components/readiness/maturity-questionnaire";
import { assessMaturityAction } from "../../actions";
import { loadTeamMaturity } from "../_data";

export async function QuestionnaireSection({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const m = (await loadTeamMaturity(slug))!;
  const source = m.current ?? m.latest;
  return (
    <section aria-labelledby="questionnaire" className="grid gap-3">
      <h2 id="questionnaire" className="text-lg font-semibold">
        Assessment for {m.currentQuarter}
      </h2>
      <p className="text-sm text-muted">
        {m.current
          ? `Assessed for ${m.currentQuarter}: stage ${m.current.stage}. Saving again replaces this quarter's answers.`
          : source
            ? `Not assessed for ${m.currentQuarter} yet; the answers below are from ${source.quarter}.`
            : `Not assessed for ${m.currentQuarter} yet.`}
      </p>
      {canEdit ? (
        <MaturityQuestionnaire action={assessMaturityAction.bind(null, m.team.slug)} quarter={m.currentQuarter} initial={source?.answers ?? {}} />
      ) : (
        <p className="text-sm">Members of the team and admins answer the questionnaire.</p>
      )}
    </section>
  );
}
