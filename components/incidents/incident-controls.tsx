"use client";
// What people with rights change on an incident page: the next lifecycle move, severity, escalation, roles and details.
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SEVERITIES, type Severity } from "@/lib/incidents/types";
import type { Move } from "@/lib/incidents/view/moves";
import { ChangeForm, type IncidentAction } from "./change-form";
import type { Person } from "./incident-form";

export function MoveButtons({ action, moves }: { action: IncidentAction; moves: Move[] }) {
  if (!moves.length) return <p className="text-sm text-muted">This incident is closed; its record stays as it is.</p>;
  return (
    <ChangeForm action={action} label="Lifecycle moves">
      {({ pending }) => (
        <div className="flex flex-wrap items-center gap-2">
          {moves.map((move) => (
            <span key={move.label} className="contents">
              <Button
                type="submit"
                name="status"
                value={move.to}
                variant={move.primary ? "primary" : "secondary"}
                disabled={pending || move.refusal !== null}
                aria-describedby={move.refusal ? `move-${move.to}-refusal` : undefined}
              >
                {move.label}
              </Button>
              {move.refusal ? (
                <span id={`move-${move.to}-refusal`} className="text-xs text-muted">
                  {move.refusal}.
                </span>
              ) : null}
            </span>
          ))}
        </div>
      )}
    </ChangeForm>
  );
}

export function SeverityForm({ action, severity, names }: { action: IncidentAction; severity: Severity; names: Record<Severity, string> }) {
  return (
    <ChangeForm action={action} label="Change severity">
      {({ pending, errors }) => (
        <div className="flex flex-wrap items-end gap-2">
          <Field label="Severity" name="severity" errors={errors("severity")} className="min-w-40">
            {(props) => (
              <Select {...props} key={severity} defaultValue={severity}>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s} · {names[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" variant="secondary" disabled={pending} className="mb-6">
            Change severity
          </Button>
        </div>
      )}
    </ChangeForm>
  );
}

export function EscalateButton({ action, escalatedAt }: { action: IncidentAction; escalatedAt: string | null }) {
  return (
    <ChangeForm action={action} label="Escalate">
      {({ pending }) => (
        <div className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="escalate" value="true" />
          <Button type="submit" variant="secondary" disabled={pending}>
            Escalate
          </Button>
          <span className="text-xs text-muted">{escalatedAt ? "Already escalated; escalating again adds a timeline entry." : "Engages the owning team’s escalation policy."}</span>
        </div>
      )}
    </ChangeForm>
  );
}

const ROLE_LABELS = { commander: "Incident commander", communications: "Communications lead", scribe: "Scribe" } as const;

export function RolesForm({ action, people, current }: { action: IncidentAction; people: Person[]; current: Record<keyof typeof ROLE_LABELS, string | null> }) {
  return (
    <ChangeForm action={action} label="Roles">
      {({ pending, errors }) => (
        <>
          <div className="grid gap-3 sm:grid-cols-3">
            {(Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[]).map((role) => (
              <Field key={role} label={ROLE_LABELS[role]} name={role} errors={errors(role)}>
                {(props) => (
                  <Select {...props} key={current[role] ?? ""} defaultValue={current[role] ?? ""}>
                    <option value="">Nobody</option>
                    {people.map((person) => (
                      <option key={person.email} value={person.email}>
                        {person.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            ))}
          </div>
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              Save roles
            </Button>
          </div>
        </>
      )}
    </ChangeForm>
  );
}

export function DetailsForm({ action, initial }: { action: IncidentAction; initial: { title: string; summary: string; customerImpact: string; tags: string } }) {
  return (
    <ChangeForm action={action} label="Details">
      {({ pending, errors, values }) => (
        <>
          <Field label="Title" name="title" errors={errors("title")}>
            {(props) => <Input {...props} defaultValue={values?.title ?? initial.title} required />}
          </Field>
          <Field label="Summary" name="summary" errors={errors("summary")}>
            {(props) => <Textarea {...props} defaultValue={values?.summary ?? initial.summary} />}
          </Field>
          <Field label="Customer impact" name="customerImpact" errors={errors("customerImpact")}>
            {(props) => <Textarea {...props} defaultValue={values?.customerImpact ?? initial.customerImpact} className="min-h-16" />}
          </Field>
          <Field label="Tags" name="tags" errors={errors("tags")} hint="Comma separated.">
            {(props) => <Input {...props} defaultValue={values?.tags ?? initial.tags} />}
          </Field>
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              Save details
            </Button>
          </div>
        </>
      )}
    </ChangeForm>
  );
}
