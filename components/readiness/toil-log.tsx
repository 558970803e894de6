"use client";
// A team's toil log: each task with its hours a week and whether it is automated, a form to log one, and a button to
// mark one automated (its hours stop counting as toil from then on).
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FormattedTime } from "@/components/ui/formatted-time";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** `automate`: the bound server action marking the task automated, for people who may (and tasks still done by hand). */
export type ToilRow = { id: number; task: string; hoursPerWeek: number; loggedAt: string; automatedAt: string | null; automate: Action | null };

function AutomateButton({ action, task }: { action: Action; task: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} className="grid gap-1">
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Mark “${task}” automated`}>
        {pending ? "Saving…" : "Mark automated"}
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </ActionForm>
  );
}

function Status({ row }: { row: ToilRow }) {
  return row.automatedAt ? (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone="success">Automated</Badge> <FormattedTime iso={row.automatedAt} dateOnly />
    </span>
  ) : (
    <Badge tone="warning">By hand</Badge>
  );
}

export function ToilTable({ rows, canEdit }: { rows: readonly ToilRow[]; canEdit: boolean }) {
  const action = (row: ToilRow) => (row.automate && !row.automatedAt ? <AutomateButton action={row.automate} task={row.task} /> : null);
  return (
    <TableOrCards
      cards={
        <RowCards label="Toil log">
          {rows.map((row) => (
            <RowCard
              key={row.id}
              title={row.task}
              fields={[
                { label: "Hours a week", value: row.hoursPerWeek },
                { label: "Logged", value: <FormattedTime iso={row.loggedAt} dateOnly /> },
                { label: "Status", value: <Status row={row} /> },
                ...(row.automate && !row.automatedAt ? [{ label: "Action", value: action(row) }] : []),
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label="Toil log">
        <thead>
          <tr>
            <Th>Task</Th>
            <Th>Hours a week</Th>
            <Th>Logged</Th>
            <Th>Status</Th>
            {canEdit ? <Th>Action</Th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td>{row.task}</Td>
              <Td className="tabular-nums">{row.hoursPerWeek}</Td>
              <Td>
                <FormattedTime iso={row.loggedAt} dateOnly />
              </Td>
              <Td>
                <Status row={row} />
              </Td>
              {canEdit ? <Td>{action(row)}</Td> : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}

export function LogToilForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] sm:items-start" noValidate aria-label="Log toil">
      <Field label="Task" name="task" errors={state.fieldErrors?.task} hint="Repetitive operational work, e.g. restarting a stuck service.">
        {(props) => <Input {...props} defaultValue={state.ok ? "" : state.values?.task} key={state.ok ? "done" : "typing"} required maxLength={200} />}
      </Field>
      <Field label="Hours a week" name="hoursPerWeek" errors={state.fieldErrors?.hoursPerWeek}>
        {(props) => <Input {...props} type="number" min="0.5" step="0.5" inputMode="decimal" defaultValue={state.ok ? "" : state.values?.hoursPerWeek} key={state.ok ? "done" : "typing"} required />}
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="automated" defaultChecked={!state.ok && state.values?.automated === "on"} /> Already automated
      </label>
      <div className="grid gap-2 sm:col-span-2">
        <FormMessage state={state} />
        <div>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? "Logging…" : "Log toil"}
          </Button>
        </div>
      </div>
    </ActionForm>
  );
}
