import { describe, expect, it } from "vitest";
import { parseStep } from "./series";

describe("parseStep", () => {
  it("reads durations and seconds", () => {
    expect(parseStep("5m", 0)).toEqual({ ok: true, ms: 300_000 });
    expect(parseStep("1h", 0)).toEqual({ ok: true, ms: 3_600_000 });
    expect(parseStep("120", 0)).toEqual({ ok: true, ms: 120_000 });
    expect(parseStep("1d", 0)).toEqual({ ok: true, ms: 86_400_000 });
  });

  it("defaults to about 200 whole-minute steps", () => {
    expect(parseStep(null, 86_400_000)).toEqual({ ok: true, ms: 480_000 });
    expect(parseStep(null, 60_000)).toEqual({ ok: true, ms: 60_000 });
  });

  it("refuses sub-minute and malformed steps", () => {
    expect(parseStep("30s", 0)).toMatchObject({ ok: false, message: expect.stringMatching(/at least 1m/) });
    expect(parseStep("90s", 0)).toMatchObject({ ok: false, message: expect.stringMatching(/whole number of minutes/) });
    expect(parseStep("soon", 0)).toMatchObject({ ok: false, message: expect.stringMatching(/duration/) });
  });
});
