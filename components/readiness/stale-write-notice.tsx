"use client";
// Shown on an item whose save was refused because someone else saved it first: their values beside mine, and a choice.
import { Button } from "@/components/ui/button";
import { conflictingFields, STATUS_LABELS, type ChecklistItem, type ItemPatch } from "@/lib/readiness/view/checklist";

const FIELD_LABELS: Record<keyof ItemPatch, string> = {
  status: "Status",
  justification: "Justification",
  evidenceUrl: "Evidence link",
  comment: "Comment",
  assigneeId: "Assignee",
  overrideReason: "Override reason",
};

export function StaleWriteNotice({
  mine,
  theirs,
  people,
  onApplyMine,
  onKeepTheirs,
}: {
  mine: ItemPatch;
  theirs: ChecklistItem | null;
  people: { id: number; name: string }[];
  onApplyMine: () => void;
  onKeepTheirs: () => void;
}) {
  const shown = (field: keyof ItemPatch, value: unknown): string => {
    if (field === "status") return STATUS_LABELS[value as ChecklistItem["status"]] ?? String(value);
    if (field === "assigneeId") return value === null ? "Nobody" : (people.find((p) => p.id === value)?.name ?? `Person #${String(value)}`);
    return value === "" || value === null || value === undefined ? "(empty)" : String(value);
  };
  const fields = theirs ? conflictingFields(mine, theirs) : (Object.keys(mine) as (keyof ItemPatch)[]);
  return (
    <div role="alert" className="grid gap-2 rounded-md border border-warning/60 bg-warning/10 p-3 text-sm">
      <p className="font-medium">Changed by someone else meanwhile{theirs?.updatedBy ? ` (${theirs.updatedBy})` : ""}.</p>
      {theirs ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {fields.map((field) => (
            <div key={field} className="contents">
              <dt className="text-muted">{FIELD_LABELS[field]}</dt>
              <dd>
                Theirs: <strong>{shown(field, theirs[field])}</strong> · yours: <strong>{shown(field, mine[field])}</strong>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>Their copy could not be read; reload the page to see it before choosing.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onApplyMine} disabled={!theirs}>
          Apply mine instead
        </Button>
        <Button size="sm" variant="secondary" onClick={onKeepTheirs}>
          Keep theirs
        </Button>
      </div>
    </div>
  );
}
