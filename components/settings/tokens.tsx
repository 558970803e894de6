"use client";
import { useActionState, useState, useTransition } from "react";
import { toast } from "sonner";
import { createTokenAction, revokeTokenAction } from "@/app/(portal)/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/forms";

const SCOPES = [
  { value: "read", label: "read — status, SLOs, services" },
  { value: "ingest", label: "ingest — push SLI data" },
  { value: "write", label: "write — change services, SLOs and deployments" },
  { value: "admin", label: "admin — everything" },
];

export function CreateTokenForm({ teams }: { teams: { slug: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(createTokenAction, INITIAL_FORM_STATE);
  const [copied, setCopied] = useState(false);
  const [reach, setReach] = useState<"all" | "teams">("all");
  const token = state.ok ? state.data?.token : undefined;
  return (
    <div className="mt-3 grid gap-4">
      <ActionForm action={formAction} className="grid gap-4" noValidate key={state.data?.token ?? "form"}>
        <Field label="Token name" name="name" errors={state.fieldErrors?.name} hint="Say what uses it, e.g. ci-deploy-gate or prometheus-exporter.">
          {(props) => <Input {...props} defaultValue={state.ok ? "" : (state.values?.name ?? "")} required />}
        </Field>
        <fieldset aria-describedby="scopes-error">
          <legend className="text-sm font-medium">Scopes</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {SCOPES.map((scope) => (
              <label key={scope.value} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope.value} defaultChecked={scope.value === "read"} />
                {scope.label}
              </label>
            ))}
          </div>
          <div id="scopes-error" aria-live="polite" className="text-sm text-danger">
            {state.fieldErrors?.scopes?.map((error) => <p key={error}>{error}</p>)}
          </div>
        </fieldset>
        <fieldset aria-describedby="teams-error">
          <legend className="text-sm font-medium">Teams it may change</legend>
          <div className="mt-1 grid gap-1">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="reach" value="all" checked={reach === "all"} onChange={() => setReach("all")} />
              All teams — for platform-wide clients
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="reach" value="teams" checked={reach === "teams"} onChange={() => setReach("teams")} />
              Only these teams — refused (403) on anything another team owns, SLI data included
            </label>
          </div>
          {reach === "teams" ? (
            <div className="mt-2 grid gap-1 pl-6 sm:grid-cols-2">
              {teams.map((team) => (
                <label key={team.slug} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="teams" value={team.slug} />
                  {team.name}
                </label>
              ))}
            </div>
          ) : null}
          <div id="teams-error" aria-live="polite" className="text-sm text-danger">
            {Object.entries(state.fieldErrors ?? {})
              .filter(([field]) => field.startsWith("teams"))
              .flatMap(([, errors]) => errors)
              .map((error) => (
                <p key={error}>{error}</p>
              ))}
          </div>
        </fieldset>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
          <FormMessage state={state} />
        </div>
      </ActionForm>
      {token ? (
        <div className="rounded-md border border-warning/50 bg-surface-2 p-3">
          <label htmlFor="new-token-value" className="text-sm font-medium">
            New token (shown once)
          </label>
          <div className="mt-1 flex gap-2">
            <Input id="new-token-value" readOnly value={token} className="font-mono" onFocus={(event) => event.currentTarget.select()} />
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(token);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Revoke ${name}?`}
      description="Clients using this token get 401 from now on. This cannot be undone; create a new token instead."
      trigger={
        <Button size="sm" variant="secondary" aria-label={`Revoke ${name}`}>
          Revoke
        </Button>
      }
    >
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const state = await revokeTokenAction(tokenId);
              setOpen(false);
              if (state.ok) toast.success(state.message);
              else toast.error(state.message);
            })
          }
        >
          Revoke token
        </Button>
      </div>
    </Dialog>
  );
}
