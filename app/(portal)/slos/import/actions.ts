"use server";
// OpenSLO import from the browser: preview what a file would change, then import it; editors only within their teams.
import { revalidatePath } from "next/cache";
import type { Caller } from "@/lib/access/caller";
import { authorize, callerOf } from "@/lib/auth/session";
import { ChangeError } from "@/lib/server/errors";
import { importOpenSlo, previewOpenSloImport } from "@/lib/server/openslo/import";
import { applyKindChoices } from "@/lib/openslo/choices";
import { parseOpenSlo, type KeelSloDefinition, type OpenSloError, type OpenSloImport } from "@/lib/openslo/parse";

export type OpenSloPreviewRow = Pick<KeelSloDefinition, "slug" | "name" | "service" | "target" | "window" | "budgetingMethod" | "sliKind" | "latencyThresholdMs"> & { action: "create" | "update" };

export type OpenSloImportState = {
  ok: boolean;
  message?: string;
  errors?: OpenSloError[];
  /** Problems with the SLI kinds picked in the preview, by form field (`latencyThresholdMs:<slug>`). */
  fieldErrors?: Record<string, string[]>;
  preview?: { slos: OpenSloPreviewRow[]; servicesToCreate: { slug: string; team: string }[]; refusals: string[] };
  imported?: { created: string[]; updated: string[]; servicesCreated: string[] };
};

// The API's body cap; pasted text beyond it is refused before parsing.
const MAX_YAML_CHARS = 1024 * 1024;

type Prepared = { ok: true; parsed: OpenSloImport; caller: Caller; defaultTeam?: string } | { ok: false; state: OpenSloImportState };

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

async function prepare(formData: FormData): Promise<Prepared> {
  const auth = await authorize("editor");
  if (!auth.ok) return { ok: false, state: { ok: false, message: auth.message } };
  const yaml = text(formData, "yaml");
  if (!yaml.trim()) return { ok: false, state: { ok: false, message: "Paste OpenSLO YAML or choose a file first." } };
  if (yaml.length > MAX_YAML_CHARS) return { ok: false, state: { ok: false, message: "The file is larger than 1 MiB; split it into several imports." } };
  const parsed = parseOpenSlo(yaml);
  if (!parsed.ok) {
    const count = parsed.errors.length;
    return { ok: false, state: { ok: false, errors: parsed.errors, message: `${count} ${count === 1 ? "problem" : "problems"} found; nothing was imported.` } };
  }
  return { ok: true, parsed, caller: callerOf(auth.user), defaultTeam: text(formData, "team") || undefined };
}

function previewRows(parsed: OpenSloImport, update: ReadonlySet<string>): OpenSloPreviewRow[] {
  return parsed.slos.map(({ definition: d }) => ({
    slug: d.slug,
    name: d.name,
    service: d.service,
    target: d.target,
    window: d.window,
    budgetingMethod: d.budgetingMethod,
    sliKind: d.sliKind,
    latencyThresholdMs: d.latencyThresholdMs,
    action: update.has(d.slug) ? "update" : "create",
  }));
}

export async function previewOpenSloAction(_prev: OpenSloImportState, formData: FormData): Promise<OpenSloImportState> {
  const prepared = await prepare(formData);
  if (!prepared.ok) return prepared.state;
  try {
    const plan = await previewOpenSloImport(prepared);
    const preview = { slos: previewRows(prepared.parsed, new Set(plan.update)), servicesToCreate: plan.servicesToCreate, refusals: plan.refusals };
    if (plan.refusals.length) return { ok: false, preview, message: "You can't import this file: it reaches beyond your teams." };
    return { ok: true, preview, message: `Ready to import: ${plan.create.length} to create, ${plan.update.length} to update.` };
  } catch (error) {
    return failure(error);
  }
}

export async function importOpenSloAction(previous: OpenSloImportState, formData: FormData): Promise<OpenSloImportState> {
  const prepared = await prepare(formData);
  if (!prepared.ok) return prepared.state;
  // The kinds picked in the preview; the preview stays on screen so a bad threshold can be put right.
  const chosen = applyKindChoices(prepared.parsed, (name) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : null;
  });
  if (!chosen.ok) {
    const count = Object.values(chosen.fieldErrors).flat().length;
    return { ok: false, preview: previous.preview, fieldErrors: chosen.fieldErrors, message: `${count} ${count === 1 ? "problem" : "problems"} with the SLI kinds below; nothing was imported.` };
  }
  let imported: OpenSloImportState["imported"];
  try {
    imported = await importOpenSlo({ ...prepared, parsed: chosen.parsed });
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/slos");
  revalidatePath("/services");
  return { ok: true, imported, message: `Imported: ${imported.created.length} created, ${imported.updated.length} updated.` };
}

function failure(error: unknown): OpenSloImportState {
  if (error instanceof ChangeError) return { ok: false, message: error.message };
  console.error("OpenSLO import failed", error);
  return { ok: false, message: "The import could not be completed. Nothing was changed; try again." };
}
