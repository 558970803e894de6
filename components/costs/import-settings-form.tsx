"use client";
// The cost import's tag keys: which keys of a FOCUS line's Tags JSON name its team, service, signal, environment and cost type.
import { useActionState } from "react";
import { updateCostImportSettingsAction } from "@/app/(portal)/settings/costs/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { CostImportSettings } from "@/lib/costs/import-settings";
import { DEFAULT_COST_TAG_KEYS, type CostTagField } from "@/lib/costs/types";
import { INITIAL_FORM_STATE } from "@/lib/forms";

const BOXES: { key: CostTagField; label: string }[] = [
  { key: "team", label: "Team tag key" },
  { key: "service", label: "Service tag key" },
  { key: "signal", label: "Signal tag key" },
  { key: "environment", label: "Environment tag key" },
  { key: "costType", label: "Cost type tag key" },
];

export function CostImportSettingsForm({ settings }: { settings: CostImportSettings }) {
  const [state, formAction, pending] = useActionState(updateCostImportSettingsAction, INITIAL_FORM_STATE);
  const typed = state.ok ? undefined : state.values;
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-4xl gap-4" noValidate>
      <Card aria-labelledby="h-tag-keys">
        <CardTitle id="h-tag-keys">Import tag keys</CardTitle>
        <p className="mt-1 text-sm text-muted">
          FOCUS exports carry your resource tags in their Tags column. Keel reads a line&apos;s team, service, signal, environment and cost type from these keys (matched case-insensitively); a line without the team key is unallocated. Without a signal or cost type tag, Keel infers them from the service name and unit where it is obvious.
        </p>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          {BOXES.map((box) => (
            <Field key={box.key} label={box.label} name={box.key} errors={state.fieldErrors?.[box.key]} hint={`Keel's default: ${DEFAULT_COST_TAG_KEYS[box.key]}`}>
              {(props) => <Input {...props} defaultValue={typed?.[box.key] ?? settings.tagKeys[box.key]} />}
            </Field>
          ))}
        </div>
      </Card>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save tag keys"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
