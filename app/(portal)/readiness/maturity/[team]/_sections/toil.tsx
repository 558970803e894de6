// The toil log and the toil share per quarter against the 50% guidance.
import { LogToilForm, ToilTable } from "@/components/readiness/toil-log";
import { ToilShareChart } from "@/components/readiness/toil-share-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { HOURS_PER_PERSON_WEEK, TOIL_SHARE_LIMIT } from "@/lib/readiness/toil";
import { automateToilAction, logToilAction } from "../../actions";
import { loadTeamMaturity } from "../_data";

export async function ToilSection({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const m = (await loadTeamMaturity(slug))!;
  const { entries, shares, capacityHours } = m.toil;
  const limitPercent = TOIL_SHARE_LIMIT * 100;
  const now = shares.at(-1);
  return (
    <section aria-labelledby="toil" className="grid gap-4">
      <div>
        <h2 id="toil" className="text-lg font-semibold">
          Toil
        </h2>
        <p className="text-sm text-muted">
          Repetitive operational work that doesn&apos;t provide enduring value: automate or eliminate the biggest tasks. The team&apos;s capacity is {m.members} member{m.members === 1 ? "" : "s"} × {HOURS_PER_PERSON_WEEK} h = {capacityHours} h a week; keep toil below {limitPercent}% of it.
          {now && now.share !== null ? ` Now: ${now.toilHours} h a week, ${Math.round(now.share * 1000) / 10}%.` : ""}
        </p>
      </div>
      {entries.length ? (
        <>
          <ToilShareChart limitPercent={limitPercent} rows={shares.map((s) => ({ quarter: s.quarter, toilHours: s.toilHours, capacityHours: s.capacityHours, percent: s.share === null ? null : Math.round(s.share * 1000) / 10, overLimit: s.overLimit }))} />
          <ToilTable
            canEdit={canEdit}
            rows={entries.map((e) => ({
              id: e.id,
              task: e.task,
              hoursPerWeek: e.hoursPerWeek,
              loggedAt: e.loggedAt.toISOString(),
              automatedAt: e.automatedAt?.toISOString() ?? null,
              automate: canEdit && !e.automatedAt ? automateToilAction.bind(null, m.team.slug, e.id) : null,
            }))}
          />
        </>
      ) : (
        <EmptyState title="No toil logged yet">
          <p>Log the repetitive tasks the team does by hand — restarting services, running provisioning scripts, monthly maintenance — with the hours a week each takes, then mark each one automated when it is.</p>
        </EmptyState>
      )}
      {canEdit ? (
        <div className="grid gap-2 rounded-lg border border-border bg-surface p-4">
          <h3 className="text-base font-semibold">Log a toil task</h3>
          <LogToilForm action={logToilAction.bind(null, m.team.slug)} />
        </div>
      ) : null}
    </section>
  );
}
