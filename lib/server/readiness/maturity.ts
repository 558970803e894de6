// A team's reliability maturity: assessing a quarter (members of the team and admins), and what the maturity pages
// and the API read — stage history, the current answers and next steps, toil share and major outages around the team's
// first approved readiness review. Everyone signed in reads.
import "server-only";
import { listAllAssessments, listAssessments, listToilEntries, saveAssessment } from "@/db/queries/maturity";
import { findTeamBySlug, listTeamMembers, listTeams } from "@/db/queries/teams";
import type { MaturityAssessment, Team, ToilEntry } from "@/db/schema";
import type { Caller } from "@/lib/access/caller";
import { maturityAnswersSchema, nextSteps, quarterOf, quarterSchema, recentQuarters, scoreStage, stageName, type MaturityAnswers, type NextSteps } from "@/lib/readiness/maturity";
import { majorOutageChange, OUTAGE_WINDOW_MONTHS, outageWindows, type OutageChange } from "@/lib/readiness/outages";
import { teamCapacityHours, toilShareByQuarter, type ToilShare } from "@/lib/readiness/toil";
import { emitChange } from "../change-events";
import { assertTeamChange, invalid, invalidInput, notFound } from "../errors";
import { majorIncidentsOfTeam } from "../incidents/reads";
import { firstApprovedReviewAt } from "./reads";

async function teamOf(slug: string): Promise<Team> {
  const team = await findTeamBySlug(slug);
  if (!team) throw notFound(`No team with slug "${slug}"`);
  return team;
}

/** The team's assessment of a quarter (the current one unless given): answers to every question, scored to a stage. */
export async function assessMaturity({ caller, team: slug, input, now = Date.now() }: { caller: Caller; team: string; input: { quarter?: string; answers: unknown }; now?: number }): Promise<MaturityAssessment & { replaced: boolean }> {
  const team = await teamOf(slug);
  assertTeamChange(caller, { id: team.id, slug: team.slug }, `the maturity assessment of team "${team.slug}"`);
  const quarter = input.quarter ?? quarterOf(now);
  if (!quarterSchema.safeParse(quarter).success) throw invalid("quarter: use a quarter like 2026-Q3", "quarter");
  if (quarter > quarterOf(now)) throw invalid("quarter: a quarter that has not started cannot be assessed", "quarter");
  const parsed = maturityAnswersSchema.safeParse(input.answers);
  if (!parsed.success) throw invalidInput(parsed.error);
  const answers = parsed.data as MaturityAnswers;
  const { assessment, replaced } = await saveAssessment(
    { teamId: team.id, quarter, answers, stage: scoreStage(answers), assessedById: caller.kind === "user" ? caller.userId : null, assessedAt: new Date(now) },
    caller.actor,
  );
  emitChange({ entity: "maturity_assessment", action: replaced ? "updated" : "created", key: `${team.slug}:${quarter}`, actor: caller.actor.label });
  return { ...assessment, replaced };
}

export type StagePoint = { quarter: string; stage: number; stageName: string; assessedAt: Date };

export type TeamMaturity = {
  team: { id: number; slug: string; name: string };
  members: number;
  currentQuarter: string;
  /** The current quarter's assessment, if the team has made it. */
  current: MaturityAssessment | null;
  /** The latest assessment of any quarter: the team's stage. */
  latest: MaturityAssessment | null;
  history: StagePoint[];
  nextSteps: NextSteps;
  toil: { entries: ToilEntry[]; capacityHours: number; shares: ToilShare[] };
  outages: { approvedAt: Date | null; windowMonths: number; change: OutageChange | null };
};

async function outagesOf(teamId: number): Promise<TeamMaturity["outages"]> {
  const approvedAt = await firstApprovedReviewAt(teamId);
  if (!approvedAt) return { approvedAt: null, windowMonths: OUTAGE_WINDOW_MONTHS, change: null };
  const { from, to } = outageWindows(approvedAt.getTime());
  const incidents = await majorIncidentsOfTeam(teamId, from, to);
  return { approvedAt, windowMonths: OUTAGE_WINDOW_MONTHS, change: majorOutageChange(incidents, approvedAt.getTime()) };
}

export async function teamMaturity(slug: string, now = Date.now()): Promise<TeamMaturity> {
  const team = await teamOf(slug);
  const [assessments, entries, members, outages] = await Promise.all([listAssessments(team.id), listToilEntries(team.id), listTeamMembers(team.id), outagesOf(team.id)]);
  const currentQuarter = quarterOf(now);
  const latest = assessments.at(-1) ?? null;
  const quarters = [...new Set([...assessments.map((a) => a.quarter), ...recentQuarters(now, 4)])].sort();
  return {
    team: { id: team.id, slug: team.slug, name: team.name },
    members: members.length,
    currentQuarter,
    current: assessments.find((a) => a.quarter === currentQuarter) ?? null,
    latest,
    history: assessments.map((a) => ({ quarter: a.quarter, stage: a.stage, stageName: stageName(a.stage), assessedAt: a.assessedAt })),
    nextSteps: nextSteps(latest?.answers ?? {}),
    toil: { entries, capacityHours: teamCapacityHours(members.length), shares: toilShareByQuarter(entries, quarters, members.length, now) },
    outages,
  };
}

export type MaturityOverviewRow = { slug: string; name: string; stage: number | null; stageName: string | null; quarter: string | null; previousStage: number | null; trend: "up" | "down" | "same" | null; history: { quarter: string; stage: number }[] };

/** Every team's latest stage and how it moved since the assessment before. */
export async function maturityOverview(): Promise<MaturityOverviewRow[]> {
  const [teams, assessments] = await Promise.all([listTeams(), listAllAssessments()]);
  return teams.map((team) => {
    const own = assessments.filter((a) => a.teamId === team.id);
    const latest = own.at(-1);
    const previous = own.at(-2);
    const trend = !latest || !previous ? null : latest.stage > previous.stage ? "up" : latest.stage < previous.stage ? "down" : "same";
    return {
      slug: team.slug,
      name: team.name,
      stage: latest?.stage ?? null,
      stageName: latest ? stageName(latest.stage) : null,
      quarter: latest?.quarter ?? null,
      previousStage: previous?.stage ?? null,
      trend,
      history: own.map((a) => ({ quarter: a.quarter, stage: a.stage })),
    };
  });
}
