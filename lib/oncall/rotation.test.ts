import { describe, expect, it } from "vitest";
import { handoffAt, handoffIndexAt, nextHandoff, nextShiftAfter, rotationShifts, shiftAt, shiftsBetween, type Override, type Rotation } from "./rotation";

const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: string) => Date.parse(s);
const H = 3_600_000;

const london: Rotation = { kind: "daily", handoffTime: "09:00", handoffWeekday: 1, timeZone: "Europe/London", startDate: "2026-03-27", participants: [1, 2, 3] };

describe("daily rotation", () => {
  it("hands off at 09:00 London time, in order, from the start date", () => {
    expect([0, 1, 2, 3].map((k) => iso(handoffAt(london, k)))).toEqual(["2026-03-27T09:00:00.000Z", "2026-03-28T09:00:00.000Z", "2026-03-29T08:00:00.000Z", "2026-03-30T08:00:00.000Z"]);
    const shifts = rotationShifts(london, at("2026-03-27T09:00:00Z"), at("2026-03-30T08:00:00Z"));
    expect(shifts.map((s) => [s.userId, iso(s.from), iso(s.until)])).toEqual([
      [1, "2026-03-27T09:00:00.000Z", "2026-03-28T09:00:00.000Z"],
      [2, "2026-03-28T09:00:00.000Z", "2026-03-29T08:00:00.000Z"],
      [3, "2026-03-29T08:00:00.000Z", "2026-03-30T08:00:00.000Z"],
    ]);
  });

  it("makes a 23 h shift on the spring-forward day and a 25 h one on the fall-back day (Europe/London)", () => {
    const spring = shiftAt(london, [], at("2026-03-28T12:00:00Z"))!;
    expect((spring.until - spring.from) / H).toBe(23);
    const autumn = shiftAt(london, [], at("2026-10-24T12:00:00Z"))!;
    expect([iso(autumn.from), iso(autumn.until)]).toEqual(["2026-10-24T08:00:00.000Z", "2026-10-25T09:00:00.000Z"]);
    expect((autumn.until - autumn.from) / H).toBe(25);
  });

  it("keeps a handoff inside the skipped hour on the next valid local time (Europe/Berlin 02:30 on 29 March)", () => {
    const berlin: Rotation = { ...london, timeZone: "Europe/Berlin", handoffTime: "02:30", startDate: "2026-03-28" };
    expect(iso(handoffAt(berlin, 0))).toBe("2026-03-28T01:30:00.000Z");
    expect(iso(handoffAt(berlin, 1))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(handoffAt(berlin, 2))).toBe("2026-03-30T00:30:00.000Z");
  });

  it("has nobody on call before the first handoff, and finds the handoff index either side of it", () => {
    expect(shiftAt(london, [], at("2026-03-27T08:59:59Z"))).toBeNull();
    expect(handoffIndexAt(london, at("2026-03-27T08:59:59Z"))).toBe(-1);
    expect(handoffIndexAt(london, at("2026-03-27T09:00:00Z"))).toBe(0);
    expect(iso(nextHandoff(london, at("2026-03-01T00:00:00Z"))!)).toBe("2026-03-27T09:00:00.000Z");
    expect(iso(nextHandoff(london, at("2026-03-29T08:00:00Z"))!)).toBe("2026-03-30T08:00:00.000Z");
  });

  it("cycles the participants a year on (day 365 is participant 365 mod 3)", () => {
    const shift = shiftAt(london, [], at("2027-03-27T12:00:00Z"))!;
    expect(shift.userId).toBe(london.participants[365 % 3]);
    expect(iso(shift.from)).toBe("2027-03-27T09:00:00.000Z");
  });

  it("has no shifts with an empty participant list, but overrides still put people on call", () => {
    const empty = { ...london, participants: [] };
    expect(rotationShifts(empty, 0, at("2030-01-01T00:00:00Z"))).toEqual([]);
    expect(shiftAt(empty, [], at("2026-04-01T12:00:00Z"))).toBeNull();
    expect(nextHandoff(empty, at("2026-04-01T12:00:00Z"))).toBeNull();
    const cover: Override = { id: 1, userId: 9, from: at("2026-04-01T10:00:00Z"), until: at("2026-04-01T14:00:00Z") };
    expect(shiftsBetween(empty, [cover], at("2026-04-01T00:00:00Z"), at("2026-04-02T00:00:00Z"))).toEqual([{ userId: 9, from: cover.from, until: cover.until, overrideId: 1 }]);
    expect(nextShiftAfter(empty, [cover], at("2026-04-01T00:00:00Z"))).toMatchObject({ userId: 9, overrideId: 1 });
  });
});

