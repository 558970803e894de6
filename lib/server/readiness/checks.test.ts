// The batched evaluation of automatic checks (the scorecard's) against one service at a time (a review's), on the same
// database; and the scorecard judging reviews in review by their live checks, as opening each review would.
import { beforeAll, describe, expect, it } from "vitest";
import { latestReviewStates } from "@/db/queries/readiness-state";
import { listSloStatuses } from "@/db/queries/slo-status";
import { listServices } from "@/db/queries/services";
import { setUpTempDatabase } from "@/lib/testing/temp-db";
import { insertReadinessFixtures } from "@/lib/testing/readiness-fixtures";
import { sloBudgetsOfServices } from "../slo/reads";
import { evaluateChecks, evaluateChecksOfServices } from "./checks";
import { readinessOfService, readinessScorecard } from "./state";
import { refreshReviewChecks } from "./reviews";

setUpTempDatabase();

const NOW = Date.parse("2026-12-02T12:00:00Z");

beforeAll(() => {
  insertReadinessFixtures({ prefix: "chk", teamCount: 5, serviceCount: 36, nowMs: NOW });
});

async function requests() {
  const services = await listServices({});
  const reviews = await latestReviewStates(services.map((s) => s.id));
  return services.map((service) => ({ service, checks: reviews.get(service.id)!.items.flatMap((item) => (item.check ? [{ itemKey: item.itemKey, check: item.check }] : [])) }));
}

describe("evaluateChecksOfServices", () => {
  it("gives every service exactly the results of evaluating it alone", async () => {
    const all = await requests();
    expect(all).toHaveLength(36);
    const batched = await evaluateChecksOfServices(all, NOW);
    for (const { service, checks } of all) {
      expect(checks).toHaveLength(7);
      expect(batched.get(service.id), service.slug).toEqual(await evaluateChecks(service.id, checks, NOW));
    }
    // The fixtures make every check pass somewhere and fail somewhere.
    for (const key of ["slos-defined", "burn-rate", "budget", "oncall", "runbooks", "load-failure", "postmortem-process"]) {
      const statuses = new Set([...batched.values()].map((results) => results.get(key)!.status));
      expect([key, [...statuses].sort()]).toEqual([key, ["fail", "pass"]]);
    }
  });

  it("leaves out services without checks and reads nothing for none", async () => {
    const [first] = await requests();
    expect(await evaluateChecksOfServices([], NOW)).toEqual(new Map());
    expect(await evaluateChecksOfServices([{ service: first!.service, checks: [] }], NOW)).toEqual(new Map());
  });
});

describe("sloBudgetsOfServices", () => {
  it("gives each SLO the period budget its full status has, exhausted ones included", async () => {
    const services = await listServices({});
    const budgets = await sloBudgetsOfServices(services.map((s) => s.id), NOW);
    const statuses = await listSloStatuses(NOW);
    expect(budgets.map((b) => [b.record.slug, b.periodBudget])).toEqual(statuses.map((s) => [s.record.slug, s.status.periodBudget]));
    expect(budgets.filter((b) => b.periodBudget.remaining <= 0).length).toBeGreaterThan(0);
    expect(budgets.filter((b) => b.periodBudget.remaining > 0).length).toBeGreaterThan(0);
  });
});

describe("readinessScorecard", () => {
  it("judges reviews in review by their live checks: the same rows as after opening every review", async () => {
    const live = await readinessScorecard({}, NOW);
    expect(live.rows).toHaveLength(36);
    expect(live.categories).toHaveLength(12);
    // Before any review is opened, the stored items say nothing of the checks; the scorecard already shows the failed SLO check.
    const blocker = { item: "SLOs defined", message: "Automatic check failed: Service chk 3 has no SLO. Define at least one so its reliability target is explicit." };
    expect((await readinessOfService("chk-svc-3", NOW)).readiness.blockers).toContainEqual({ item: "SLOs defined", message: "Not checked yet" });
    const noSlo = live.rows.find((r) => r.service.slug === "chk-svc-3")!;
    expect(noSlo.readiness.state).toBe("blocked");
    expect(noSlo.readiness.blockers).toContainEqual(blocker);
    for (const row of live.rows) if (row.readiness.reviewId !== null) await refreshReviewChecks(row.readiness.reviewId, NOW);
    const stored = await Promise.all(live.rows.map((row) => readinessOfService(row.service.slug, NOW)));
    expect(live.rows.map((r) => [r.service.slug, r.readiness, r.categories])).toEqual(stored.map((r) => [r.service.slug, r.readiness, r.categories]));
    expect(new Set(live.rows.map((r) => r.readiness.state))).toEqual(new Set(["ready", "blocked"]));
  });
});
