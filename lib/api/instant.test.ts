import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { parseInstant } from "./instant";

describe("parseInstant", () => {
  it("reads ISO-8601 with a zone and epoch seconds", () => {
    expect(parseInstant("2026-11-01T10:05:00Z", "at")).toBe(Date.UTC(2026, 10, 1, 10, 5));
    expect(parseInstant("2026-11-01T11:05:00+01:00", "at")).toBe(Date.UTC(2026, 10, 1, 10, 5));
    expect(parseInstant("1793527500", "at")).toBe(1_793_527_500_000);
    expect(parseInstant(1_793_527_500, "ts")).toBe(1_793_527_500_000);
  });

  it("refuses times without a zone and garbage, naming the field", () => {
    for (const bad of ["2026-11-01T10:05:00", "yesterday", "", null, {}]) {
      expect(() => parseInstant(bad, "at")).toThrow(ApiError);
    }
    try {
      parseInstant("nope", "points[2].ts");
    } catch (error) {
      expect((error as ApiError).field).toBe("points[2].ts");
    }
  });
});
