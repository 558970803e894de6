import { describe, expect, it } from "vitest";
import { formFieldOf, formToSloInput, percentMessage, sloInputToForm } from "./form";
import { sloInputSchema } from "./schemas";

const base = {
  slug: "checkout-availability",
  name: "Checkout availability",
  service: "checkout",
  sliKind: "availability",
  targetPercent: "99.9",
  windowKind: "rolling",
  windowDays: "30",
  budgetingMethod: "occurrences",
  reviewCadenceDays: "90",
  freezeOnPage: "on",
};

describe("SLO form mapping", () => {
  it("turns percentages into fractions and builds the window", () => {
    const input = sloInputSchema.parse(formToSloInput(base));
    expect(input).toMatchObject({ target: 0.999, window: { kind: "rolling", days: 30 }, latencyThresholdMs: null, timesliceTarget: null, policy: null });
    const calendar = sloInputSchema.parse(formToSloInput({ ...base, windowKind: "calendar", calendarUnit: "quarter", timeZone: "Europe/Berlin" }));
    expect(calendar.window).toEqual({ kind: "calendar", unit: "quarter", timeZone: "Europe/Berlin" });
  });

  it("keeps latency thresholds and timeslice targets only where they apply", () => {
    const latency = sloInputSchema.parse(formToSloInput({ ...base, sliKind: "latency", latencyThresholdMs: "300", budgetingMethod: "timeslices", timesliceTargetPercent: "95" }));
    expect(latency).toMatchObject({ latencyThresholdMs: 300, timesliceTarget: 0.95 });
    const availability = sloInputSchema.parse(formToSloInput({ ...base, latencyThresholdMs: "300" }));
    expect(availability.latencyThresholdMs).toBeNull();
  });

  it("reports a target of 100% against the percentage field", () => {
    const result = sloInputSchema.safeParse(formToSloInput({ ...base, targetPercent: "100" }));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    const field = formFieldOf(issue.path.join("."));
    expect(field).toBe("targetPercent");
    expect(percentMessage(field, issue.message)).toBe("must be less than 100%");
  });

  it("collects policy overrides and round-trips through the form", () => {
    const input = sloInputSchema.parse(formToSloInput({ ...base, warnBelowPercent: "25", earlyBurnPercent: "60", earlyBurnDays: "7", freezeOnPage: "off" }));
    expect(input.policy).toEqual({ warnBelowRemaining: 0.25, earlyBurn: { consumedAbove: 0.6, withinDays: 7 }, freezeOnPage: false });
    expect(sloInputSchema.parse(formToSloInput(sloInputToForm(input)))).toEqual(input);
  });
});
