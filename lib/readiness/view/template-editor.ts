// The template editor's working copy: categories and items as the form holds them (strings for the number fields, a
// stable uid per row for React), turned into a template's content when saved. Keys of existing items are kept, so
// reviews and the scorecard still match them; new ones follow their text.
import { slugify } from "../../catalog/slugify";
import type { CheckKind, TemplateContent } from "../types";

export type EditorItem = {
  uid: string;
  key: string;
  text: string;
  guidance: string;
  required: boolean;
  evidenceRequired: boolean;
  checkKind: CheckKind | "";
  days: string;
  months: string;
};

export type EditorCategory = { uid: string; key: string; name: string; items: EditorItem[] };

let counter = 0;
const nextUid = () => `row-${++counter}`;

export function editorOf(content: TemplateContent): EditorCategory[] {
  return content.categories.map((category) => ({
    uid: nextUid(),
    key: category.key,
    name: category.name,
    items: category.items.map((item) => ({
      uid: nextUid(),
      key: item.key,
      text: item.text,
      guidance: item.guidance,
      required: item.required,
      evidenceRequired: item.evidenceRequired,
      checkKind: item.check?.kind ?? "",
      days: item.check?.days === undefined ? "" : String(item.check.days),
      months: item.check?.months === undefined ? "" : String(item.check.months),
    })),
  }));
}

export function blankItem(): EditorItem {
  return { uid: nextUid(), key: "", text: "", guidance: "", required: true, evidenceRequired: false, checkKind: "", days: "", months: "" };
}

export function blankCategory(): EditorCategory {
  return { uid: nextUid(), key: "", name: "", items: [blankItem()] };
}

/** Moves the entry at `from` by `by` places (−1 up, +1 down); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry!);
  return next;
}

/** A key for a new row: its text as a slug, made unique among the keys taken ("runbooks", "runbooks-2", …). */
export function uniqueKey(text: string, fallback: string, taken: Set<string>): string {
  const base = slugify(text).slice(0, 56) || fallback;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

const whole = (value: string): number | undefined => (value.trim() === "" ? undefined : Number(value));

/** The content the editor saves; the server's schema judges it (numbers that are not whole are sent as typed). */
export function contentOf(categories: readonly EditorCategory[]): TemplateContent {
  const categoryKeys = new Set(categories.map((c) => c.key).filter(Boolean));
  const itemKeys = new Set(categories.flatMap((c) => c.items.map((i) => i.key)).filter(Boolean));
  return {
    categories: categories.map((category) => ({
      key: category.key || uniqueKey(category.name, "category", categoryKeys),
      name: category.name.trim(),
      items: category.items.map((item) => {
        const days = whole(item.days);
        const months = whole(item.months);
        return {
          key: item.key || uniqueKey(item.text, "item", itemKeys),
          text: item.text.trim(),
          guidance: item.guidance.trim(),
          required: item.required,
          evidenceRequired: item.evidenceRequired,
          check: item.checkKind
            ? { kind: item.checkKind, ...(item.checkKind === "oncall_coverage" && days !== undefined ? { days } : {}), ...(item.checkKind === "recent_drill" && months !== undefined ? { months } : {}) }
            : null,
        };
      }),
    })),
  };
}

/** A schema error's path in the editor's dot form: `content.categories[0].items[2].text` → `content.categories.0.items.2.text`. */
export function dotPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1");
}
