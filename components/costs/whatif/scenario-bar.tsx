"use client";
// Scenarios: load a saved one, go back to the fintech plan, save the levers as a new scenario or as the loaded one's
// changes (its name too), delete the loaded one after confirming.
import { useActionState, useEffect, useRef } from "react";
import { deleteScenarioAction, saveScenarioAction } from "@/app/(portal)/costs/what-if/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";
import type { WhatIfLevers } from "@/lib/costs/whatif-schemas";

export type SavedScenario = { id: number; name: string; levers: WhatIfLevers };

type Props = { scenarios: SavedScenario[]; levers: WhatIfLevers; loaded: number | null; canSave: boolean; onLoad: (scenario: SavedScenario | null) => void };

export function ScenarioBar({ scenarios, levers, loaded, canSave, onLoad }: Props) {
  const [state, saveAction, saving] = useActionState(saveScenarioAction, INITIAL_FORM_STATE);
  const current = scenarios.find((scenario) => scenario.id === loaded) ?? null;
  const typed = state.ok ? undefined : state.values;
  const savedId = state.ok ? state.data?.id : undefined;
  // A scenario just saved becomes the loaded one once the page's list has it, so "Save changes" saves to it next.
  const handled = useRef<string | undefined>(undefined);
  useEffect(() => {
    const saved = savedId === undefined || handled.current === savedId ? undefined : scenarios.find((scenario) => String(scenario.id) === savedId);
    if (!saved) return;
    handled.current = savedId;
    if (saved.id !== loaded) onLoad(saved);
  }, [savedId, scenarios, loaded, onLoad]);
  // The loaded scenario was deleted (here or by someone else): back to the plan.
  useEffect(() => {
    if (loaded !== null && !scenarios.some((scenario) => scenario.id === loaded)) onLoad(null);
  }, [loaded, scenarios, onLoad]);
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
        {canSave && current ? (
          <ConfirmAction
            title={`Delete the scenario "${current.name}"?`}
            description="Its levers are removed for everyone. The records and the price list are not touched."
            triggerLabel="Delete this scenario"
            confirmLabel="Delete scenario"
            pendingLabel="Deleting…"
            action={deleteScenarioAction.bind(null, current.id)}
          />
        ) : null}
      </div>
      {canSave ? (
        <ActionForm action={saveAction} fieldErrors={state.fieldErrors} className="flex flex-wrap items-start gap-3" noValidate>
          <input type="hidden" name="levers" value={JSON.stringify(levers)} />
          {current ? <input type="hidden" name="id" value={current.id} /> : null}
          <Field label="Scenario name" name="name" errors={state.fieldErrors?.name ?? (state.fieldErrors && Object.keys(state.fieldErrors).some((k) => k.startsWith("levers")) ? ["A lever is out of range; check the levers."] : undefined)} className="w-64 max-w-full">
            {/* Keyed by the loaded scenario, so loading another one puts its name in the field. */}
            {(props) => <Input key={current?.id ?? "new"} {...props} defaultValue={typed?.name ?? current?.name ?? ""} maxLength={80} required />}
          </Field>
          <div className="flex flex-wrap items-center gap-3 pt-6">
            {current ? (
              <>
                <Button type="submit" name="intent" value="update" disabled={saving}>
                  {saving ? "Saving…" : "Save changes"}
                </Button>
                <Button type="submit" name="intent" value="create" variant="secondary" disabled={saving}>
                  Save as new scenario
                </Button>
              </>
            ) : (
              <Button type="submit" name="intent" value="create" disabled={saving}>
                {saving ? "Saving…" : "Save scenario"}
              </Button>
            )}
            <FormMessage state={state} />
          </div>
        </ActionForm>
      ) : (
        <p className="text-sm text-muted">Editors and admins can save scenarios; you can try any lever here.</p>
      )}
    </Card>
  );
}
