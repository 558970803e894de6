import { describe, expect, it } from "vitest";
import { majorOutageChange, type OutageIncident } from "./outages";

const APPROVED = Date.parse("2026-06-01T00:00:00Z");
const sev1 = (iso: string, isDrill = false): OutageIncident => ({ startedAt: new Date(iso), severity: "SEV1", isDrill });

describe("majorOutageChange", () => {
  it("counts SEV1 non-drill incidents in [approval − 6 months, approval) and [approval, approval + 6 months)", () => {
    const incidents = [
      sev1("2025-11-30T23:59:59.999Z"), // before the first window
      sev1("2025-12-01T00:00:00Z"), // first instant of the before window
      sev1("2026-03-10T12:00:00Z"),
      sev1("2026-05-31T23:59:59.999Z"), // last instant before approval
      sev1("2026-06-01T00:00:00Z"), // approval itself counts after
      sev1("2026-11-30T23:59:59.999Z"), // last instant of the after window
      sev1("2026-12-01T00:00:00Z"), // past the after window
      sev1("2026-04-01T00:00:00Z", true), // a drill never counts
      { startedAt: new Date("2026-04-02T00:00:00Z"), severity: "SEV2", isDrill: false },
    ];
    const change = majorOutageChange(incidents, APPROVED);
    expect([change.before, change.after, change.changePct]).toEqual([3, 2, -33.3]);
    expect([change.from.toISOString(), change.to.toISOString()]).toEqual(["2025-12-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z"]);
  });

  it("gives −40% for 5 before and 3 after, null with none before, and takes other windows", () => {
    const before = ["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05", "2026-05-05"].map((d) => sev1(`${d}T20:00:00Z`));
    const after = ["2026-07-05", "2026-08-05", "2026-09-05"].map((d) => sev1(`${d}T20:00:00Z`));
    expect(majorOutageChange([...before, ...after], APPROVED).changePct).toBe(-40);
    expect(majorOutageChange(after, APPROVED)).toMatchObject({ before: 0, after: 3, changePct: null });
    expect(majorOutageChange([...before, ...after], APPROVED, 3)).toMatchObject({ before: 3, after: 2, changePct: -33.3 });
  });
});
