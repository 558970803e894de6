"use client";
// Paste or choose OpenSLO YAML, preview what it would create or update (or every problem, by document and field), then import.
import Link from "next/link";
import { startTransition, useActionState, useId, useState, type ChangeEvent, type FormEvent } from "react";
import type { OpenSloImportState, OpenSloPreviewRow } from "@/app/(portal)/slos/import/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";
import { kindField, thresholdField } from "@/lib/openslo/choice-fields";
import type { OpenSloError } from "@/lib/openslo/parse";
import { describeWindow, formatTarget } from "@/lib/slo/format";

type Action = (state: OpenSloImportState, formData: FormData) => Promise<OpenSloImportState>;
type Submission = { intent: "preview" | "import"; formData: FormData };

const INITIAL: OpenSloImportState = { ok: false };
const MAX_FILE_BYTES = 1024 * 1024;
const METHOD_LABELS = { occurrences: "Occurrences", timeslices: "Timeslices", ratioTimeslices: "Ratio timeslices" } as const;

export function OpenSloImportForm({
  teams,
  allowUnassigned,
  previewAction,
  importAction,
}: {
  teams: { slug: string; name: string }[];
  allowUnassigned: boolean;
  previewAction: Action;
  importAction: Action;
}) {
  const [state, dispatch, pending] = useActionState(
    (previous: OpenSloImportState, { intent, formData }: Submission) => (intent === "import" ? importAction(previous, formData) : previewAction(previous, formData)),
    INITIAL,
  );
  const [yaml, setYaml] = useState("");
  const [team, setTeam] = useState(allowUnassigned ? "" : (teams[0]?.slug ?? ""));
  const [fileError, setFileError] = useState<string | null>(null);
  // Import only what was previewed: any edit after the preview asks for a new one.
  const [previewedKey, setPreviewedKey] = useState<string | null>(null);
  const problemsId = useId();
  const key = `${team}\n${yaml}`;
  // After a problem with the kinds picked, the same preview may be imported once they are put right.
  const importable = state.ok || state.fieldErrors !== undefined;
  const canImport = !pending && importable && state.preview !== undefined && state.preview.refusals.length === 0 && previewedKey === key;
  // Submitted by hand rather than through a form action: React resets a form after its action, which would put
  // the kinds picked in the preview back to the file's while the page still showed the problems with them.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter instanceof HTMLButtonElement && submitter.value === "import" ? "import" : "preview";
    if (intent === "preview") setPreviewedKey(key);
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch({ intent, formData }));
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError("That file is larger than 1 MiB; split it into several imports.");
      return;
    }
    setFileError(null);
    setYaml(await file.text());
  };

  return (
    <form onSubmit={submit} className="grid max-w-4xl gap-6">
      <Field label="OpenSLO YAML" name="yaml" hint="One or more documents separated by ---. Documents are numbered from 1 in problems below.">
        {(props) => (
          <Textarea
            {...props}
            value={yaml}
            onChange={(event) => setYaml(event.target.value)}
            className="min-h-80 font-mono text-xs"
            spellCheck={false}
            aria-describedby={[props["aria-describedby"], state.errors?.length ? problemsId : null].filter(Boolean).join(" ") || undefined}
            aria-invalid={state.errors?.length ? true : undefined}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="YAML file" name="file" errors={fileError ? [fileError] : undefined} hint="Read in your browser into the text box above; nothing is sent until you preview.">
          {({ name: _name, ...props }) => <Input {...props} type="file" accept=".yaml,.yml,application/yaml,text/yaml" onChange={chooseFile} className="py-1.5" />}
        </Field>
        <Field label="Team for new services" name="team" hint="Owns services the file creates, unless their Service document names an existing team in a team label.">
          {(props) => (
            <Select {...props} value={team} onChange={(event) => setTeam(event.target.value)}>
              {allowUnassigned ? <option value="">Unassigned (created if needed)</option> : null}
              {teams.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} value="preview">
          {pending ? "Working…" : "Preview"}
        </Button>
        <Button type="submit" disabled={!canImport} value="import">
          Import
        </Button>
      </div>
      <FormMessage state={state} />
      <Problems id={problemsId} errors={state.errors} />
      {state.preview ? <Preview key={previewedKey ?? ""} preview={state.preview} fieldErrors={state.fieldErrors} /> : null}
      {state.imported ? <Imported imported={state.imported} /> : null}
    </form>
  );
}

/** Every problem of every document, announced as it appears. */
function Problems({ id, errors }: { id: string; errors: OpenSloError[] | undefined }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.length ? (
        <Card className="border-danger/40">
          <CardTitle>Problems</CardTitle>
          <ul className="mt-2 grid gap-1 text-sm">
            {errors.map((error, index) => (
              <li key={`${error.document}-${error.path}-${index}`}>
                <span className="font-medium">Document {error.document + 1}</span>
                {error.path ? (
                  <>
                    {", "}
                    <code className="rounded bg-surface-2 px-1 text-xs">{error.path}</code>
                  </>
                ) : null}
                : {error.message}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

function Preview({ preview, fieldErrors }: { preview: NonNullable<OpenSloImportState["preview"]>; fieldErrors: Record<string, string[]> | undefined }) {
  return (
    <section aria-labelledby="openslo-preview" className="grid gap-3">
      <h2 id="openslo-preview" className="text-base font-semibold">
        Preview
      </h2>
      <p className="text-sm text-muted">
        OpenSLO does not say what an SLI measures, so an SLO is a ratio of good events unless its file carries Keel&apos;s <code className="text-xs">keel.dev/sli-kind</code> annotation. Pick availability or latency where that is what it measures.
      </p>
      {preview.refusals.length ? (
        <ul className="grid gap-1 text-sm text-danger">
          {preview.refusals.map((refusal) => (
            <li key={refusal}>{refusal}</li>
          ))}
        </ul>
      ) : null}
      {preview.servicesToCreate.length ? (
        <p className="text-sm">
          New services:{" "}
          {preview.servicesToCreate.map((service, index) => (
            <span key={service.slug}>
              {index ? ", " : ""}
              <code className="text-xs">{service.slug}</code> (team {service.team})
            </span>
          ))}
        </p>
      ) : null}
      <Table label="SLOs in the file">
        <thead>
          <tr>
            <Th>Change</Th>
            <Th>SLO</Th>
            <Th>Service</Th>
            <Th>SLI kind</Th>
            <Th>Target</Th>
            <Th>Window</Th>
            <Th>Budgeting</Th>
          </tr>
        </thead>
        <tbody>
          {preview.slos.map((slo) => (
            <PreviewRow key={slo.slug} slo={slo} fieldErrors={fieldErrors} />
          ))}
        </tbody>
      </Table>
    </section>
  );
}

const KIND_OPTIONS = [
  { value: "ratio", label: "Ratio of good events" },
  { value: "availability", label: "Availability: successful requests" },
  { value: "latency", label: "Latency: requests faster than a threshold" },
] as const;

function PreviewRow({ slo, fieldErrors }: { slo: OpenSloPreviewRow; fieldErrors: Record<string, string[]> | undefined }) {
  const [kind, setKind] = useState(slo.sliKind);
  const id = useId();
  const kindErrors = fieldErrors?.[kindField(slo.slug)];
  const thresholdErrors = fieldErrors?.[thresholdField(slo.slug)];
  return (
    <tr>
      <Td>
        <Badge tone={slo.action === "create" ? "success" : "info"}>{slo.action === "create" ? "Create" : "Update"}</Badge>
      </Td>
      <Td>
        <div className="font-medium">{slo.name}</div>
        <code className="text-xs text-muted">{slo.slug}</code>
      </Td>
      <Td>{slo.service}</Td>
      <Td>
        <label htmlFor={`${id}-kind`} className="sr-only">
          SLI kind of {slo.name}
        </label>
        <Select
          id={`${id}-kind`}
          name={kindField(slo.slug)}
          value={kind}
          onChange={(event) => setKind(event.target.value as OpenSloPreviewRow["sliKind"])}
          className="min-w-48"
          aria-invalid={kindErrors ? true : undefined}
          aria-describedby={kindErrors ? `${id}-kind-error` : undefined}
        >
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <div id={`${id}-kind-error`} aria-live="polite" className="text-xs text-danger">
          {kindErrors?.map((error) => <p key={error}>{error}</p>)}
        </div>
        {kind === "latency" ? (
          <div className="mt-2 grid gap-1">
            <label htmlFor={`${id}-threshold`} className="text-xs font-medium">
              Latency threshold (ms) for {slo.name}
            </label>
            <Input
              id={`${id}-threshold`}
              name={thresholdField(slo.slug)}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              defaultValue={slo.latencyThresholdMs ?? ""}
              aria-invalid={thresholdErrors ? true : undefined}
              aria-describedby={`${id}-threshold-error`}
            />
            <div id={`${id}-threshold-error`} aria-live="polite" className="text-xs text-danger">
              {thresholdErrors?.map((error) => <p key={error}>{error}</p>)}
            </div>
          </div>
        ) : null}
      </Td>
      <Td>{formatTarget(slo.target)}</Td>
      <Td>{describeWindow(slo.window)}</Td>
      <Td>{METHOD_LABELS[slo.budgetingMethod]}</Td>
    </tr>
  );
}

function Imported({ imported }: { imported: NonNullable<OpenSloImportState["imported"]> }) {
  const links = (slugs: string[]) =>
    slugs.map((slug, index) => (
      <span key={slug}>
        {index ? ", " : ""}
        <Link href={`/slos/${slug}`} className="underline">
          {slug}
        </Link>
      </span>
    ));
  return (
    <section aria-labelledby="openslo-imported" className="grid gap-2 text-sm">
      <h2 id="openslo-imported" className="text-base font-semibold">
        Imported
      </h2>
      {imported.created.length ? <p>Created: {links(imported.created)}</p> : null}
      {imported.updated.length ? <p>Updated: {links(imported.updated)}</p> : null}
      {imported.servicesCreated.length ? <p>New services: {imported.servicesCreated.join(", ")}</p> : null}
    </section>
  );
}
