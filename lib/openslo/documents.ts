// Reads a YAML stream into its documents and sorts them: OpenSLO v1 documents (kind and metadata checked) and
// Sloth specs; anything else is an error naming the document's index.
import { parseAllDocuments } from "yaml";
import { check, Errors, isRecord, type SlothDocument } from "./common";
import { KINDS, metadataSchema, type Kind, type OpenSloDocument } from "./shapes";

type Classified = { openSlo: OpenSloDocument[]; sloth: SlothDocument[] };

function classify(index: number, value: unknown, errors: Errors, out: Classified): void {
  if (!isRecord(value)) {
    errors.add(index, "", "must be a mapping with apiVersion, kind, metadata and spec");
    return;
  }
  if (value.apiVersion === undefined && typeof value.version === "string") {
    out.sloth.push({ index, value });
    return;
  }
  if (value.apiVersion !== "openslo/v1") {
    errors.add(index, "apiVersion", value.apiVersion === undefined ? "is required: openslo/v1" : `must be openslo/v1 (got ${JSON.stringify(value.apiVersion)})`);
    return;
  }
  if (!KINDS.includes(value.kind as Kind)) {
    errors.add(index, "kind", value.kind === undefined ? "is required" : `${JSON.stringify(value.kind)} is not an OpenSLO v1 kind Keel reads (SLO, SLI, Service, AlertPolicy, AlertCondition, AlertNotificationTarget, DataSource)`);
    return;
  }
  const metadata = check(metadataSchema, value.metadata, errors, index, "metadata");
  if (metadata) out.openSlo.push({ index, kind: value.kind as Kind, metadata, spec: value.spec });
}

export function readDocuments(text: string, errors: Errors): Classified {
  const out: Classified = { openSlo: [], sloth: [] };
  parseAllDocuments(text).forEach((doc, index) => {
    if (doc.errors.length) {
      for (const error of doc.errors) errors.add(index, "", `YAML: ${error.message.split("\n")[0]}`);
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.add(index, "", `YAML: ${error instanceof Error ? error.message : "cannot be read"}`);
      return;
    }
    if (value != null) classify(index, value, errors, out);
  });
  return out;
}
