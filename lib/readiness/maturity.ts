// Reliability maturity: the five stages, a questionnaire of concrete practices per stage, scoring answers to a stage,
// and the next steps towards the stage above. Pure: the assessments are kept per team per quarter elsewhere.
import { TZDate } from "@date-fns/tz";
import { addQuarters, getQuarter, getYear, startOfQuarter } from "date-fns";
import { z } from "zod";

export const MATURITY_STAGES = [
  { stage: 1, name: "Reactive monitoring", summary: "Basic alerts, manual response." },
  { stage: 2, name: "Observability foundation", summary: "Logs, metrics and traces, well integrated." },
  { stage: 3, name: "SLO adoption", summary: "Clear reliability targets and error budgets." },
  { stage: 4, name: "Continuous improvement", summary: "Postmortems, a blameless culture, advanced incident management." },
  { stage: 5, name: "Mature SRE practice", summary: "SLO-driven planning, a broad reliability culture, organisation-wide governance." },
] as const;

export type MaturityStage = (typeof MATURITY_STAGES)[number]["stage"];

export const ANSWERS = ["yes", "partly", "no"] as const;
export type Answer = (typeof ANSWERS)[number];

/** One practice: `text` is asked ("Is this true of the team?"), `step` is what to do when it is not. */
export type MaturityQuestion = { key: string; stage: MaturityStage; text: string; step: string };

export const MATURITY_QUESTIONS: readonly MaturityQuestion[] = [
  { key: "alerts", stage: 1, text: "Alerts fire when a key service is down", step: "Alert on the availability of every key service." },
  { key: "responder", stage: 1, text: "Someone is reachable to respond to alerts at any hour", step: "Name who responds to alerts, day and night." },
  { key: "incident-log", stage: 1, text: "Incidents are recorded when they happen", step: "Record every incident in the incident log as it happens." },
  { key: "metrics", stage: 2, text: "Every production service exports metrics to a shared store", step: "Export metrics from every production service to the shared metrics store." },
  { key: "logs", stage: 2, text: "Logs are centralised and searchable across services", step: "Ship every service's logs to one searchable place." },
  { key: "traces", stage: 2, text: "Requests are traced across service boundaries", step: "Trace requests across service boundaries." },
  { key: "dashboards", stage: 2, text: "Each service has a dashboard linked from its catalogue entry", step: "Link a dashboard from each service's catalogue entry." },
  { key: "tier1-slos", stage: 3, text: "Every tier-1 service has an SLO", step: "Define an SLO for every tier-1 service." },
  { key: "budgets", stage: 3, text: "Error budgets are tracked and reviewed", step: "Track error budgets and review them on a fixed cadence." },
  { key: "burn-alerts", stage: 3, text: "Pages come from SLO burn-rate alerts, not raw symptoms", step: "Page on SLO burn rate instead of raw symptoms." },
  { key: "budget-policy", stage: 3, text: "An error budget policy says what happens when a budget runs out", step: "Agree an error budget policy: what stops when a budget runs out." },
  { key: "postmortems", stage: 4, text: "Every SEV1 and SEV2 incident gets a blameless postmortem", step: "Write a blameless postmortem for every SEV1 and SEV2 incident." },
  { key: "action-items", stage: 4, text: "Postmortem action items are tracked to completion", step: "Track postmortem action items until they are done." },
  { key: "drills", stage: 4, text: "Game days or chaos experiments run at least twice a year", step: "Run a game day or chaos experiment at least twice a year." },
  { key: "readiness-reviews", stage: 4, text: "New services pass a production readiness review before launch", step: "Put every new service through a production readiness review before launch." },
  { key: "slo-planning", stage: 5, text: "Roadmaps are planned from SLOs and error budgets", step: "Plan the roadmap from SLOs and error budgets." },
  { key: "toil-measured", stage: 5, text: "Toil is measured and kept below half of the team's time", step: "Log toil and keep it below half of the team's time." },
  { key: "champions", stage: 5, text: "SRE champions in the team spread reliability practice", step: "Name an SRE champion who spreads reliability practice." },
  { key: "governance", stage: 5, text: "Reliability standards are governed organisation-wide (tiers, reviews, audits)", step: "Govern reliability standards organisation-wide: tiers, reviews and audits." },
];

