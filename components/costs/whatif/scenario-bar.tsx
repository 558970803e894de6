"use client";
// Scenarios: load a saved one, go back to the fintech plan, save the levers as they are now, delete the loaded one.
import { useActionState, useState, useTransition } from "react";
import { deleteScenarioAction, saveScenarioAction } from "@/app/(portal)/costs/what-if/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import type { WhatIfLevers } from "@/lib/costs/whatif-schemas";

export type SavedScenario = { id: number; name: string; levers: WhatIfLevers };

type Props = { scenarios: SavedScenario[]; levers: WhatIfLevers; loaded: number | null; canSave: boolean; onLoad: (scenario: SavedScenario | null) => void };

export function ScenarioBar({ scenarios, levers, loaded, canSave, onLoad }: Props) {
  const [state, saveAction, saving] = useActionState(saveScenarioAction, INITIAL_FORM_STATE);
  const [deleteState, setDeleteState] = useState<FormState>(INITIAL_FORM_STATE);
  const [deleting, startDelete] = useTransition();
  const typed = state.ok ? undefined : state.values;
  return (
    <Card aria-labelledby="h-scenarios" className="grid gap-4">
      <CardTitle id="h-scenarios">Scenarios</CardTitle>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid min-w-0 gap-1">
          <label htmlFor="scenario-load" className="text-sm font-medium">
            Saved scenario
          </label>
          <Select
            id="scenario-load"
            className="w-64 max-w-full"
            value={loaded === null ? "" : String(loaded)}
            onChange={(event) => onLoad(scenarios.find((s) => String(s.id) === event.target.value) ?? null)}
          >
            <option value="">{scenarios.length ? "— the fintech plan —" : "No saved scenarios yet"}</option>
            {scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="secondary" onClick={() => onLoad(null)}>
          Reset to the fintech plan
        </Button>
        {canSave && loaded !== null ? (
          <Button
            variant="secondary"
            disabled={deleting}
            onClick={() =>
              startDelete(async () => {
                const result = await deleteScenarioAction(loaded);
                setDeleteState(result);
                if (result.ok) onLoad(null);
              })
            }
          >
            {deleting ? "Deleting…" : "Delete this scenario"}
          </Button>
        ) : null}
        <FormMessage state={deleteState} />
      </div>
      {canSave ? (
        <ActionForm action={saveAction} fieldErrors={state.fieldErrors} className="flex flex-wrap items-start gap-3" noValidate>
          <input type="hidden" name="levers" value={JSON.stringify(levers)} />
          <Field label="Scenario name" name="name" errors={state.fieldErrors?.name ?? (state.fieldErrors && Object.keys(state.fieldErrors).some((k) => k.startsWith("levers")) ? ["A lever is out of range; check the levers."] : undefined)} className="w-64 max-w-full">
            {(props) => <Input {...props} defaultValue={typed?.name ?? ""} maxLength={80} required />}
          </Field>
          <div className="flex items-center gap-3 pt-6">
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : "Save scenario"}
            </Button>
            <FormMessage state={state} />
          </div>
        </ActionForm>
      ) : (
        <p className="text-sm text-muted">Editors and admins can save scenarios; you can try any lever here.</p>
      )}
    </Card>
  );
}
