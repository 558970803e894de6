import { describe, expect, it } from "vitest";
import { policyFormSchema, tierTargetsFormSchema } from "./policy-form";

describe("policy form", () => {
  it("reads percentages, turning empty fields into switched-off rules", () => {
    expect(policyFormSchema.parse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "50", earlyBurnDays: "10", freezeOnPage: "on", warmUpHours: "24" })).toEqual({
      warnBelowRemaining: 0.5,
      freezeAtOrBelowRemaining: 0,
      earlyBurn: { consumedAbove: 0.5, withinDays: 10 },
      freezeOnPage: true,
      warmUpHours: 24,
    });
    expect(policyFormSchema.parse({ warnBelowPercent: "", freezeAtOrBelowPercent: "", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "off", warmUpHours: "" })).toEqual({
      warnBelowRemaining: null,
      freezeAtOrBelowRemaining: null,
      earlyBurn: null,
      freezeOnPage: false,
      warmUpHours: 0,
    });
  });

  it("names the bad field", () => {
    expect(policyFormSchema.safeParse({ warnBelowPercent: "150", freezeAtOrBelowPercent: "0", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "on", warmUpHours: "24" }).error?.issues[0]?.path).toEqual(["warnBelowPercent"]);
    expect(policyFormSchema.safeParse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "50", earlyBurnDays: "0", freezeOnPage: "on", warmUpHours: "24" }).error?.issues[0]?.path).toEqual(["earlyBurnDays"]);
    const warmUp = policyFormSchema.safeParse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "on", warmUpHours: "1.5" }).error?.issues[0];
    expect(warmUp?.path).toEqual(["warmUpHours"]);
    expect(warmUp?.message).toBe("Warm-up must be whole hours between 0 and 720");
    expect(policyFormSchema.safeParse({ warnBelowPercent: "50", freezeAtOrBelowPercent: "0", earlyBurnPercent: "", earlyBurnDays: "", freezeOnPage: "on", warmUpHours: "721" }).success).toBe(false);
  });

  it("reads tier targets", () => {
    expect(tierTargetsFormSchema.parse({ tier1: "99.99", tier2: "99.9", tier3: "99.5" })).toEqual({ 1: 0.9999, 2: 0.999, 3: 0.995 });
    expect(tierTargetsFormSchema.safeParse({ tier1: "100", tier2: "99.9", tier3: "99.5" }).error?.issues[0]?.path).toEqual(["tier1"]);
  });
});
