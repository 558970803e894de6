"use client";
// The cost thresholds form (admins): budget warnings, the anomaly rule and the forecast horizon. Shares show as percents.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { CostPolicy } from "@/lib/costs/policy";
import { INITIAL_FORM_STATE } from "@/lib/forms";
import { updateCostPolicyAction } from "./cost-math-actions";

type Box = { key: keyof CostPolicy; label: string; hint: string; min: number; max: number; step: number; percent?: boolean };

const BUDGET: Box[] = [
  { key: "budgetWarnAt", label: "Budget warning at (% of budget)", hint: "A team's month turns to warning from this share of its budget. Keel's default: 80.", min: 1, max: 1000, step: 0.1, percent: true },
  { key: "budgetOverAt", label: "Over budget at (% of budget)", hint: "And to over budget from this share. Keel's default: 100.", min: 1, max: 1000, step: 0.1, percent: true },
];
const TREND: Box[] = [
  { key: "anomalySigma", label: "Anomaly beyond (standard deviations)", hint: "A month is an anomaly when its cost is further than this from the trailing months' mean. Keel's default: 3.", min: 0.1, max: 10, step: 0.1 },
  { key: "anomalyTrailingMonths", label: "Trailing months compared", hint: "The months before it that a month is compared with; it needs this many. Keel's default: 6.", min: 2, max: 24, step: 1 },
  { key: "anomalyAboveMean", label: "Or above their mean by (%)", hint: "A month more than this far above the trailing mean is an anomaly too. Keel's default: 50.", min: 1, max: 1000, step: 1, percent: true },
  { key: "forecastMonths", label: "Forecast months ahead", hint: "How far the trend forecast reaches. Keel's default: 3.", min: 1, max: 12, step: 1 },
];

// A percent box shows a share ×100, rounded past float noise (0.7 → 70, not 70.00000000000001).
const shown = (box: Box, policy: CostPolicy) => String(box.percent ? Math.round(policy[box.key] * 100 * 1e6) / 1e6 : policy[box.key]);

export function CostPolicyForm({ policy }: { policy: CostPolicy }) {
  const [state, formAction, pending] = useActionState(updateCostPolicyAction, INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  const boxes = (list: Box[]) =>
    list.map((box) => (
      <Field key={box.key} label={box.label} name={box.key} errors={state.fieldErrors?.[box.key]} hint={box.hint}>
        {(props) => <Input {...props} type="number" min={box.min} max={box.max} step={box.step} defaultValue={typed?.[box.key] ?? shown(box, policy)} />}
      </Field>
    ));
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-4" noValidate>
      <Card aria-labelledby="h-cost-budget-thresholds">
        <h3 id="h-cost-budget-thresholds" className="text-base font-semibold">Budget thresholds</h3>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">{boxes(BUDGET)}</div>
      </Card>
      <Card aria-labelledby="h-cost-anomalies">
        <h3 id="h-cost-anomalies" className="text-base font-semibold">Anomalies and forecast</h3>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">{boxes(TREND)}</div>
      </Card>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save cost thresholds"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
