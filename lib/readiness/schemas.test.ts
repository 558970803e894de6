import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { itemUpdateSchema, reviewCreateSchema, templateContentSchema, templateCreateSchema } from "./schemas";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("readiness schemas", () => {
  it("accepts every default template, whose item keys are unique", () => {
    for (const template of DEFAULT_TEMPLATES) expect(templateCreateSchema.safeParse(template).success, template.slug).toBe(true);
  });
  it("refuses duplicate category and item keys, empty text and out-of-range check parameters", () => {
    const result = templateContentSchema.safeParse({
      categories: [
        { key: "ops", name: "Ops", items: [{ key: "a", text: "A", check: { kind: "oncall_coverage", days: 91 } }] },
        { key: "ops", name: "Ops again", items: [{ key: "a", text: "" }, { key: "b", text: "B", check: { kind: "recent_drill", months: 0 } }, { key: "c", text: "C", check: { kind: "runbook", days: 3 } }] },
      ],
    });
    expect(paths(result).sort()).toEqual(["categories.0.items.0.check.days", "categories.1.items.0.text", "categories.1.items.1.check.months", "categories.1.items.2.check.days", "categories.1.key", "categories.1.items.0.key"].sort());
    const dupes = templateContentSchema.safeParse({ categories: [{ key: "ops", name: "Ops", items: [{ key: "a", text: "A" }] }, { key: "ops", name: "Ops", items: [{ key: "a", text: "A" }] }] });
    expect(paths(dupes)).toEqual(["categories.1.key", "categories.1.items.0.key"]);
    expect(templateContentSchema.safeParse({ categories: [{ key: "ops", name: "Ops", items: [{ key: "a", text: "A", check: { kind: "recent_drill", months: 36 } }] }] }).success).toBe(true);
  });
  it("defaults items to required, without evidence or check", () => {
    expect(templateContentSchema.parse({ categories: [{ key: "ops", name: "Ops", items: [{ key: "a", text: " A " }] }] })).toEqual({ categories: [{ key: "ops", name: "Ops", items: [{ key: "a", text: "A", guidance: "", required: true, evidenceRequired: false, check: null }] }] });
  });
  it("checks review dates and item updates", () => {
    expect(paths(reviewCreateSchema.safeParse({ service: "core-ledger", template: "tier-1", launchDate: "2027-02-30" }))).toEqual(["launchDate"]);
    expect(reviewCreateSchema.safeParse({ service: "core-ledger", template: "tier-1", launchDate: "2027-02-28", reviewer: 4 }).success).toBe(true);
    expect(paths(itemUpdateSchema.safeParse({ status: "pass" }))).toEqual(["version"]);
    expect(paths(itemUpdateSchema.safeParse({ version: 2, status: "done" }))).toEqual(["status"]);
    expect(paths(itemUpdateSchema.safeParse({ version: 2, evidenceUrl: "ftp://x.example/a" }))).toEqual(["evidenceUrl"]);
    expect(itemUpdateSchema.parse({ version: 2, evidenceUrl: "", assignee: null })).toEqual({ version: 2, evidenceUrl: "", assignee: null });
    expect(paths(itemUpdateSchema.safeParse({ version: 2, colour: "red" }))).toEqual([""]);
  });
});
