import { describe, expect, it } from "vitest";
import { applyItemChange, canApprove, progress, signOffBlockers, statusAfterCheck, type RuleItem } from "./review-rules";
import type { ItemStatus } from "./types";

const item = (over: Partial<RuleItem> = {}): RuleItem => ({ text: "Item", required: true, evidenceRequired: false, status: "pending", justification: "", evidenceUrl: "", checkResult: null, overrideReason: null, ...over });
const statuses = (list: ItemStatus[]) => list.map((status) => ({ status }));
const failedCheck = { status: "fail" as const, message: "No SLO is defined", evidence: [] };
const passedCheck = { status: "pass" as const, message: "2 SLOs", evidence: [] };

describe("progress", () => {
  it("counts by status, with N/A out of the applicable items", () => {
    expect(progress(statuses(["pass", "pass", "pass", "fail", "na", "na", "pending", "pending"]))).toEqual({ total: 8, pending: 2, pass: 3, fail: 1, na: 2, passed: 3, applicable: 6, share: 0.5 });
  });
  it("is 0 of 0 for an empty or all-N/A checklist", () => {
    expect(progress([])).toEqual({ total: 0, pending: 0, pass: 0, fail: 0, na: 0, passed: 0, applicable: 0, share: 0 });
    expect(progress(statuses(["na", "na"])).share).toBe(0);
    expect(progress(statuses(["pass", "pass", "pass", "na"])).share).toBe(1);
  });
});

describe("applyItemChange", () => {
  it("refuses N/A without a justification (blank counts as none) and keeps a stored one", () => {
    expect(applyItemChange(item(), { status: "na" })).toMatchObject({ ok: false, field: "justification" });
    expect(applyItemChange(item(), { status: "na", justification: "   " })).toMatchObject({ ok: false, field: "justification" });
    expect(applyItemChange(item({ justification: "Batch only" }), { status: "na" })).toEqual({ ok: true, values: { status: "na", justification: "Batch only", evidenceUrl: "", overrideReason: null } });
  });
  it("needs an evidence link to pass an item that requires evidence", () => {
    expect(applyItemChange(item({ evidenceRequired: true }), { status: "pass" })).toMatchObject({ ok: false, field: "evidenceUrl" });
    expect(applyItemChange(item({ evidenceRequired: true }), { status: "pass", evidenceUrl: "https://x.example/restore" })).toMatchObject({ ok: true, values: { status: "pass", evidenceUrl: "https://x.example/restore" } });
    expect(applyItemChange(item({ evidenceRequired: true }), { status: "fail" })).toMatchObject({ ok: true });
    // Removing the link from a passed item is refused too.
    expect(applyItemChange(item({ evidenceRequired: true, status: "pass", evidenceUrl: "https://x.example" }), { evidenceUrl: "" })).toMatchObject({ ok: false, field: "evidenceUrl" });
  });
  it("needs a reason to override an automatic result; going back to the result clears it", () => {
    const checked = item({ status: "fail", checkResult: failedCheck });
    expect(applyItemChange(checked, { status: "pass" })).toMatchObject({ ok: false, field: "overrideReason" });
    const overridden = applyItemChange(checked, { status: "pass", overrideReason: "SLO lives in the platform team's catalogue" });
    expect(overridden).toEqual({ ok: true, values: { status: "pass", justification: "", evidenceUrl: "", overrideReason: "SLO lives in the platform team's catalogue" } });
    expect(applyItemChange(item({ status: "pass", checkResult: failedCheck, overrideReason: "x" }), { status: "fail" })).toEqual({ ok: true, values: { status: "fail", justification: "", evidenceUrl: "", overrideReason: null } });
    // A comment on an overridden item keeps the override.
    expect(applyItemChange(item({ status: "pass", checkResult: failedCheck, overrideReason: "x" }), { comment: "ok" })).toMatchObject({ ok: true, values: { overrideReason: "x" } });
    // N/A's justification serves as the reason.
    expect(applyItemChange(item({ status: "pass", checkResult: passedCheck }), { status: "na", justification: "Retired next month" })).toMatchObject({ ok: true, values: { status: "na", overrideReason: "Retired next month" } });
    // Agreeing with the check needs nothing.
    expect(applyItemChange(item({ checkResult: passedCheck }), { status: "pass" })).toMatchObject({ ok: true, values: { overrideReason: null } });
  });
});

describe("signOffBlockers", () => {
  it("lists required items not passed or N/A, with why", () => {
    const items = [
      item({ text: "SLOs", status: "pass" }),
      item({ text: "Backups", status: "fail" }),
      item({ text: "Dashboards", status: "pending" }),
      item({ text: "Drill", status: "fail", checkResult: { status: "fail", message: "Last drill 240 days ago (limit 6 months)", evidence: [] } }),
      item({ text: "Runbooks", status: "fail", checkResult: passedCheck, overrideReason: "Runbook is out of date" }),
      item({ text: "Capacity", status: "na", justification: "Fixed load" }),
      item({ text: "Tests", required: false, status: "fail" }),
    ];
    expect(signOffBlockers(items)).toEqual([
      { item: "Backups", message: "Failed" },
      { item: "Dashboards", message: "Not checked yet" },
      { item: "Drill", message: "Automatic check failed: Last drill 240 days ago (limit 6 months)" },
      { item: "Runbooks", message: "Failed" },
    ]);
    expect(canApprove(items)).toBe(false);
    expect(canApprove(items.filter((i) => !["Backups", "Dashboards", "Drill", "Runbooks"].includes(i.text)))).toBe(true);
  });
});

describe("statusAfterCheck", () => {
  it("takes the result unless a person overrode it", () => {
    expect(statusAfterCheck({ status: "pending", overrideReason: null }, failedCheck)).toBe("fail");
    expect(statusAfterCheck({ status: "pass", overrideReason: "Checked by hand" }, failedCheck)).toBe("pass");
  });
});
