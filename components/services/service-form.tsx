"use client";
// Create or edit a service; field errors come back from the server action.
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useSlugFromName } from "@/components/ui/use-slug-from-name";
import { followsName } from "@/lib/catalog/slugify";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";

type ServiceValues = {
  slug: string;
  name: string;
  team: string;
  tier: number;
  description: string;
  repoUrl: string | null;
  dashboardUrl: string | null;
  runbookUrl: string | null;
};

const TIER_OPTIONS = [
  { value: "1", label: "Tier 1 — critical (default SLO 99.99%)" },
  { value: "2", label: "Tier 2 — important (default SLO 99.9%)" },
  { value: "3", label: "Tier 3 — supporting (default SLO 99.5%)" },
];

export function ServiceForm({
  action,
  teams,
  initial,
  mode,
  cancelHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  teams: { slug: string; name: string }[];
  initial?: ServiceValues;
  mode: "create" | "edit";
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (key: keyof ServiceValues) => state.values?.[key] ?? (initial?.[key] == null ? "" : String(initial[key]));
  const errors = (key: string) => state.fieldErrors?.[key];
  // Name and slug are held here so that a new service's slug follows its name until the person edits the slug.
  const { name, slug, onNameChange, onSlugChange } = useSlugFromName({ name: value("name"), slug: value("slug"), follows: followsName(value("name"), value("slug")), canFollow: mode === "create" });
  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-2xl gap-4" noValidate>
      <Field label="Name" name="name" errors={errors("name")}>
        {(props) => (
          <Input
            {...props}
            value={name}
            onChange={onNameChange}
            required
          />
        )}
      </Field>
      <Field
        label="Slug"
        name="slug"
        errors={errors("slug")}
        hint={mode === "edit" ? "The slug is the service's id in URLs and the API; it cannot change." : "Filled in from the name until you change it: lowercase letters, digits and hyphens, e.g. payment-gateway."}
      >
        {(props) => (
          <Input
            {...props}
            value={slug}
            onChange={onSlugChange}
            required
            readOnly={mode === "edit"}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Owning team" name="team" errors={errors("team")}>
          {(props) => (
            <Select {...props} defaultValue={value("team")} required>
              <option value="">Choose a team…</option>
              {teams.map((team) => (
                <option key={team.slug} value={team.slug}>
                  {team.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Tier" name="tier" errors={errors("tier")}>
          {(props) => (
            <Select {...props} defaultValue={value("tier") || "2"} required>
              {TIER_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field label="Description" name="description" errors={errors("description")}>
        {(props) => <Textarea {...props} defaultValue={value("description")} />}
      </Field>
      <Field label="Repository URL" name="repoUrl" errors={errors("repoUrl")}>
        {(props) => <Input {...props} type="url" defaultValue={value("repoUrl")} placeholder="https://git.example.com/team/service" />}
      </Field>
      <Field label="Dashboard URL" name="dashboardUrl" errors={errors("dashboardUrl")}>
        {(props) => <Input {...props} type="url" defaultValue={value("dashboardUrl")} />}
      </Field>
      <Field label="Runbook URL" name="runbookUrl" errors={errors("runbookUrl")}>
        {(props) => <Input {...props} type="url" defaultValue={value("runbookUrl")} />}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create service" : "Save changes"}
        </Button>
        <ButtonLink href={cancelHref}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}
