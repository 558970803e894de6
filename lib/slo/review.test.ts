import { describe, expect, it } from "vitest";
import { isReviewDue, reviewDueAt, reviewSchema } from "./review";

const DAY = 86_400_000;

describe("review cadence", () => {
  it("is due a cadence after the last review, or after creation", () => {
    expect(reviewDueAt(null, 0, 90)).toBe(90 * DAY);
    expect(reviewDueAt(10 * DAY, 0, 30)).toBe(40 * DAY);
    expect(isReviewDue(null, 0, 90, 90 * DAY)).toBe(true);
    expect(isReviewDue(null, 0, 90, 90 * DAY - 1)).toBe(false);
  });
});

describe("reviewSchema", () => {
  const schema = reviewSchema(0.999);

  it("keeps the target without asking for one", () => {
    expect(schema.parse({ decision: "keep", note: "" })).toEqual({ decision: "keep", newTarget: 0.999, note: "" });
  });

  it("raises and lowers only in the stated direction, with a reason", () => {
    expect(schema.parse({ decision: "raise", newTargetPercent: "99.95", note: "Customers expect more" })).toEqual({ decision: "raise", newTarget: 0.9995, note: "Customers expect more" });
    expect(schema.safeParse({ decision: "raise", newTargetPercent: "99.5", note: "x" }).error?.issues[0]?.message).toBe("must be above the current 99.9% to raise it");
    expect(schema.safeParse({ decision: "lower", newTargetPercent: "99.95", note: "x" }).error?.issues[0]?.path).toEqual(["newTargetPercent"]);
    expect(schema.safeParse({ decision: "lower", newTargetPercent: "99.5", note: "" }).error?.issues[0]?.path).toEqual(["note"]);
    expect(schema.safeParse({ decision: "lower", newTargetPercent: "100", note: "x" }).success).toBe(false);
  });
});
