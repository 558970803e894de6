"use client";
// One checklist item of a review: status as you click, text fields on blur, each save optimistic with a visible
// saving / saved / failed state. A stale write (someone else saved the item since this page read it) shows their copy
// and lets the person apply theirs again or keep the other one; nothing is overwritten silently.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, useSyncExternalStore } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/field";
import { RunbookMarkdown } from "@/components/incidents/runbook-markdown";
import { ITEM_STATUSES, type ItemStatus } from "@/lib/readiness/types";
import { readinessQueryKeys, saveReviewItem, SaveError, StaleWriteError } from "@/lib/readiness/review-api";
import { applyPatch, conflictingFields, isEvidenceUrl, overridesCheck, STATUS_LABELS, type ChecklistItem, type ItemPatch } from "@/lib/readiness/view/checklist";
import { CheckResultPanel } from "./check-result";
import { StaleWriteNotice } from "./stale-write-notice";

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string; patch: ItemPatch } | { kind: "stale"; mine: ItemPatch; theirs: ChecklistItem | null };

type Person = { id: number; name: string };

const subscribeNothing = () => () => {};

const STATUS_TONE: Record<ItemStatus, string> = {
  pending: "has-checked:border-fg has-checked:bg-surface-2",
  pass: "has-checked:border-success has-checked:bg-success/15 has-checked:text-success",
  fail: "has-checked:border-danger has-checked:bg-danger/15 has-checked:text-danger",
  na: "has-checked:border-primary has-checked:bg-primary/15 has-checked:text-primary",
};

/** A text draft that follows the saved value when it changes underneath (another person's copy, a rollback). */
function useDraft(saved: string) {
  const [draft, setDraft] = useState({ value: saved, base: saved });
  if (draft.base !== saved) setDraft({ value: saved, base: saved });
  return [draft.value, (value: string) => setDraft((d) => ({ ...d, value }))] as const;
}

