// The demo's reliability maturity: the core-banking case study climbing a stage a quarter over the four quarters before
// the current one (reactive monitoring → continuous improvement; the current quarter is left for the team to assess), a
// couple of quarters for the other teams, and the bank's toil log — restarting services, user provisioning scripts,
// monthly maintenance routines — automated task by task so its toil share falls below the 50% guidance.
// Idempotent: a team with assessments or toil entries already is left alone.
import "server-only";
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import { MATURITY_QUESTIONS, quarterEndMs, recentQuarters, scoreStage, type Answer, type MaturityAnswers } from "@/lib/readiness/maturity";
import type { Actor } from "../queries/audit";
import { insertToilEntry, listAssessments, listToilEntries, saveAssessment } from "../queries/maturity";
import { findTeamBySlug } from "../queries/teams";
import { demoCalendar } from "./demo-incidents-plan";

const DAY = 86_400_000;

/**
 * Answers scoring exactly `stage`: every practice of the stages up to it yes (one partly where a stage has four, still
 * 87.5%), the next stage begun (one yes, one partly: 37.5%), the rest no.
 */
export function demoAnswers(stage: number): MaturityAnswers {
  const answers: MaturityAnswers = {};
  for (const stageNo of [1, 2, 3, 4, 5]) {
    const questions = MATURITY_QUESTIONS.filter((q) => q.stage === stageNo);
    questions.forEach((q, i) => {
      let answer: Answer = "no";
      if (stageNo <= stage) answer = questions.length === 4 && i === 3 ? "partly" : "yes";
      else if (stageNo === stage + 1) answer = i === 0 ? "yes" : i === 1 ? "partly" : "no";
      answers[q.key] = answer;
    });
  }
  return answers;
}

/** Stages of each team over the quarters before the current one, oldest first (the last is the quarter just ended). */
export const DEMO_MATURITY: Record<string, number[]> = {
  "core-banking": [1, 2, 3, 4],
  streaming: [2, 3],
  payments: [3, 3],
  platform: [2],
};

/** The bank's toil: hours a week, and the demo month (1-based) it was automated in, or null while it is still done by hand. */
export const DEMO_BANK_TOIL: { task: string; hoursPerWeek: number; automatedMonth: number | null }[] = [
  { task: "Restarting stuck services by hand", hoursPerWeek: 40, automatedMonth: 5 },
  { task: "Running user provisioning scripts", hoursPerWeek: 25, automatedMonth: 8 },
  { task: "Monthly maintenance routines: patching and certificate renewal", hoursPerWeek: 20, automatedMonth: 11 },
  { task: "Answering balance queries for the support desk", hoursPerWeek: 15, automatedMonth: null },
  { task: "Manual end-of-day reconciliation checks", hoursPerWeek: 15, automatedMonth: null },
];

export async function seedDemoMaturity(actor: Actor, nowMs: number): Promise<{ assessments: number; toil: number }> {
  const summary = { assessments: 0, toil: 0 };
  const calendar = demoCalendar(nowMs);
  const past = recentQuarters(nowMs, 5).slice(0, 4);
  for (const [slug, stages] of Object.entries(DEMO_MATURITY)) {
    const team = await findTeamBySlug(slug);
    if (!team || (await listAssessments(team.id)).length) continue;
    const quarters = past.slice(past.length - stages.length);
    for (const [i, stage] of stages.entries()) {
      const answers = demoAnswers(stage);
      const assessedAt = new Date(quarterEndMs(quarters[i]!) - 10 * DAY);
      await saveAssessment({ teamId: team.id, quarter: quarters[i]!, answers, stage: scoreStage(answers), assessedById: null, assessedAt }, actor);
      summary.assessments++;
    }
  }
  const bank = await findTeamBySlug("core-banking");
  if (bank && !(await listToilEntries(bank.id)).length) {
    // Logged when the bank started measuring toil, a quarter before the demo year.
    const loggedAt = new Date(addMonths(new TZDate(calendar.months[0]!.getTime(), "UTC"), -3).getTime());
    for (const toil of DEMO_BANK_TOIL) {
      const automatedAt = toil.automatedMonth === null ? null : new Date(calendar.months[toil.automatedMonth - 1]!.getTime() + 9 * DAY);
      await insertToilEntry({ teamId: bank.id, task: toil.task, hoursPerWeek: toil.hoursPerWeek, loggedAt, automatedAt, createdById: null }, actor);
      summary.toil++;
    }
  }
  return summary;
}
