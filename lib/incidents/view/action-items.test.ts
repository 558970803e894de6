import { describe, expect, it } from "vitest";
import { actionItemView } from "./action-items";

const item = { id: 7, title: "Alert on pool saturation", owner: { name: "Eli Engineer" }, dueAt: new Date("2026-11-30T23:59:59.999Z"), priority: "P1" as const, status: "open" as const, incidentNumber: 12, incidentTitle: "Checkout errors", isDrill: false, teamSlug: "payments" };

describe("actionItemView", () => {
  it("shows the due day in UTC and is overdue once it has passed while open", () => {
    expect(actionItemView(item, new Date("2026-12-01T00:00:00Z"))).toEqual({
      id: 7,
      title: "Alert on pool saturation",
      owner: "Eli Engineer",
      dueDate: "2026-11-30",
      priority: "P1",
      status: "open",
      overdue: true,
      incident: { number: 12, title: "Checkout errors", isDrill: false },
      team: "payments",
    });
    expect(actionItemView(item, new Date("2026-11-30T12:00:00Z")).overdue).toBe(false);
    expect(actionItemView({ ...item, status: "done" }, new Date("2026-12-05T00:00:00Z")).overdue).toBe(false);
    expect(actionItemView({ ...item, owner: null, dueAt: null }, new Date("2026-12-05T00:00:00Z"))).toMatchObject({ owner: null, dueDate: null, overdue: false });
  });
});
