import { describe, expect, it } from "vitest";
import { levelsDue, peopleToNotify } from "./escalation";

const levels = [
  { level: 1, delayMinutes: 0, people: [{ userId: 1 }] },
  { level: 2, delayMinutes: 15, people: [{ userId: 2 }, { userId: 1 }] },
  { level: 3, delayMinutes: 30, people: [{ userId: 3 }] },
];

describe("escalation", () => {
  it("notifies the levels whose delay has passed, each person once, in level order", () => {
    expect(peopleToNotify(levels, -1)).toEqual([]);
    expect(peopleToNotify(levels, 0).map((p) => p.userId)).toEqual([1]);
    expect(peopleToNotify(levels, 14).map((p) => p.userId)).toEqual([1]);
    expect(peopleToNotify(levels, 15).map((p) => p.userId)).toEqual([1, 2]);
    expect(peopleToNotify(levels, 45).map((p) => p.userId)).toEqual([1, 2, 3]);
    expect(levelsDue(levels, 29).map((l) => l.level)).toEqual([1, 2]);
  });
});
