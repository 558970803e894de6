// Helpers shared by the OpenSLO and Sloth parser tests: the example fixtures and result unwrapping.
import fs from "node:fs";
import path from "node:path";
import { parseOpenSlo, type KeelSloDefinition, type OpenSloParseResult } from "./parse";
// Copies of the OpenSLO and Sloth examples (Apache-2.0), kept in the repository so CI has them.
export const FIXTURES = path.resolve("e2e/fixtures/external");
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

export function ok(result: OpenSloParseResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors, null, 2)}`);
  return result;
}
export function failed(result: OpenSloParseResult) {
  if (result.ok) throw new Error("expected errors, got success");
  return result.errors;
}
/** The definition without what the import remembers for the export (`source.openslo`): what Keel computes with. */
export function keelMeaning(definition: KeelSloDefinition): KeelSloDefinition {
  const { openslo: _facts, ...source } = definition.source;
  return { ...definition, source };
}
export const definitions = (text: string) => ok(parseOpenSlo(text)).slos.map((slo) => slo.definition);
export const errorPaths = (text: string) => failed(parseOpenSlo(text)).map(({ document, path }) => ({ document, path }));

export const DEFAULTS = { description: "", latencyThresholdMs: null, timesliceTarget: null, segment: null, source: { kind: "push" }, alertWindows: null, policy: null, reviewCadenceDays: 90, staleAfterMinutes: 15 };
export const impliedService = (slug: string) => ({ document: null, slug, name: slug, description: "", team: null, tier: null });

/** One SLO document for checkout, with `body` as the rest of its spec. */
export const slo = (body: string, meta = "") => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
${meta}spec:
  service: checkout
${body}`;

export const PUSHED_RATIO = `  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Custom, spec: { query: good } } }
        total: { metricSource: { type: Custom, spec: { query: total } } }
`;

export const rolling = (duration: string, rest = "") => slo(`${PUSHED_RATIO}  timeWindow: [{ duration: ${duration}, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999${rest} }]
`);
export const calendar = (duration: string, zone = "") => slo(`${PUSHED_RATIO}  timeWindow:
    - duration: ${duration}
      isRolling: false
      calendar: { startTime: 2024-01-01 00:00:00${zone} }
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`);