/** A stage is met when its answers score at least this share of its questions: yes = 1, partly = ½, no (or unanswered) = 0. */
export const STAGE_MET_SHARE = 0.75;

export type MaturityAnswers = Record<string, Answer>;

const POINTS: Record<Answer, number> = { yes: 1, partly: 0.5, no: 0 };

export const maturityAnswersSchema = z.object(
  Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.key, z.enum(ANSWERS, { error: "Answer yes, partly or no" })])) as Record<string, z.ZodEnum<{ yes: "yes"; partly: "partly"; no: "no" }>>,
);

export const questionsOf = (stage: number) => MATURITY_QUESTIONS.filter((q) => q.stage === stage);

export const stageName = (stage: number) => MATURITY_STAGES.find((s) => s.stage === stage)?.name ?? `Stage ${stage}`;

/** The share (0…1) of a stage's questions met, partly counting half. */
export function stageScore(answers: Partial<MaturityAnswers>, stage: number): number {
  const questions = questionsOf(stage);
  if (!questions.length) return 0;
  return questions.reduce((sum, q) => sum + POINTS[answers[q.key] ?? "no"], 0) / questions.length;
}

export const stageMet = (answers: Partial<MaturityAnswers>, stage: number) => stageScore(answers, stage) >= STAGE_MET_SHARE;

/** The highest stage N whose questions, and those of every stage below it, are met; stage 1 is the floor. */
export function scoreStage(answers: Partial<MaturityAnswers>): MaturityStage {
  let stage: MaturityStage = 1;
  for (const s of MATURITY_STAGES) {
    if (!stageMet(answers, s.stage)) break;
    stage = s.stage;
  }
  return stage;
}

export type NextSteps = { towards: MaturityStage | null; steps: { key: string; stage: MaturityStage; step: string; answer: Answer | null }[] };

/**
 * What stands between the team and the stage above: every question not answered "yes" of each stage up to the next one
 * that is not met yet (only the next stage's own, unless a lower stage slipped). Nothing at stage 5 with every stage met.
 */
export function nextSteps(answers: Partial<MaturityAnswers>): NextSteps {
  const stage = scoreStage(answers);
  const towards = stage < 5 ? ((stage + 1) as MaturityStage) : null;
  const upTo = towards ?? 5;
  const steps = MATURITY_QUESTIONS.filter((q) => q.stage <= upTo && !stageMet(answers, q.stage) && answers[q.key] !== "yes").map((q) => ({ key: q.key, stage: q.stage, step: q.step, answer: answers[q.key] ?? null }));
  return { towards, steps };
}

// Quarters are calendar quarters in UTC, written "2026-Q3".
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, "Use a quarter like 2026-Q3");

export function quarterOf(ms: number): string {
  const at = new TZDate(ms, "UTC");
  return `${getYear(at)}-Q${getQuarter(at)}`;
}

/** The first instant of a quarter ("2026-Q3" → 2026-07-01T00:00Z). */
export function quarterStartMs(quarter: string): number {
  const [year, q] = quarter.split("-Q").map(Number) as [number, number];
  return new TZDate(year!, (q! - 1) * 3, 1, "UTC").getTime();
}

/** The first instant after a quarter. */
export const quarterEndMs = (quarter: string) => addQuarters(new TZDate(quarterStartMs(quarter), "UTC"), 1).getTime();

/** The `count` quarters up to and including the one `ms` is in, oldest first. */
export function recentQuarters(ms: number, count: number): string[] {
  const current = startOfQuarter(new TZDate(ms, "UTC"));
  return Array.from({ length: count }, (_, i) => quarterOf(addQuarters(current, i - count + 1).getTime()));
}
