// A team's maturity as the API answers it.
import type { TeamMaturity } from "@/lib/server/readiness/maturity";
import { stageName } from "@/lib/readiness/maturity";

export function teamMaturityToJson(m: TeamMaturity) {
  const change = m.outages.change;
  return {
    team: m.team.slug,
    quarter: m.currentQuarter,
    stage: m.latest?.stage ?? null,
    stageName: m.latest ? stageName(m.latest.stage) : null,
    answers: m.latest?.answers ?? null,
    answersQuarter: m.latest?.quarter ?? null,
    history: m.history.map((h) => ({ ...h, assessedAt: h.assessedAt.toISOString() })),
    nextSteps: m.nextSteps,
    toil: {
      members: m.members,
      capacityHours: m.toil.capacityHours,
      shares: m.toil.shares,
      entries: m.toil.entries.map((e) => ({ id: e.id, task: e.task, hoursPerWeek: e.hoursPerWeek, automated: e.automatedAt !== null, loggedAt: e.loggedAt.toISOString(), automatedAt: e.automatedAt?.toISOString() ?? null })),
    },
    majorOutages: {
      firstApprovedAt: m.outages.approvedAt?.toISOString() ?? null,
      windowMonths: m.outages.windowMonths,
      before: change?.before ?? null,
      after: change?.after ?? null,
      changePct: change?.changePct ?? null,
    },
  };
}