export function ReviewItem({ reviewId, item, people, canEdit }: { reviewId: number; item: ChecklistItem; people: Person[]; canEdit: boolean }) {
  const id = useId();
  const queryClient = useQueryClient();
  const queryKey = readinessQueryKeys.reviewItems(reviewId);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  // A status chosen that still needs words before it can be saved (N/A's justification, an override's reason).
  const [pendingStatus, setPendingStatus] = useState<ItemStatus | null>(null);
  // The status just clicked, shown at once: the cache's optimistic copy reaches the page a tick later.
  const [clicked, setClicked] = useState<ItemStatus | null>(null);
  if (clicked !== null && clicked === item.status) setClicked(null);
  // Controls wait for hydration: a click before it would change nothing that is saved.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const [justification, setJustification] = useDraft(item.justification);
  const [evidenceUrl, setEvidenceUrl] = useDraft(item.evidenceUrl);
  const [comment, setComment] = useDraft(item.comment);
  const [overrideReason, setOverrideReason] = useDraft(item.overrideReason ?? "");
  // The last copy the server confirmed, and the patches still on their way: a rollback or a late answer keeps the others.
  const confirmed = useRef(item);
  const inFlight = useRef<ItemPatch[]>([]);
  const justificationRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const evidenceRef = useRef<HTMLInputElement>(null);

  const show = (base: ChecklistItem) => {
    const next = inFlight.current.reduce(applyPatch, base);
    queryClient.setQueryData<ChecklistItem[]>(queryKey, (items) => items?.map((i) => (i.key === next.key ? next : i)));
  };

  const mutation = useMutation({
    // One item's saves go one after another, each naming the version the previous one left.
    scope: { id: `readiness-review-${reviewId}-${item.key}` },
    mutationFn: ({ patch, version }: { patch: ItemPatch; version?: number }) => saveReviewItem(reviewId, item.key, patch, version ?? confirmed.current.version),
    onMutate: ({ patch }) => {
      inFlight.current.push(patch);
      setState({ kind: "saving" });
      show(confirmed.current);
    },
    onSuccess: (saved, { patch }) => {
      inFlight.current = inFlight.current.filter((p) => p !== patch);
      confirmed.current = saved;
      show(saved);
      if (inFlight.current.length === 0) setState({ kind: "saved" });
    },
    onError: (error, { patch }) => {
      inFlight.current = inFlight.current.filter((p) => p !== patch);
      setClicked(null);
      if (error instanceof StaleWriteError) {
        // Their copy is what stands now; mine waits in the notice until the person chooses.
        if (error.current) confirmed.current = error.current;
        show(confirmed.current);
        if (error.current && conflictingFields(patch, error.current).length === 0) {
          setState({ kind: "saved" });
          return;
        }
        setState({ kind: "stale", mine: patch, theirs: error.current });
        return;
      }
      show(confirmed.current);
      const message = error instanceof SaveError ? error.message : "Not saved. Try again.";
      setState({ kind: "failed", message, patch });
    },
  });

  const save = (patch: ItemPatch, version?: number) => {
    setLocalError(null);
    // Shown at once, so nobody mistakes the previous save's "Saved" for this one.
    setState({ kind: "saving" });
    mutation.mutate({ patch, version });
  };

  const chooseStatus = (status: ItemStatus) => {
    setLocalError(null);
    if (status === "na" && !justification.trim()) {
      setPendingStatus("na");
      setLocalError({ field: "justification", message: "Say why this item does not apply; it saves when you leave the field." });
      requestAnimationFrame(() => justificationRef.current?.focus());
      return;
    }
    if (status === "pass" && item.evidenceRequired && !evidenceUrl.trim()) {
      setPendingStatus("pass");
      setLocalError({ field: "evidenceUrl", message: "This item needs an evidence link to pass; it saves when you leave the field." });
      requestAnimationFrame(() => evidenceRef.current?.focus());
      return;
    }
    if (overridesCheck(item, status) && !overrideReason.trim()) {
      setPendingStatus(status);
      setLocalError({ field: "overrideReason", message: "Overriding the automatic check needs a reason; it saves when you leave the field." });
      requestAnimationFrame(() => reasonRef.current?.focus());
      return;
    }
    setPendingStatus(null);
    setClicked(status);
    const patch: ItemPatch = { status };
    if (status === "na") patch.justification = justification.trim();
    if (status === "pass" && item.evidenceRequired) patch.evidenceUrl = evidenceUrl.trim();
    if (overridesCheck(item, status)) patch.overrideReason = overrideReason.trim();
    save(patch);
  };

  const blurText = (field: "justification" | "evidenceUrl" | "comment" | "overrideReason", value: string) => {
    const trimmed = value.trim();
    if (field === "justification" && pendingStatus === "na") {
      if (!trimmed) return;
      setPendingStatus(null);
      return save({ status: "na", justification: trimmed });
    }
    if (field === "overrideReason" && pendingStatus) {
      if (!trimmed) return;
      const status = pendingStatus;
      setPendingStatus(null);
      return save({ status, overrideReason: trimmed });
    }
    if (field === "evidenceUrl" && !isEvidenceUrl(trimmed)) {
      setLocalError({ field, message: "Evidence must be an http(s) link." });
      return;
    }
    if (field === "evidenceUrl" && pendingStatus === "pass") {
      if (!trimmed) return;
      setPendingStatus(null);
      return save({ status: "pass", evidenceUrl: trimmed });
    }
    if (field === "justification" && item.status === "na" && !trimmed) {
      setLocalError({ field, message: "An N/A item needs its justification." });
      return;
    }
    const saved = field === "overrideReason" ? (item.overrideReason ?? "") : item[field];
    if (trimmed !== saved) save({ [field]: trimmed });
  };

  const shownStatus = pendingStatus ?? clicked ?? item.status;
  const editable = canEdit && hydrated;
  const showJustification = shownStatus === "na" || item.justification !== "";
  const showReason = item.checkResult !== null && (overridesCheck(item, shownStatus) || (item.overrideReason ?? "") !== "");
  const titleId = `${id}-title`;
  const errorFor = (field: string) => (localError?.field === field ? localError.message : null);

  return (
    <section aria-labelledby={titleId} className="grid gap-3 rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <h3 id={titleId} className="font-medium">
            {item.text}
          </h3>
          <div className="flex flex-wrap gap-1.5">
            {item.required ? <Badge tone="warning">Required</Badge> : <Badge>Optional</Badge>}
            {item.evidenceRequired ? <Badge tone="info">Evidence required</Badge> : null}
            {item.check ? <Badge tone="info">Automatic check</Badge> : null}
          </div>
        </div>
        <SaveIndicator state={state} onRetry={(patch) => save(patch)} />
      </div>
      {item.guidance ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted hover:text-fg">Guidance</summary>
          <div className="mt-2">
            <RunbookMarkdown body={item.guidance} />
          </div>
        </details>
      ) : null}
      {item.check ? <CheckResultPanel check={item.check} result={item.checkResult} checkedAt={item.checkedAt} overrideReason={item.overrideReason} /> : null}
      <fieldset disabled={!editable} className="grid gap-2">
        <legend className="text-sm font-medium">Status</legend>
        <div className="flex flex-wrap gap-2">
          {ITEM_STATUSES.map((status) => (
            <label
              key={status}
              className={`inline-flex h-9 min-w-16 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-sm has-focus-visible:ring-2 has-focus-visible:ring-primary has-disabled:cursor-not-allowed has-disabled:opacity-70 ${STATUS_TONE[status]}`}
            >
              <input type="radio" name={`${id}-status`} value={status} checked={shownStatus === status} onChange={() => chooseStatus(status)} className="accent-current" />
              {STATUS_LABELS[status]}
            </label>
          ))}
        </div>
      </fieldset>
      {state.kind === "stale" ? (
        <StaleWriteNotice
          mine={state.mine}
          theirs={state.theirs}
          people={people}
          onApplyMine={() => save(state.mine, state.theirs?.version)}
          onKeepTheirs={() => setState({ kind: "idle" })}
        />
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        {showJustification ? (
          <TextField id={`${id}-justification`} label="Justification for N/A" error={errorFor("justification")} className="md:col-span-2">
            {(props) => (
              <Textarea {...props} ref={justificationRef} rows={2} className="min-h-16" value={justification} disabled={!editable} required onChange={(e) => setJustification(e.target.value)} onBlur={(e) => blurText("justification", e.target.value)} />
            )}
          </TextField>
        ) : null}
        {showReason ? (
          <TextField id={`${id}-reason`} label="Reason for overriding the automatic check" error={errorFor("overrideReason")} className="md:col-span-2">
            {(props) => (
              <Textarea {...props} ref={reasonRef} rows={2} className="min-h-16" value={overrideReason} disabled={!editable} required onChange={(e) => setOverrideReason(e.target.value)} onBlur={(e) => blurText("overrideReason", e.target.value)} />
            )}
          </TextField>
        ) : null}
        <TextField id={`${id}-evidence`} label={item.evidenceRequired ? "Evidence link (required)" : "Evidence link"} error={errorFor("evidenceUrl")}>
          {(props) => <Input {...props} ref={evidenceRef} type="url" inputMode="url" value={evidenceUrl} disabled={!editable} placeholder="https://…" onChange={(e) => setEvidenceUrl(e.target.value)} onBlur={(e) => blurText("evidenceUrl", e.target.value)} />}
        </TextField>
        <TextField id={`${id}-assignee`} label="Assignee" error={null}>
          {(props) => (
            <Select {...props} value={item.assigneeId ?? ""} disabled={!editable} onChange={(e) => save({ assigneeId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Nobody</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </Select>
          )}
        </TextField>
        <TextField id={`${id}-comment`} label="Comment" error={null} className="md:col-span-2">
          {(props) => <Textarea {...props} rows={2} className="min-h-16" value={comment} disabled={!editable} onChange={(e) => setComment(e.target.value)} onBlur={(e) => blurText("comment", e.target.value)} />}
        </TextField>
      </div>
      {item.evidenceUrl && isEvidenceUrl(item.evidenceUrl) ? (
        <p className="text-sm">
          <a href={item.evidenceUrl} target="_blank" rel="noreferrer noopener" className="text-primary underline [overflow-wrap:anywhere]">
            Open the evidence
          </a>
        </p>
      ) : null}
    </section>
  );
}

type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

function TextField({ id, label, error, className, children }: { id: string; label: string; error: string | null; className?: string; children: (props: ControlProps) => React.ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": error ? `${id}-error` : undefined, "aria-invalid": error ? true : undefined })}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-danger">
        {error}
      </p>
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: (patch: ItemPatch) => void }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 text-sm">
      {state.kind === "saving" ? <span className="text-muted">Saving…</span> : null}
      {state.kind === "saved" ? <span className="text-success">Saved</span> : null}
      {state.kind === "stale" ? <span className="text-warning">Not saved: changed by someone else</span> : null}
      {state.kind === "failed" ? (
        <>
          <span className="text-danger">Not saved: {state.message}</span>
          <Button size="sm" variant="secondary" onClick={() => onRetry(state.patch)}>
            Retry
          </Button>
        </>
      ) : null}
    </div>
  );
}
