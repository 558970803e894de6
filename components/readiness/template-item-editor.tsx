"use client";
// One item in the template editor: its text, guidance (Markdown), required and evidence flags, and an optional
// automatic check with the days (on-call coverage) or months (recent drill) it looks at.
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/field";
import { CHECK_KINDS, type CheckKind } from "@/lib/readiness/types";
import { CHECK_LABELS } from "@/lib/readiness/view/checklist";
import type { EditorItem } from "@/lib/readiness/view/template-editor";

function Errors({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-danger">
      {messages?.map((m) => <p key={m}>{m}</p>)}
    </div>
  );
}

export function TemplateItemEditor({
  item,
  position,
  count,
  pathPrefix,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  item: EditorItem;
  position: number;
  count: number;
  pathPrefix: string;
  errors: (path: string) => string[] | undefined;
  onChange: (item: EditorItem) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const name = item.text || `item ${position + 1}`;
  const set = <K extends keyof EditorItem>(key: K, value: EditorItem[K]) => onChange({ ...item, [key]: value });
  const textErrors = errors(`${pathPrefix}.text`);
  const guidanceErrors = errors(`${pathPrefix}.guidance`);
  const daysErrors = errors(`${pathPrefix}.check.days`);
  const monthsErrors = errors(`${pathPrefix}.check.months`);
  const checkErrors = errors(`${pathPrefix}.check.kind`) ?? errors(`${pathPrefix}.check`);
  return (
    <li className="grid gap-3 rounded-md border border-border p-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            Item {position + 1} text
          </label>
          <Input id={`${id}-text`} value={item.text} onChange={(e) => set("text", e.target.value)} aria-invalid={textErrors ? true : undefined} aria-describedby={`${id}-text-error`} required />
          <Errors id={`${id}-text-error`} messages={textErrors} />
        </div>
        <Button variant="ghost" size="sm" aria-label={`Move “${name}” up`} disabled={position === 0} onClick={() => onMove(-1)}>
          <ArrowUp aria-hidden size={16} />
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Move “${name}” down`} disabled={position === count - 1} onClick={() => onMove(1)}>
          <ArrowDown aria-hidden size={16} />
        </Button>
        <Button variant="ghost" size="sm" aria-label={`Remove “${name}”`} onClick={onRemove}>
          <Trash2 aria-hidden size={16} />
        </Button>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-guidance`} className="text-sm font-medium">
          Guidance for “{name}”
        </label>
        <Textarea id={`${id}-guidance`} className="min-h-16" value={item.guidance} onChange={(e) => set("guidance", e.target.value)} aria-invalid={guidanceErrors ? true : undefined} aria-describedby={`${id}-guidance-hint ${id}-guidance-error`} />
        <p id={`${id}-guidance-hint`} className="text-xs text-muted">
          Markdown; raw HTML shows as text and links must be http(s).
        </p>
        <Errors id={`${id}-guidance-error`} messages={guidanceErrors} />
      </div>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={item.required} onChange={(e) => set("required", e.target.checked)} /> Required
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={item.evidenceRequired} onChange={(e) => set("evidenceRequired", e.target.checked)} /> Evidence required
        </label>
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-check`} className="text-sm font-medium">
            Automatic check for “{name}”
          </label>
          <Select id={`${id}-check`} value={item.checkKind} onChange={(e) => set("checkKind", e.target.value as CheckKind | "")} aria-invalid={checkErrors ? true : undefined} aria-describedby={`${id}-check-error`}>
            <option value="">None (a person decides)</option>
            {CHECK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CHECK_LABELS[kind]}
              </option>
            ))}
          </Select>
          <Errors id={`${id}-check-error`} messages={checkErrors} />
        </div>
        {item.checkKind === "oncall_coverage" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-days`} className="text-sm font-medium">
              Days covered (default 14)
            </label>
            <Input id={`${id}-days`} type="number" min={1} max={90} inputMode="numeric" value={item.days} onChange={(e) => set("days", e.target.value)} aria-invalid={daysErrors ? true : undefined} aria-describedby={`${id}-days-error`} />
            <Errors id={`${id}-days-error`} messages={daysErrors} />
          </div>
        ) : null}
        {item.checkKind === "recent_drill" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-months`} className="text-sm font-medium">
              Within months (default 6)
            </label>
            <Input id={`${id}-months`} type="number" min={1} max={36} inputMode="numeric" value={item.months} onChange={(e) => set("months", e.target.value)} aria-invalid={monthsErrors ? true : undefined} aria-describedby={`${id}-months-error`} />
            <Errors id={`${id}-months-error`} messages={monthsErrors} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
