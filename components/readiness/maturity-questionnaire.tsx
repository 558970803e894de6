"use client";
// The maturity questionnaire of one quarter: each stage's practices as labelled yes / partly / no radio groups.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { ANSWERS, MATURITY_STAGES, questionsOf, STAGE_MET_SHARE, type Answer } from "@/lib/readiness/maturity";

const LABELS: Record<Answer, string> = { yes: "Yes", partly: "Partly", no: "No" };

export function MaturityQuestionnaire({
  action,
  quarter,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  quarter: string;
  initial: Partial<Record<string, Answer>>;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-6" noValidate aria-label={`Maturity questionnaire for ${quarter}`}>
      <p className="text-sm text-muted">
        Is each practice true of the team today? A stage is reached when its answers score at least {STAGE_MET_SHARE * 100}% (partly counts half) and every stage below it is reached too.
      </p>
      {MATURITY_STAGES.map((stage) => (
        <fieldset key={stage.stage} className="grid gap-3 rounded-lg border border-border p-4">
          <legend className="px-1 text-sm font-semibold">
            Stage {stage.stage}: {stage.name} <span className="font-normal text-muted">— {stage.summary}</span>
          </legend>
          {questionsOf(stage.stage).map((q) => {
            const errors = state.fieldErrors?.[q.key];
            const chosen = (state.values?.[q.key] as Answer | undefined) ?? initial[q.key];
            const errorId = `maturity-${q.key}-error`;
            return (
              <div
                key={q.key}
                role="radiogroup"
                aria-labelledby={`maturity-${q.key}-label`}
                aria-describedby={errors?.length ? errorId : undefined}
                aria-invalid={errors?.length ? true : undefined}
                // The first group in error takes the focus after a rejected save.
                tabIndex={errors?.length ? -1 : undefined}
                className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4">
                <span id={`maturity-${q.key}-label`} className="text-sm">
                  {q.text}
                </span>
                <div className="flex gap-4">
                  {ANSWERS.map((answer) => (
                    <label key={answer} className="flex items-center gap-1.5 text-sm">
                      <input type="radio" name={q.key} value={answer} defaultChecked={chosen === answer} className="accent-[var(--primary)]" />
                      {LABELS[answer]}
                    </label>
                  ))}
                </div>
                <div id={errorId} aria-live="polite" className="text-sm text-danger sm:col-span-2">
                  {errors?.map((e) => <p key={e}>{e}</p>)}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : `Save assessment for ${quarter}`}
        </Button>
      </div>
    </ActionForm>
  );
}
