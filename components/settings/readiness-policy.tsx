"use client";
// The readiness policy form: re-review period, the automatic checks' defaults and the scorecard's level thresholds.
import { useActionState } from "react";
import { updateReadinessPolicyAction } from "@/app/(portal)/settings/readiness-policy/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";
import type { ReadinessPolicy } from "@/lib/readiness/policy";

type Box = { key: keyof ReadinessPolicy; label: string; hint: string; min: number; max: number; step?: number };

const REVIEW: Box[] = [
  { key: "reReviewMonths", label: "Re-review after (months)", hint: "An approved review keeps its service ready this long; then a re-review is due. Keel's default: 12.", min: 1, max: 60 },
  { key: "oncallCoverageDays", label: "On-call coverage ahead (days)", hint: "The on-call check passes when the team's schedules cover every moment of the next this-many days. Keel's default: 14.", min: 1, max: 90 },
  { key: "drillWithinMonths", label: "Drill within (months)", hint: "The drill check passes when a drill of the service ran within this many months; a checklist item may set its own. Keel's default: 6.", min: 1, max: 36 },
];
const LEVELS: Box[] = [
  { key: "bronzePercent", label: "Bronze from (% passed)", hint: "Share of applicable items passed. Keel's default: 50.", min: 1, max: 99, step: 0.1 },
  { key: "silverPercent", label: "Silver from (% passed)", hint: "Gold needs every applicable item passed. Keel's default: 75.", min: 1, max: 99, step: 0.1 },
];

export function ReadinessPolicyForm({ policy }: { policy: ReadinessPolicy }) {
  const [state, formAction, pending] = useActionState(updateReadinessPolicyAction, INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  const boxes = (list: Box[]) =>
    list.map((box) => (
      <Field key={box.key} label={box.label} name={box.key} errors={state.fieldErrors?.[box.key]} hint={box.hint}>
        {(props) => <Input {...props} type="number" min={box.min} max={box.max} step={box.step ?? 1} defaultValue={typed?.[box.key] ?? String(policy[box.key])} />}
      </Field>
    ));
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-4xl gap-4" noValidate>
      <Card aria-labelledby="h-review">
        <CardTitle id="h-review">Reviews and automatic checks</CardTitle>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">{boxes(REVIEW)}</div>
      </Card>
      <Card aria-labelledby="h-levels">
        <CardTitle id="h-levels">Scorecard levels</CardTitle>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">{boxes(LEVELS)}</div>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save readiness policy"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
