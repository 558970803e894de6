"use client";
import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { addTeamMemberAction, createTeamAction, deleteTeamAction, removeTeamMemberAction, updateTeamAction } from "@/app/(portal)/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useSlugFromName } from "@/components/ui/use-slug-from-name";
import { INITIAL_FORM_STATE } from "@/lib/forms";

export function CreateTeamForm() {
  const [state, formAction, pending] = useActionState(createTeamAction, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  // The slug follows the name until the person edits it.
  const { name, slug, onNameChange, onSlugChange } = useSlugFromName();
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="mt-3 grid gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Team name" name="name" errors={errors("name")}>
          {(props) => (
            <Input
              {...props}
              value={name}
              onChange={onNameChange}
              required
            />
          )}
        </Field>
        <Field label="Team slug" name="slug" errors={errors("slug")} hint="Filled in from the name until you change it: lowercase letters, digits and hyphens.">
          {(props) => (
            <Input
              {...props}
              value={slug}
              onChange={onSlugChange}
              required
            />
          )}
        </Field>
      </div>
      <Field label="Team description" name="description" errors={errors("description")}>
        {(props) => <Textarea {...props} defaultValue={state.values?.description ?? ""} />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create team"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

export function EditTeamForm({ teamId, name, description }: { teamId: number; name: string; description: string }) {
  const [state, formAction, pending] = useActionState(updateTeamAction.bind(null, teamId), INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  return (
    <ActionForm action={formAction} className="mt-3 grid gap-4" noValidate>
      <Field label="Team name" name="name" errors={errors("name")}>
        {(props) => <Input {...props} defaultValue={state.values?.name ?? name} required />}
      </Field>
      <Field label="Team description" name="description" errors={errors("description")}>
        {(props) => <Textarea {...props} defaultValue={state.values?.description ?? description} />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save team"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}

export function AddMemberForm({ teamId, candidates }: { teamId: number; candidates: { id: number; label: string }[] }) {
  const [state, formAction, pending] = useActionState(addTeamMemberAction.bind(null, teamId), INITIAL_FORM_STATE);
  if (!candidates.length) return <p className="mt-3 text-sm text-muted">Every active user is already a member.</p>;
  return (
    <ActionForm key={state.message ?? "form"} action={formAction} className="mt-3 flex flex-col gap-2 border-t border-border pt-3 sm:flex-row sm:items-end">
      <Field label="Add a member" name="userId" errors={state.fieldErrors?.userId} className="flex-1">
        {(props) => (
          <Select {...props} defaultValue="">
            <option value="">Choose a person…</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        Add
      </Button>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function RemoveMemberButton({ teamId, userId, name }: { teamId: number; userId: number; name: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={pending}
      aria-label={`Remove ${name}`}
      onClick={() =>
        startTransition(async () => {
          const state = await removeTeamMemberAction(teamId, userId);
          if (state.ok) toast.success(state.message);
          else toast.error(state.message);
        })
      }
    >
      Remove
    </Button>
  );
}

export function DeleteTeamButton({ teamId, name }: { teamId: number; name: string }) {
  return (
    <ConfirmAction
      title={`Delete ${name}?`}
      description="Only a team that owns no services can be deleted. Memberships are removed; the audit log keeps the record."
      triggerLabel="Delete team"
      confirmLabel="Delete team"
      pendingLabel="Deleting…"
      action={() => deleteTeamAction(teamId)}
    />
  );
}
