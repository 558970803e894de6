"use client";
// Choosing a cost file, checking it (upload with progress, then the server's preview: figures and row-level problems,
// nothing written), and importing it once the preview is clean. Both steps send the file to POST /api/v1/costs.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNanos, parseNanos } from "@/lib/costs/money";
import type { CostImportPreview } from "@/lib/server/costs/import-file";

type Result = { imported: number; skipped: number; batch: string };
type Phase = { kind: "idle" } | { kind: "uploading"; step: "check" | "import"; percent: number } | { kind: "processing"; step: "check" | "import" };

/** Sends the file with upload progress; resolves with the JSON answer, or rejects with the API's error message. */
function send<T>(file: File, preview: boolean, onProgress: (percent: number) => void, onUploaded: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name.slice(0, 200), ...(preview ? { preview: "true" } : {}) });
    xhr.open("POST", `/api/v1/costs?${query}`);
    xhr.setRequestHeader("Content-Type", file.name.toLowerCase().endsWith(".json") ? "application/json" : "text/csv");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new Error((body as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${xhr.status}.`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: the connection to the server was lost. Try again."));
    xhr.send(file);
  });
}

// Exact decimal strings, rounded once here for display.
const money = (decimal: string, currency: string | null) => `${formatNanos(parseNanos(decimal) ?? 0n, 2)} ${currency ?? ""}`.trim();

export function CostImportUploader() {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [preview, setPreview] = useState<CostImportPreview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase.kind !== "idle";

  async function run(step: "check" | "import") {
    if (!file) {
      setError("Choose a file first.");
      input.current?.focus();
      return;
    }
    setError(null);
    if (step === "check") {
      setPreview(null);
      setResult(null);
    }
    setPhase({ kind: "uploading", step, percent: 0 });
    try {
      const answer = await send<CostImportPreview | Result>(
        file,
        step === "check",
        (percent) => setPhase({ kind: "uploading", step, percent }),
        () => setPhase({ kind: "processing", step }),
      );
      if (step === "check") setPreview(answer as CostImportPreview);
      else {
        setResult(answer as Result);
        setPreview(null);
        router.refresh();
      }
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  const clean = preview && preview.issueCount === 0 && !preview.refusal;
  const firstMonth = preview?.months.at(-1)?.month;
  return (
    <Card aria-labelledby="h-upload" className="grid gap-4">
      <CardTitle id="h-upload">Import a cost file</CardTitle>
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium">
          Cost file (CSV: FOCUS 1.x or Keel&apos;s simple columns; or JSON records)
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,text/csv,.json,application/json"
          className="max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPreview(null);
            setResult(null);
            setError(null);
          }}
        />
        <p className="text-xs text-muted">Up to 100 MiB. Checking the file writes nothing; you import it after seeing the preview.</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => run("check")} disabled={busy || !file} variant={clean ? "secondary" : "primary"}>
          Check file
        </Button>
        {clean && preview.newLines > 0 ? (
          <Button onClick={() => run("import")} disabled={busy}>
            Import {preview.newLines.toLocaleString("en")} {preview.newLines === 1 ? "row" : "rows"}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite" className="grid gap-2">
        {phase.kind === "uploading" ? (
          <div className="grid gap-1">
            <label className="text-sm" htmlFor={`${inputId}-progress`}>
              {phase.step === "check" ? "Uploading and checking" : "Uploading and reading"} {file?.name}: {phase.percent}%
            </label>
            <progress id={`${inputId}-progress`} max={100} value={phase.percent} className="h-2 w-full max-w-md accent-primary" />
            <p className="text-xs text-muted">The server reads each line as it arrives, so the bar follows its reading.</p>
          </div>
        ) : null}
        {phase.kind === "processing" ? (
          <div className="grid gap-1">
            <label className="text-sm" htmlFor={`${inputId}-processing`}>
              {phase.step === "check"
                ? "Whole file received: checking it against what is already stored…"
                : `Whole file received: writing ${preview ? `${preview.newLines.toLocaleString("en")} rows` : "its rows"} in one transaction…`}
            </label>
            {/* No value: an indeterminate bar, as the server does not report this last step's share. */}
            <progress id={`${inputId}-processing`} max={100} className="h-2 w-full max-w-md accent-primary" />
          </div>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        {result ? (
          <p className="text-sm" role="status">
            Imported {result.imported.toLocaleString("en")} {result.imported === 1 ? "row" : "rows"}; skipped {result.skipped.toLocaleString("en")} already imported.{" "}
            <Link href="/costs" className="text-primary underline">
              See the showback
            </Link>
          </p>
        ) : null}
      </div>
      {preview ? <PreviewDetails preview={preview} month={firstMonth} /> : null}
    </Card>
  );
}

function PreviewDetails({ preview, month }: { preview: CostImportPreview; month?: string }) {
  if (preview.issueCount > 0) {
    return (
      <section aria-labelledby="h-problems" className="grid gap-2">
        <h3 id="h-problems" className="text-sm font-semibold text-danger">
          {preview.issueCount.toLocaleString("en")} {preview.issueCount === 1 ? "problem" : "problems"}: nothing can be imported until the file is fixed
        </h3>
        <ul className="list-disc pl-5 text-sm">
          {preview.issues.map((issue) => (
            <li key={issue.text}>{issue.text}</li>
          ))}
        </ul>
        {preview.issueCount > preview.issues.length ? <p className="text-xs text-muted">The first {preview.issues.length} are shown.</p> : null}
      </section>
    );
  }
  return (
    <section aria-labelledby="h-preview" className="grid gap-3">
      <h3 id="h-preview" className="text-sm font-semibold">
        Preview: {preview.lines.toLocaleString("en")} {preview.lines === 1 ? "row" : "rows"} ({preview.format === "focus" ? "FOCUS" : preview.format === "simple" ? "simple columns" : "JSON"}), total {money(preview.total, preview.currency)}
      </h3>
      <p className="text-sm">
        {preview.newLines.toLocaleString("en")} new; {preview.storedLines.toLocaleString("en")} already imported (they will be skipped).
        {month ? <> Latest month: {month}.</> : null}
      </p>
      {preview.refusal ? (
        <p role="alert" className="text-sm text-danger">
          {preview.refusal}
        </p>
      ) : null}
      <Table label="Cost by team in the file">
        <thead>
          <tr>
            <Th>Team</Th>
            <Th className="text-right">Rows</Th>
            <Th className="text-right">Cost</Th>
          </tr>
        </thead>
        <tbody>
          {preview.teams.map((team) => (
            <tr key={team.team}>
              <Td>{team.team}</Td>
              <Td className="text-right tabular-nums">{team.lines.toLocaleString("en")}</Td>
              <Td className="text-right tabular-nums">{money(team.total, preview.currency)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="text-xs text-muted">Months: {preview.months.map((entry) => `${entry.month} (${money(entry.total, preview.currency)})`).join(", ")}</p>
    </section>
  );
}
