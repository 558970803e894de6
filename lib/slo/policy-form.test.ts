import { describe, expect, it } from "vitest";
import { policyFormSchema, tierTargetsFormSchema } from "./policy-form";

describe("policy form", () => {
  it("reads percentages, turning empty fields into switched-off rules", () => {
    expect(policyFormSchema.parse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "50", earlyBurnDays: "10", freezeOnPage: "on" })).toEqual({
      warnBelowRemaining: 0.5,
      freezeAtOrBelowRemaining: 0,
      earlyBurn: { consumedAbove: 0.5, withinDays: 10 },
      freezeOnPage: true,
    });
    expect(policyFormSchema.parse({ warnBelowPercent: "", freezeAtOrBelowPercent: "", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "off" })).toEqual({
      warnBelowRemaining: null,
      freezeAtOrBelowRemaining: null,
      earlyBurn: null,
      freezeOnPage: false,
    });
  });

  it("names the bad field", () => {
    expect(policyFormSchema.safeParse({ warnBelowPercent: "150", freezeAtOrBelowPercent: "0", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "on" }).error?.issues[0]?.path).toEqual(["warnBelowPercent"]);
    expect(policyFormSchema.safeParse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "50", earlyBurnDays: "0", freezeOnPage: "on" }).error?.issues[0]?.path).toEqual(["earlyBurnDays"]);
  });

  it("reads tier targets", () => {
    expect(tierTargetsFormSchema.parse({ tier1: "99.99", tier2: "99.9", tier3: "99.5" })).toEqual({ 1: 0.9999, 2: 0.999, 3: 0.995 });
    expect(tierTargetsFormSchema.safeParse({ tier1: "100", tier2: "99.9", tier3: "99.5" }).error?.issues[0]?.path).toEqual(["tier1"]);
  });
});
