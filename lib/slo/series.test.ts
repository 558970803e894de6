import { describe, expect, it } from "vitest";
import { parseStep, seriesInstants } from "./series";

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

describe("seriesInstants", () => {
  const MIN = 60_000;

  it("lays the grid back from the end, so the last point is the end and the start is kept", () => {
    // 24 hours at 7-minute steps: forward from the start, the last point fell 5 minutes short of the end.
    const instants = seriesInstants(0, 1440 * MIN, 7 * MIN);
    expect(instants.at(-1)).toBe(1440 * MIN);
    expect(instants[0]).toBe(0);
    expect(instants[1]).toBe(5 * MIN);
    expect(instants.length).toBe(207);
  });

  it("gives the same grid as before when the step divides the range", () => {
    expect(seriesInstants(0, 60 * MIN, 15 * MIN)).toEqual([0, 15 * MIN, 30 * MIN, 45 * MIN, 60 * MIN]);
  });

  it("adds the end of the first minute with data when it falls between grid points", () => {
    // A 30-day window at 216-minute steps with data from minute 43170 (30 minutes before the end).
    const end = 43_200 * MIN;
    const instants = seriesInstants(0, end, 216 * MIN, 43_170 * MIN);
    expect(instants.slice(-3)).toEqual([end - 216 * MIN, 43_171 * MIN, end]);
    expect(instants.length).toBe(202);
  });

  it("adds nothing for data before the range, on a grid point or after the end", () => {
    expect(seriesInstants(10 * MIN, 20 * MIN, 5 * MIN, 0)).toEqual([10 * MIN, 15 * MIN, 20 * MIN]);
    expect(seriesInstants(10 * MIN, 20 * MIN, 5 * MIN, 14 * MIN)).toEqual([10 * MIN, 15 * MIN, 20 * MIN]);
    expect(seriesInstants(10 * MIN, 20 * MIN, 5 * MIN, 20 * MIN)).toEqual([10 * MIN, 15 * MIN, 20 * MIN]);
  });

  it("gives one point for an empty range and none for a reversed one", () => {
    expect(seriesInstants(5 * MIN, 5 * MIN, MIN)).toEqual([5 * MIN]);
    expect(seriesInstants(6 * MIN, 5 * MIN, MIN)).toEqual([]);
  });
});
