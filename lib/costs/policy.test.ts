import { describe, expect, it } from "vitest";
import { completeCostPolicy, costPolicySchema, DEFAULT_COST_POLICY } from "./policy";

describe("cost policy", () => {
  it("has Keel's defaults", () => {
    expect(DEFAULT_COST_POLICY).toEqual({ budgetWarnAt: 0.8, budgetOverAt: 1, anomalySigma: 3, anomalyTrailingMonths: 6, anomalyAboveMean: 0.5, forecastMonths: 3 });
    expect(costPolicySchema.parse(DEFAULT_COST_POLICY)).toEqual(DEFAULT_COST_POLICY);
  });

  it("names the field it refuses", () => {
    const refuse = (patch: object) => costPolicySchema.safeParse({ ...DEFAULT_COST_POLICY, ...patch }).error?.issues[0];
    expect(refuse({ budgetWarnAt: 0 })).toMatchObject({ path: ["budgetWarnAt"], message: "budgetWarnAt must be greater than 0" });
    expect(refuse({ budgetOverAt: 0.8 })).toMatchObject({ path: ["budgetOverAt"], message: "budgetOverAt must be above budgetWarnAt" });
    expect(refuse({ anomalyTrailingMonths: 2.5 })).toMatchObject({ path: ["anomalyTrailingMonths"] });
    expect(refuse({ anomalyTrailingMonths: 1 })).toMatchObject({ path: ["anomalyTrailingMonths"], message: "anomalyTrailingMonths must be at least 2" });
    expect(refuse({ forecastMonths: 13 })).toMatchObject({ path: ["forecastMonths"] });
    expect(refuse({ anomalySigma: "3" })).toMatchObject({ path: ["anomalySigma"], message: "anomalySigma must be a number" });
    expect(refuse({ extra: 1 })).toBeDefined();
  });

  it("completes a stored policy with defaults and falls back when it no longer validates", () => {
    expect(completeCostPolicy(undefined)).toEqual(DEFAULT_COST_POLICY);
    expect(completeCostPolicy({ anomalySigma: 2 })).toEqual({ ...DEFAULT_COST_POLICY, anomalySigma: 2 });
    expect(completeCostPolicy({ budgetWarnAt: 5 })).toEqual(DEFAULT_COST_POLICY);
  });
});