describe("weekly rotation", () => {
  const ny: Rotation = { kind: "weekly", handoffTime: "09:00", handoffWeekday: 1, timeZone: "America/New_York", startDate: "2026-02-25", participants: [10, 20] };

  it("starts on the first handoff weekday on or after the start date", () => {
    // 25 February 2026 is a Wednesday; the first Monday after it is 2 March, 09:00 EST = 14:00 UTC.
    expect(iso(handoffAt(ny, 0))).toBe("2026-03-02T14:00:00.000Z");
    expect(iso(handoffAt({ ...ny, handoffWeekday: 3 }, 0))).toBe("2026-02-25T14:00:00.000Z");
  });

  it("makes a 167 h week across spring-forward and a 169 h week across fall-back (America/New_York)", () => {
    const spring = shiftAt(ny, [], at("2026-03-05T00:00:00Z"))!;
    expect([spring.userId, iso(spring.from), iso(spring.until)]).toEqual([10, "2026-03-02T14:00:00.000Z", "2026-03-09T13:00:00.000Z"]);
    expect((spring.until - spring.from) / H).toBe(167);
    const autumn = shiftAt(ny, [], at("2026-10-28T00:00:00Z"))!;
    expect([iso(autumn.from), iso(autumn.until)]).toEqual(["2026-10-26T13:00:00.000Z", "2026-11-02T14:00:00.000Z"]);
    expect((autumn.until - autumn.from) / H).toBe(169);
  });

  it("says who is next and when the handoff is", () => {
    const next = nextShiftAfter(ny, [], at("2026-03-05T00:00:00Z"))!;
    expect([next.userId, iso(next.from)]).toEqual([20, "2026-03-09T13:00:00.000Z"]);
  });
});

describe("overrides", () => {
  const day = (d: string) => at(`${d}:00Z`);

  it("cuts an override inside a shift into three pieces", () => {
    const o: Override = { id: 1, userId: 7, from: day("2026-04-01T12:00"), until: day("2026-04-01T18:00") };
    const shifts = shiftsBetween(london, [o], day("2026-04-01T08:00"), day("2026-04-02T08:00"));
    expect(shifts.map((s) => [s.userId, iso(s.from), iso(s.until), s.overrideId])).toEqual([
      [3, "2026-04-01T08:00:00.000Z", "2026-04-01T12:00:00.000Z", null],
      [7, "2026-04-01T12:00:00.000Z", "2026-04-01T18:00:00.000Z", 1],
      [3, "2026-04-01T18:00:00.000Z", "2026-04-02T08:00:00.000Z", null],
    ]);
    expect(shiftAt(london, [o], day("2026-04-01T13:00"))).toEqual({ userId: 7, from: o.from, until: o.until, overrideId: 1 });
  });

  it("spans a handoff as one shift, shortening both neighbours", () => {
    const o: Override = { id: 2, userId: 7, from: day("2026-04-01T20:00"), until: day("2026-04-02T12:00") };
    const shifts = shiftsBetween(london, [o], day("2026-04-01T08:00"), day("2026-04-03T08:00"));
    expect(shifts.map((s) => [s.userId, iso(s.from), iso(s.until)])).toEqual([
      [3, "2026-04-01T08:00:00.000Z", "2026-04-01T20:00:00.000Z"],
      [7, "2026-04-01T20:00:00.000Z", "2026-04-02T12:00:00.000Z"],
      [1, "2026-04-02T12:00:00.000Z", "2026-04-03T08:00:00.000Z"],
    ]);
    // The person after the override is next, from its end.
    expect(nextShiftAfter(london, [o], day("2026-04-01T21:00"))).toMatchObject({ userId: 1, from: day("2026-04-02T12:00") });
  });

  it("lets the later of two overlapping overrides win where they overlap", () => {
    const early: Override = { id: 3, userId: 7, from: day("2026-04-01T10:00"), until: day("2026-04-01T16:00") };
    const late: Override = { id: 4, userId: 8, from: day("2026-04-01T14:00"), until: day("2026-04-01T20:00") };
    const shifts = shiftsBetween(london, [late, early], day("2026-04-01T09:00"), day("2026-04-01T21:00"));
    expect(shifts.map((s) => [s.userId, iso(s.from), iso(s.until), s.overrideId])).toEqual([
      [3, "2026-04-01T08:00:00.000Z", "2026-04-01T10:00:00.000Z", null],
      [7, "2026-04-01T10:00:00.000Z", "2026-04-01T14:00:00.000Z", 3],
      [8, "2026-04-01T14:00:00.000Z", "2026-04-01T20:00:00.000Z", 4],
      [3, "2026-04-01T20:00:00.000Z", "2026-04-02T08:00:00.000Z", null],
    ]);
    // The other way round, the later one covers the earlier one's middle and splits it.
    const wide: Override = { id: 5, userId: 7, from: day("2026-04-01T10:00"), until: day("2026-04-01T20:00") };
    const narrow: Override = { id: 6, userId: 8, from: day("2026-04-01T12:00"), until: day("2026-04-01T14:00") };
    expect(shiftsBetween(london, [wide, narrow], day("2026-04-01T10:00"), day("2026-04-01T20:00")).map((s) => [s.userId, iso(s.from), iso(s.until)])).toEqual([
      [7, "2026-04-01T10:00:00.000Z", "2026-04-01T12:00:00.000Z"],
      [8, "2026-04-01T12:00:00.000Z", "2026-04-01T14:00:00.000Z"],
      [7, "2026-04-01T14:00:00.000Z", "2026-04-01T20:00:00.000Z"],
    ]);
  });

  it("reports an override's whole bounds when asked about a moment inside it", () => {
    const long: Override = { id: 9, userId: 7, from: day("2026-04-01T00:00"), until: day("2026-04-10T00:00") };
    expect(shiftAt(london, [long], day("2026-04-05T00:00"))).toEqual({ userId: 7, from: long.from, until: long.until, overrideId: 9 });
  });
});
