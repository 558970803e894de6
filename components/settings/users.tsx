"use client";
import { useActionState, useTransition } from "react";
import { toast } from "sonner";
import { changeUserRoleAction, createUserAction, setUserActiveAction } from "@/app/(portal)/settings/actions";
import { Badge } from "@/components/ui/badge";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Td } from "@/components/ui/table";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import { FormattedTime } from "@/components/ui/formatted-time";
import { ResetPasswordDialog } from "./password-forms";

type UserRowData = { id: number; name: string; email: string; role: string; isActive: boolean; teams: string[]; lastLoginAt: string | null };

function report(state: FormState) {
  if (state.ok) toast.success(state.message);
  else toast.error(state.message ?? "That did not work.");
}

export function UserRow({ user, isSelf }: { user: UserRowData; isSelf: boolean }) {
  const [pending, startTransition] = useTransition();
  const onRoleChange = (role: string) => {
    const data = new FormData();
    data.set("role", role);
    startTransition(async () => report(await changeUserRoleAction(user.id, INITIAL_FORM_STATE, data)));
  };
  const onToggleActive = () => startTransition(async () => report(await setUserActiveAction(user.id, !user.isActive)));
  return (
    <tr>
      <Td>
        <div className="font-medium">
          {user.name} {isSelf ? <span className="text-xs text-muted">(you)</span> : null}
        </div>
        <div className="text-xs text-muted">{user.email}</div>
      </Td>
      <Td className="text-muted">{user.teams.join(", ") || "—"}</Td>
      <Td>
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.name}
        </label>
        <Select id={`role-${user.id}`} value={user.role} disabled={pending} onChange={(event) => onRoleChange(event.target.value)} className="h-8 w-28">
          <option value="viewer">viewer</option>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
        </Select>
      </Td>
      <Td>{user.isActive ? <Badge tone="success">active</Badge> : <Badge tone="danger">deactivated</Badge>}</Td>
      <Td className="hidden text-muted md:table-cell">{user.lastLoginAt ? <FormattedTime iso={user.lastLoginAt} /> : "never"}</Td>
      <Td>
        <div className="flex flex-wrap gap-2">
          {isSelf ? null : (
            <Button size="sm" variant={user.isActive ? "secondary" : "primary"} disabled={pending} onClick={onToggleActive} aria-label={`${user.isActive ? "Deactivate" : "Reactivate"} ${user.name}`}>
              {user.isActive ? "Deactivate" : "Reactivate"}
            </Button>
          )}
          <ResetPasswordDialog userId={user.id} name={user.name} />
        </div>
      </Td>
    </tr>
  );
}

export function CreateUserForm() {
  const [state, formAction, pending] = useActionState(createUserAction, INITIAL_FORM_STATE);
  const errors = (key: string) => state.fieldErrors?.[key];
  // Keep what was typed after a rejection; start empty after a success.
  const value = (key: string) => (state.ok ? "" : (state.values?.[key] ?? ""));
  return (
    <ActionForm action={formAction} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate key={state.ok ? state.message : "form"}>
      <Field label="Name" name="name" errors={errors("name")}>
        {(props) => <Input {...props} defaultValue={value("name")} required />}
      </Field>
      <Field label="Email" name="email" errors={errors("email")}>
        {(props) => <Input {...props} type="email" defaultValue={value("email")} required />}
      </Field>
      <Field label="Role" name="role" errors={errors("role")}>
        {(props) => (
          <Select {...props} defaultValue={value("role") || "viewer"}>
            <option value="viewer">Viewer — reads everything</option>
            <option value="editor">Editor — changes their teams&apos; things</option>
            <option value="admin">Admin — everything</option>
          </Select>
        )}
      </Field>
      <Field label="Initial password" name="password" errors={errors("password")} hint="At least 8 characters.">
        {(props) => <Input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add user"}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
