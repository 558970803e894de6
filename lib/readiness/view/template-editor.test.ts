import { describe, expect, it } from "vitest";
import { formatIssuePath } from "@/lib/zod-path";
import { templateContentSchema } from "../schemas";
import { blankCategory, contentOf, dotPath, editorOf, move, uniqueKey } from "./template-editor";

describe("the template editor's working copy", () => {
  const content = {
    categories: [
      {
        key: "incident-response",
        name: "Incident response",
        items: [
          { key: "oncall", text: "On-call rotation", guidance: "", required: true, evidenceRequired: false, check: { kind: "oncall_coverage" as const, days: 14 } },
          { key: "runbooks", text: "Runbooks", guidance: "**Yes**", required: true, evidenceRequired: true, check: null },
        ],
      },
    ],
  };

  it("round-trips a template's content unchanged", () => {
    expect(contentOf(editorOf(content))).toEqual(content);
  });

  it("gives new rows keys from their text, unique among the keys taken, and keeps existing keys", () => {
    const editor = editorOf(content);
    editor[0]!.items.push({ ...blankCategory().items[0]!, text: "Runbooks" });
    editor.push({ ...blankCategory(), name: "Capacity & load" });
    const saved = contentOf(editor);
    expect(saved.categories.map((c) => c.key)).toEqual(["incident-response", "capacity-and-load"]);
    expect(saved.categories[0]!.items.map((i) => i.key)).toEqual(["oncall", "runbooks", "runbooks-2"]);
    expect(saved.categories[1]!.items[0]!.key).toBe("item");
    expect(uniqueKey("", "item", new Set(["item"]))).toBe("item-2");
  });

  it("keeps days only on on-call coverage and months only on the drill check", () => {
    const editor = editorOf(content);
    editor[0]!.items[0]!.months = "6";
    editor[0]!.items[1]!.checkKind = "recent_drill";
    editor[0]!.items[1]!.months = "8";
    editor[0]!.items[1]!.days = "3";
    const saved = contentOf(editor);
    expect(saved.categories[0]!.items.map((i) => i.check)).toEqual([{ kind: "oncall_coverage", days: 14 }, { kind: "recent_drill", months: 8 }]);
    expect(templateContentSchema.safeParse(saved).success).toBe(true);
  });

  it("reorders within bounds and leaves the list alone outside them", () => {
    expect(move(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("an empty text fails the schema on the field the editor shows", () => {
    const editor = editorOf(content);
    editor[0]!.items[1]!.text = "  ";
    const result = templateContentSchema.safeParse(contentOf(editor));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => dotPath(formatIssuePath(i.path)))).toContain("categories.0.items.1.text");
    expect(dotPath("content.categories[0].items[2].text")).toBe("content.categories.0.items.2.text");
  });
});
