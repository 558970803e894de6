"use client";
// The template editor (admins): the template's name, tier and description, then categories and their items — text,
// guidance, required, evidence required, an automatic check with its days or months — added, removed and reordered.
// Saving sends the whole content; it becomes the template's next version with the note.
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms";
import type { TemplateContent } from "@/lib/readiness/types";
import { blankCategory, blankItem, contentOf, dotPath, editorOf, move, type EditorCategory } from "@/lib/readiness/view/template-editor";
import { TemplateItemEditor } from "./template-item-editor";

type TemplateMeta = { slug: string; name: string; description: string; tier: number | null };

export function TemplateEditor({
  action,
  mode,
  initial,
  content,
  cancelHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  mode: "create" | "edit";
  initial: TemplateMeta;
  content: TemplateContent;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [categories, setCategories] = useState<EditorCategory[]>(() => editorOf(content));
  // Errors by the editor's dot path; a generated key's error shows beside the text it came from.
  const errorsByPath: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(state.fieldErrors ?? {})) {
    const dotted = dotPath(path);
    const shownAt = dotted.endsWith(".key") ? dotted.replace(/\.key$/, /\.items\.\d+\.key$/.test(dotted) ? ".text" : ".name") : dotted;
    (errorsByPath[shownAt] ??= []).push(...messages);
  }
  const errors = (path: string) => errorsByPath[path];
  const listErrors = [...(errors("content") ?? []), ...(errors("content.categories") ?? [])];

  const update = (c: number, change: (category: EditorCategory) => EditorCategory) => setCategories((all) => all.map((category, index) => (index === c ? change(category) : category)));

  return (
    <ActionForm action={formAction} fieldErrors={state.fieldErrors} className="grid max-w-4xl gap-6" noValidate>
      <input type="hidden" name="content" value={JSON.stringify(contentOf(categories))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" errors={errors("name")}>
          {(props) => <Input {...props} defaultValue={state.values?.name ?? initial.name} required />}
        </Field>
        {mode === "create" ? (
          <Field label="Slug" name="slug" errors={errors("slug")} hint="Lowercase letters, digits and hyphens; it names the template in the API.">
            {(props) => <Input {...props} defaultValue={state.values?.slug ?? initial.slug} required />}
          </Field>
        ) : null}
        <Field label="Tier" name="tier" errors={errors("tier")} hint="The service tier this template is for; a new review of a service of that tier starts from it.">
          {(props) => (
            <Select {...props} defaultValue={state.values?.tier ?? (initial.tier === null ? "" : String(initial.tier))}>
              <option value="">Any tier</option>
              <option value="1">Tier 1</option>
              <option value="2">Tier 2</option>
              <option value="3">Tier 3</option>
            </Select>
          )}
        </Field>
        <Field label="Description" name="description" errors={errors("description")} className="sm:col-span-2">
          {(props) => <Textarea {...props} className="min-h-16" defaultValue={state.values?.description ?? initial.description} />}
        </Field>
      </div>
      {listErrors.length ? (
        <div aria-live="polite" className="text-sm text-danger">
          {listErrors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      ) : null}
      {categories.map((category, c) => (
        <fieldset key={category.uid} className="grid gap-4 rounded-lg border border-border bg-surface p-4">
          <legend className="px-1 text-base font-semibold">{category.name || `Category ${c + 1}`}</legend>
          <div className="flex flex-wrap items-end gap-2">
            <Field label="Category name" name={`content.categories.${c}.name`} errors={errors(`content.categories.${c}.name`)} className="min-w-48 flex-1">
              {(props) => <Input {...props} name={undefined} value={category.name} onChange={(e) => update(c, (cat) => ({ ...cat, name: e.target.value }))} required />}
            </Field>
            <Button variant="ghost" size="sm" aria-label={`Move category “${category.name || c + 1}” up`} disabled={c === 0} onClick={() => setCategories((all) => move(all, c, -1))}>
              <ArrowUp aria-hidden size={16} />
            </Button>
            <Button variant="ghost" size="sm" aria-label={`Move category “${category.name || c + 1}” down`} disabled={c === categories.length - 1} onClick={() => setCategories((all) => move(all, c, 1))}>
              <ArrowDown aria-hidden size={16} />
            </Button>
            <Button variant="ghost" size="sm" aria-label={`Remove category “${category.name || c + 1}”`} onClick={() => setCategories((all) => all.filter((_, index) => index !== c))}>
              <Trash2 aria-hidden size={16} />
            </Button>
          </div>
          {(errors(`content.categories.${c}.items`) ?? []).map((e) => (
            <p key={e} className="text-sm text-danger">
              {e}
            </p>
          ))}
          <ol className="grid gap-3">
            {category.items.map((item, i) => (
              <TemplateItemEditor
                key={item.uid}
                item={item}
                position={i}
                count={category.items.length}
                pathPrefix={`content.categories.${c}.items.${i}`}
                errors={errors}
                onChange={(next) => update(c, (cat) => ({ ...cat, items: cat.items.map((it, index) => (index === i ? next : it)) }))}
                onMove={(by) => update(c, (cat) => ({ ...cat, items: move(cat.items, i, by) }))}
                onRemove={() => update(c, (cat) => ({ ...cat, items: cat.items.filter((_, index) => index !== i) }))}
              />
            ))}
          </ol>
          <div>
            <Button variant="secondary" size="sm" onClick={() => update(c, (cat) => ({ ...cat, items: [...cat.items, blankItem()] }))}>
              <Plus aria-hidden size={16} /> Add item to {category.name || `category ${c + 1}`}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" onClick={() => setCategories((all) => [...all, blankCategory()])}>
          <Plus aria-hidden size={16} /> Add category
        </Button>
      </div>
      <Field label="What changed" name="note" errors={errors("note")} hint={mode === "create" ? "Kept with version 1." : "Kept with the new version; reviews already started keep the version they began with."}>
        {(props) => <Input {...props} defaultValue={state.values?.note ?? ""} />}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create template" : "Save as new version"}
        </Button>
        <ButtonLink href={cancelHref}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}
