import { describe, expect, it } from "vitest";
import { MATURITY_QUESTIONS, maturityAnswersSchema, nextSteps, quarterEndMs, quarterOf, quarterStartMs, recentQuarters, scoreStage, stageScore, type Answer, type MaturityAnswers } from "./maturity";

/** Every question of stages ≤ `upTo` answered `answer`, the rest "no". */
function answersUpTo(upTo: number, answer: Answer = "yes"): MaturityAnswers {
  return Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.key, q.stage <= upTo ? answer : "no"]));
}

describe("the maturity questionnaire", () => {
  it("asks three or four practices for each of the five stages, with unique keys", () => {
    const perStage = [1, 2, 3, 4, 5].map((s) => MATURITY_QUESTIONS.filter((q) => q.stage === s).length);
    expect(perStage).toEqual([3, 4, 4, 4, 4]);
    expect(new Set(MATURITY_QUESTIONS.map((q) => q.key)).size).toBe(MATURITY_QUESTIONS.length);
  });

  it("scores yes 1, partly ½ and no or unanswered 0, per stage", () => {
    const answers = { ...answersUpTo(0), "tier1-slos": "yes", budgets: "partly" } as MaturityAnswers;
    expect(stageScore(answers, 3)).toBe(0.375);
    expect(stageScore({}, 2)).toBe(0);
  });

  it("puts a team at the highest stage met (≥ 75%) with every stage below met; stage 1 is the floor", () => {
    expect(scoreStage({})).toBe(1);
    expect(scoreStage(answersUpTo(0))).toBe(1);
    expect(scoreStage(answersUpTo(1))).toBe(1);
    expect(scoreStage(answersUpTo(3))).toBe(3);
    expect(scoreStage(answersUpTo(5))).toBe(5);
    // Stage 4 met but stage 3 not: the team is at stage 2.
    expect(scoreStage({ ...answersUpTo(4), "tier1-slos": "no", budgets: "no" })).toBe(2);
  });

  it("meets a stage at exactly 75%: three yes and one no of four, or two yes and two partly; not at 62.5%", () => {
    expect(scoreStage({ ...answersUpTo(3), "budget-policy": "no" })).toBe(3);
    expect(scoreStage({ ...answersUpTo(3), budgets: "partly", "budget-policy": "partly" })).toBe(3);
    expect(scoreStage({ ...answersUpTo(3), budgets: "partly", "budget-policy": "no" })).toBe(2);
    // Stage 1 has three questions: two yes and one partly is 83%, two yes and one no 67%.
    expect(scoreStage({ ...answersUpTo(2), responder: "partly" })).toBe(2);
    expect(scoreStage({ ...answersUpTo(2), responder: "no" })).toBe(1);
  });

  it("suggests the unmet practices of the next stage, in plain words; none at stage 5", () => {
    const answers = { ...answersUpTo(2), "tier1-slos": "yes", budgets: "partly" } as MaturityAnswers;
    expect(nextSteps(answers)).toEqual({
      towards: 3,
      steps: [
        { key: "budgets", stage: 3, step: "Track error budgets and review them on a fixed cadence.", answer: "partly" },
        { key: "burn-alerts", stage: 3, step: "Page on SLO burn rate instead of raw symptoms.", answer: "no" },
        { key: "budget-policy", stage: 3, step: "Agree an error budget policy: what stops when a budget runs out.", answer: "no" },
      ],
    });
    expect(nextSteps(answersUpTo(5))).toEqual({ towards: null, steps: [] });
    // A lower stage that slipped comes first.
    expect(nextSteps({ ...answersUpTo(1), alerts: "no", responder: "no" }).steps.map((s) => s.key)).toEqual(["alerts", "responder", "metrics", "logs", "traces", "dashboards"]);
  });

  it("validates a full set of answers and names a missing or wrong one", () => {
    expect(maturityAnswersSchema.safeParse(answersUpTo(3)).success).toBe(true);
    const { traces: _, ...missing } = answersUpTo(3);
    const result = maturityAnswersSchema.safeParse({ ...missing, logs: "maybe" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["logs", "Answer yes, partly or no"],
      ["traces", "Answer yes, partly or no"],
    ]);
  });
});

describe("quarters", () => {
  it("names calendar quarters in UTC and knows their bounds", () => {
    expect(quarterOf(Date.parse("2026-09-30T23:59:59.999Z"))).toBe("2026-Q3");
    expect(quarterOf(Date.parse("2026-10-01T00:00:00Z"))).toBe("2026-Q4");
    expect(new Date(quarterStartMs("2026-Q3")).toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(new Date(quarterEndMs("2026-Q4")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(recentQuarters(Date.parse("2026-12-02T10:30:00Z"), 4)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(recentQuarters(Date.parse("2026-02-02T10:30:00Z"), 2)).toEqual(["2025-Q4", "2026-Q1"]);
  });
});
