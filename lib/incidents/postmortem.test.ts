import { describe, expect, it } from "vitest";
import { completedAtAfter, dueDateToInstant, isActionItemOverdue, POSTMORTEM_SECTIONS, postmortemMoveRefusal } from "./postmortem";

const now = new Date("2026-12-02T12:00:00Z");

describe("postmortem status", () => {
  it("moves draft → in review → published, and back to draft from review only", () => {
    expect(postmortemMoveRefusal("draft", "in_review")).toBeNull();
    expect(postmortemMoveRefusal("in_review", "published")).toBeNull();
    expect(postmortemMoveRefusal("in_review", "draft")).toBeNull();
    expect(postmortemMoveRefusal("draft", "draft")).toBeNull();
    expect(postmortemMoveRefusal("draft", "published")).toMatch(/review/);
    expect(postmortemMoveRefusal("published", "draft")).toMatch(/stays published/);
    expect(postmortemMoveRefusal("published", "in_review")).toMatch(/stays published/);
  });

  it("asks about conditions, not people", () => {
    expect(POSTMORTEM_SECTIONS.map((s) => s.key)).toEqual(["summary", "impact", "detection", "rootCauses", "contributingFactors", "wentWell", "wentWrong", "gotLucky"]);
    expect(POSTMORTEM_SECTIONS.find((s) => s.key === "rootCauses")?.prompt).toBe("What in the system made this possible? Describe conditions, not people.");
  });
});

describe("action items", () => {
  it("is overdue once its due instant passed while open or in progress", () => {
    expect(isActionItemOverdue({ status: "open", dueAt: new Date("2026-12-02T11:59:59Z") }, now)).toBe(true);
    expect(isActionItemOverdue({ status: "in_progress", dueAt: new Date("2026-12-01T00:00:00Z") }, now)).toBe(true);
    expect(isActionItemOverdue({ status: "open", dueAt: new Date("2026-12-02T12:00:00Z") }, now)).toBe(false);
    expect(isActionItemOverdue({ status: "done", dueAt: new Date("2026-11-01T00:00:00Z") }, now)).toBe(false);
    expect(isActionItemOverdue({ status: "wont_do", dueAt: new Date("2026-11-01T00:00:00Z") }, now)).toBe(false);
    expect(isActionItemOverdue({ status: "open", dueAt: null }, now)).toBe(false);
  });

  it("stamps completion when done, keeps it while done, clears it when reopened", () => {
    const earlier = new Date("2026-11-30T08:00:00Z");
    expect(completedAtAfter({ status: "open", completedAt: null }, "done", now)).toEqual(now);
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "done", now)).toEqual(earlier);
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "open", now)).toBeNull();
    expect(completedAtAfter({ status: "open", completedAt: null }, "wont_do", now)).toBeNull();
  });

  it("reads a date field as the end of that day (UTC)", () => {
    expect(dueDateToInstant("2026-12-24")).toBe("2026-12-24T23:59:59Z");
    expect(dueDateToInstant("24.12.2026")).toBeNull();
    expect(dueDateToInstant("")).toBeNull();
  });
});
