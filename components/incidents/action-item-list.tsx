"use client";
// Action items as a table (cards on a phone), each with an inline status change; overdue ones say so.
import Link from "next/link";
import { useActionState, useId } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RowCard, RowCards, Table, TableOrCards, Td, Th } from "@/components/ui/table";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { ACTION_ITEM_STATUS_LABELS } from "@/lib/incidents/postmortem";
import { ACTION_ITEM_STATUSES, type ActionItemPriority, type ActionItemStatus } from "@/lib/incidents/types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type ActionItemRow = {
  id: number;
  title: string;
  owner: string | null;
  /** The due day, YYYY-MM-DD (UTC), or null. */
  dueDate: string | null;
  priority: ActionItemPriority;
  status: ActionItemStatus;
  overdue: boolean;
  incident: { number: number; title: string; isDrill: boolean };
  team: string | null;
  /** Bound to this item when the viewer may change it. */
  statusAction: Action | null;
};

function StatusControl({ row }: { row: ActionItemRow }) {
  const [state, action, pending] = useActionState(row.statusAction ?? (async (s: FormState) => s), INITIAL_FORM_STATE);
  // The row shows twice (a card on phones, a table row on wider screens): ids must differ between the two.
  const id = useId();
  if (!row.statusAction) return <span>{ACTION_ITEM_STATUS_LABELS[row.status]}</span>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Status of “{row.title}”
      </label>
      <Select id={id} name="status" defaultValue={row.status} className="h-8 w-auto" key={row.status}>
        {ACTION_ITEM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {ACTION_ITEM_STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save the status of “${row.title}”`}>
        Save
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

function Due({ row }: { row: ActionItemRow }) {
  if (!row.dueDate) return <span className="text-muted">No due date</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <time dateTime={row.dueDate}>{row.dueDate}</time>
      {row.overdue ? <Badge tone="danger">Overdue</Badge> : null}
    </span>
  );
}

const incidentLink = (row: ActionItemRow) => (
  <Link href={`/incidents/${row.incident.number}/postmortem`} className="text-primary hover:underline">
    {row.incident.isDrill ? "Drill" : "Incident"} #{row.incident.number}: {row.incident.title}
  </Link>
);

export function ActionItemList({ label, rows, showIncident }: { label: string; rows: ActionItemRow[]; showIncident: boolean }) {
  return (
    <TableOrCards
      cards={
        <RowCards label={label}>
          {rows.map((row) => (
            <RowCard
              key={row.id}
              title={row.title}
              fields={[
                ...(showIncident ? [{ label: "From", value: incidentLink(row) }] : []),
                { label: "Owner", value: row.owner ?? <span className="text-muted">Nobody yet</span> },
                { label: "Due", value: <Due row={row} /> },
                { label: "Priority", value: row.priority },
                { label: "Status", value: <StatusControl row={row} /> },
              ]}
            />
          ))}
        </RowCards>
      }
    >
      <Table label={label}>
        <thead>
          <tr>
            <Th>Action item</Th>
            {showIncident ? <Th>From</Th> : null}
            <Th>Owner</Th>
            <Th>Due</Th>
            <Th>Priority</Th>
            <Th>Status</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td className="font-medium">{row.title}</Td>
              {showIncident ? <Td>{incidentLink(row)}</Td> : null}
              <Td>{row.owner ?? <span className="text-muted">Nobody yet</span>}</Td>
              <Td>
                <Due row={row} />
              </Td>
              <Td>{row.priority}</Td>
              <Td>
                <StatusControl row={row} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableOrCards>
  );
}
