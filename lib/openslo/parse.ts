// Parses OpenSLO v1 (and Sloth prometheus/v1) YAML into Keel SLO definitions, services and datasources, or per-document, per-field errors.
import type { AlertWindowSpec as SloAlertWindow } from "@/lib/slo/types";
import { sloInputSchema } from "@/lib/slo/schemas";
import type { BudgetingMethod, SloWindow } from "@/lib/slo/types";
import { check, DEFAULT_WINDOW, Errors, join, joinSlug, KEEL_ANNOTATIONS, normalise, roundFraction, SEGMENT_LABEL, slugWords, toSlug, type KeelSloDefinition, type OpenSloParseResult, type ParsedDataSource, type ParsedService, type ParsedSlo, type SliKind } from "./common";
import { readDocuments } from "./documents";
import { slothToSlos } from "./sloth";
import { keptFacts } from "./facts";
import type { OpenSloFacts } from "@/lib/slo/types";

export { formatPath, KEEL_ANNOTATIONS, NEVER_STALE, SEGMENT_LABEL, toSlug } from "./common";
export type { KeelSloDefinition, OpenSloError, OpenSloImport, OpenSloParseResult, ParsedDataSource, ParsedService, ParsedSlo, ServiceTier, SliKind } from "./common";
export { slothQueryToKeel } from "./sloth";
export { periodDaysOf } from "./fields";
import { sliSpecSchema, InlineSli, Objective, sloSpecSchema, SloSpec, conditionSpecSchema, alertPolicySpecSchema, Kind, OpenSloDocument } from "./shapes";
import { windowOf, BUDGETING_METHODS, isOneMinute, DataSourceInfo, Indicator, Context, indicatorOf, periodDaysOf, AlertRegistry, alertWindowsFromPolicies, KeelExtras, keelExtrasOf, serviceOf, dataSourceOf } from "./fields";

// ---------------------------------------------------------------------------------------------
// Objectives → Keel SLOs
// ---------------------------------------------------------------------------------------------

type SloParts = {
  doc: OpenSloDocument;
  spec: SloSpec;
  window: SloWindow;
  extras: KeelExtras;
  policyWindows: SloAlertWindow[] | null;
  timeWindow: OpenSloFacts["timeWindow"];
  spread: boolean; // several objectives: each becomes its own SLO
  indicator: Indicator | null | undefined; // the SLO-level one, read once for all objectives
};

function targetOf(objective: Objective, path: string, ctx: Context): number | null {
  const { target, targetPercent } = objective;
  if (target != null && targetPercent != null) {
    ctx.errors.add(ctx.document, join(path, "targetPercent"), "give target or targetPercent, not both");
    return null;
  }
  if (target != null) {
    if (target > 0 && target < 1) return target;
    ctx.errors.add(ctx.document, join(path, "target"), "must be greater than 0 and less than 1");
    return null;
  }
  if (targetPercent != null) {
    if (targetPercent > 0 && targetPercent < 100) return roundFraction(targetPercent / 100);
    ctx.errors.add(ctx.document, join(path, "targetPercent"), "must be greater than 0 and less than 100");
    return null;
  }
  ctx.errors.add(ctx.document, join(path, "target"), "is required (or targetPercent)");
  return null;
}

const UNIT_TO_MS: Record<string, number> = { ms: 1, s: 1000, us: 0.001, "µs": 0.001 };

/** The objective's `value` in whole milliseconds: a number in the metric's unit, or a string with a unit ("300ms", "0.3s"). */
function thresholdMs(value: number | string, valueToMs: number, path: string, ctx: Context): number | null {
  let ms: number | null = null;
  if (typeof value === "number") ms = value * valueToMs;
  else {
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|us|µs)$/.exec(value.trim());
    if (match) ms = Number(match[1]) * UNIT_TO_MS[match[2]!]!;
  }
  if (ms === null) {
    ctx.errors.add(ctx.document, join(path, "value"), `"${value}" is not a latency such as 300, 300ms or 0.3s`);
    return null;
  }
  const rounded = Math.round(ms * 1e6) / 1e6;
  if (!Number.isInteger(rounded) || rounded <= 0) {
    ctx.errors.add(ctx.document, join(path, "value"), `must be a whole number of milliseconds greater than 0 (got ${rounded} ms)`);
    return null;
  }
  return rounded;
}

type LatencyReading = { sliKind: SliKind; latencyThresholdMs: number | null };

/**
 * A threshold metric is latency: good events are those below `value` (op lt/lte). A ratio metric is a neutral
 * ratio of good events: OpenSLO has no kind of SLI, so Keel reads none into it. On a ratio metric, op lt/lte with a
 * value is kept as the latency threshold (for when the importer calls it latency); op gt, as in the spec's examples,
 * is ignored. Keel's own sli-kind annotation or label wins.
 */
function latencyOf(objective: Objective, indicator: Indicator, explicit: SliKind | null, path: string, ctx: Context): LatencyReading | null {
  const below = objective.op === "lt" || objective.op === "lte";
  if (indicator.metric === "threshold") {
    if (!below) {
      ctx.errors.add(ctx.document, join(path, "op"), objective.op ? "Keel's threshold SLIs count events below the value (latency): use lt or lte" : "is required with a thresholdMetric: lt or lte");
      return null;
    }
    if (objective.value == null) {
      ctx.errors.add(ctx.document, join(path, "value"), "is required with a thresholdMetric");
      return null;
    }
  }
  const hasThreshold = below && objective.value != null;
  const latencyThresholdMs = hasThreshold ? thresholdMs(objective.value!, indicator.valueToMs, path, ctx) : null;
  if (hasThreshold && latencyThresholdMs === null) return null;
  const inferred: SliKind = indicator.metric === "threshold" ? "latency" : "ratio";
  return { sliKind: explicit ?? indicator.sliKind ?? inferred, latencyThresholdMs };
}

function timesliceTargetOf(objective: Objective, method: BudgetingMethod, path: string, ctx: Context): number | null | undefined {
  // Keel's timeslices are one minute. Every fixture says 1m; a longer slice would judge (Timeslices) or weigh
  // (RatioTimeslices) minutes differently, so it is refused rather than imported as something else.
  if (method !== "occurrences" && objective.timeSliceWindow != null && !isOneMinute(objective.timeSliceWindow)) {
    ctx.errors.add(ctx.document, join(path, "timeSliceWindow"), `Keel's timeslices are one minute (1m); "${objective.timeSliceWindow}" would change what the SLO measures`);
    return undefined;
  }
  const value = objective.timeSliceTarget ?? null;
  if (value !== null && !(value > 0 && value <= 1)) {
    ctx.errors.add(ctx.document, join(path, "timeSliceTarget"), "must be greater than 0 and at most 1");
    return undefined;
  }
  if (value === null && method === "timeslices") {
    ctx.errors.add(ctx.document, join(path, "timeSliceTarget"), "is required with the Timeslices budgeting method");
    return undefined;
  }
  return value;
}

/** The indicator given inline or by reference at `base`; undefined when neither is given. */
function pickIndicator(inline: InlineSli | null | undefined, ref: string | null | undefined, base: string, ctx: Context, slis: Map<string, Indicator | null>): Indicator | null | undefined {
  if (inline && ref) {
    ctx.errors.add(ctx.document, join(base, "indicatorRef"), "give indicator or indicatorRef, not both");
    return null;
  }
  if (inline) return indicatorOf(inline.spec, inline.metadata, join(base, "indicator", "spec"), join(base, "indicator", "metadata"), ctx);
  if (!ref) return undefined;
  if (!slis.has(ref)) ctx.errors.add(ctx.document, join(base, "indicatorRef"), `no SLI named "${ref}" in this file`);
  // A broken SLI document has its own errors; the SLO referring to it adds none.
  return slis.get(ref) ?? null;
}

function nameAndSlug(parts: SloParts, objective: Objective, index: number): { slug: string; name: string } {
  const { metadata } = parts.doc;
  const baseName = metadata.displayName?.trim() || metadata.name;
  const baseSlug = toSlug(metadata.name, "slo");
  if (!parts.spread) return { slug: baseSlug, name: baseName.slice(0, 160) };
  const label = objective.displayName?.trim() || `objective ${index + 1}`;
  const suffix = slugWords(objective.displayName ?? "") || String(index + 1);
  return { slug: joinSlug(baseSlug, suffix), name: `${baseName} (${label})`.slice(0, 160) };
}

/** Where a Keel field's problem shows in the OpenSLO document. */
function openSloPathOf(keelPath: readonly PropertyKey[], objectivePath: string, objective: Objective, indicatorPath: string): string {
  const [head, ...rest] = keelPath;
  const annotation = (key: string) => join("metadata", "annotations", key, ...rest);
  switch (head) {
    case "slug":
      return "metadata.name";
    case "name":
      return "metadata.displayName";
    case "service":
      return "spec.service";
    case "description":
      return "spec.description";
    case "latencyThresholdMs":
      return join(objectivePath, "value");
    case "target":
      return join(objectivePath, objective.targetPercent != null ? "targetPercent" : "target");
    case "timesliceTarget":
      return join(objectivePath, "timeSliceTarget");
    case "window":
      return rest[0] === "timeZone" ? "spec.timeWindow[0].calendar.timeZone" : "spec.timeWindow[0].duration";
    case "budgetingMethod":
      return "spec.budgetingMethod";
    case "segment":
      return join("metadata", "labels", SEGMENT_LABEL);
    case "source":
      return indicatorPath;
    case "alertWindows":
      return annotation(KEEL_ANNOTATIONS.alertWindows);
    case "policy":
      return annotation(KEEL_ANNOTATIONS.policy);
    case "reviewCadenceDays":
      return annotation(KEEL_ANNOTATIONS.reviewCadenceDays);
    case "staleAfterMinutes":
      return annotation(KEEL_ANNOTATIONS.staleAfterMinutes);
    default:
      return "";
  }
}

function objectiveToSlo(parts: SloParts, objective: Objective, index: number, ctx: Context, slis: Map<string, Indicator | null>): KeelSloDefinition | null {
  const path = `spec.objectives[${index}]`;
  const own = pickIndicator(objective.indicator, objective.indicatorRef, path, ctx, slis);
  const indicator = own !== undefined ? own : parts.indicator;
  if (indicator === undefined) ctx.errors.add(ctx.document, "spec.indicator", "is required (or indicatorRef)");
  const target = targetOf(objective, path, ctx);
  const method = BUDGETING_METHODS[parts.spec.budgetingMethod];
  const timesliceTarget = timesliceTargetOf(objective, method, path, ctx);
  if (!indicator || parts.extras.sliKind === undefined) return null;
  const latency = latencyOf(objective, indicator, parts.extras.sliKind, path, ctx);
  if (!latency || target === null || timesliceTarget === undefined) return null;
  const source = indicator.source.kind === "prometheus" && !indicator.datasourceNamed && parts.extras.datasource ? { ...indicator.source, datasource: parts.extras.datasource } : indicator.source;
  const candidate = {
    ...nameAndSlug(parts, objective, index),
    service: toSlug(parts.spec.service, "svc"),
    description: parts.spec.description ?? "",
    ...latency,
    target,
    window: parts.window,
    budgetingMethod: method,
    timesliceTarget,
    segment: parts.extras.segment,
    source,
    alertWindows: parts.extras.alertWindows !== undefined ? parts.extras.alertWindows : parts.policyWindows,
    policy: parts.extras.policy ?? null,
    reviewCadenceDays: parts.extras.reviewCadenceDays ?? null,
    staleAfterMinutes: parts.extras.staleAfterMinutes,
  };
  const result = sloInputSchema.safeParse(candidate);
  if (!result.success) {
    const indicatorPath = objective.indicator || objective.indicatorRef ? path : "spec.indicator";
    for (const issue of result.error.issues) ctx.errors.add(ctx.document, openSloPathOf(issue.path, path, objective, indicatorPath), issue.message);
    return null;
  }
  const definition = normalise(result.data);
  const given = { ...indicator.facts, objective: objectiveFacts(objective), timeWindow: parts.timeWindow };
  const facts = keptFacts(given, definition);
  return facts ? { ...definition, source: { ...definition.source, openslo: facts } } : definition;
}

function objectiveFacts(objective: Objective): OpenSloFacts["objective"] {
  return {
    displayName: objective.displayName ?? undefined,
    op: objective.op ?? undefined,
    value: objective.value ?? undefined,
    timeSliceWindow: objective.timeSliceWindow ?? undefined,
  };
}

function timeWindowFacts(timeWindows: SloSpec["timeWindow"]): OpenSloFacts["timeWindow"] {
  const window = timeWindows?.[0];
  const startTime = window?.calendar?.startTime;
  return { duration: window?.duration, startTime: typeof startTime === "string" ? startTime : undefined };
}

/** The definition as the database will hold it: every optional field filled the way `definitionToJson` reads it back. */

function sloDocumentToSlos(doc: OpenSloDocument, ctx: Context, slis: Map<string, Indicator | null>, alerts: AlertRegistry): KeelSloDefinition[] {
  const spec = check(sloSpecSchema, doc.spec, ctx.errors, doc.index, "spec");
  if (!spec) return [];
  const window = windowOf(spec.timeWindow, ctx.errors, doc.index);
  const extras = keelExtrasOf(doc.metadata, ctx);
  // With a bad window the objectives are still checked (against the default one), so every error shows at once.
  const usable = window ?? DEFAULT_WINDOW;
  const indicator = pickIndicator(spec.indicator, spec.indicatorRef, "spec", ctx, slis);
  const policyWindows = alertWindowsFromPolicies(spec.alertPolicies, alerts, periodDaysOf(usable));
  const parts: SloParts = { doc, spec, window: usable, extras, policyWindows, timeWindow: timeWindowFacts(spec.timeWindow), spread: spec.objectives.length > 1, indicator };
  const out: KeelSloDefinition[] = [];
  spec.objectives.forEach((objective, index) => {
    const slo = objectiveToSlo(parts, objective, index, ctx, slis);
    if (slo) out.push(slo);
  });
  return window ? out : [];
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

const byKind = (docs: OpenSloDocument[], kind: Kind) => docs.filter((doc) => doc.kind === kind);

/** Names must be unique per kind within a file; a repeat is an error on the later document. */
function uniqueByName(docs: OpenSloDocument[], errors: Errors): OpenSloDocument[] {
  const seen = new Map<string, number>();
  return docs.filter((doc) => {
    const first = seen.get(doc.metadata.name);
    if (first !== undefined) {
      errors.add(doc.index, "metadata.name", `another ${doc.kind} (document ${first}) is also named "${doc.metadata.name}"`);
      return false;
    }
    seen.set(doc.metadata.name, doc.index);
    return true;
  });
}

function collectDataSources(docs: OpenSloDocument[], errors: Errors): { infos: Map<string, DataSourceInfo>; parsed: ParsedDataSource[] } {
  const infos = new Map<string, DataSourceInfo>();
  const parsed: ParsedDataSource[] = [];
  for (const doc of uniqueByName(byKind(docs, "DataSource"), errors)) {
    const result = dataSourceOf(doc, errors);
    if (!result) continue;
    infos.set(doc.metadata.name, result.info);
    if (result.parsed) parsed.push(result.parsed);
  }
  return { infos, parsed };
}

function collectSlis(docs: OpenSloDocument[], errors: Errors, dataSources: Map<string, DataSourceInfo>): Map<string, Indicator | null> {
  const slis = new Map<string, Indicator | null>();
  for (const doc of uniqueByName(byKind(docs, "SLI"), errors)) {
    const spec = check(sliSpecSchema, doc.spec, errors, doc.index, "spec");
    slis.set(doc.metadata.name, spec ? indicatorOf(spec, doc.metadata, "spec", "metadata", { errors, document: doc.index, dataSources }) : null);
  }
  return slis;
}

function collectAlerts(docs: OpenSloDocument[], errors: Errors): AlertRegistry {
  const registry: AlertRegistry = { policies: new Map(), conditions: new Map() };
  for (const doc of uniqueByName(byKind(docs, "AlertPolicy"), errors)) {
    const spec = check(alertPolicySpecSchema, doc.spec ?? {}, errors, doc.index, "spec");
    if (spec) registry.policies.set(doc.metadata.name, spec);
  }
  for (const doc of uniqueByName(byKind(docs, "AlertCondition"), errors)) {
    const spec = check(conditionSpecSchema, doc.spec ?? {}, errors, doc.index, "spec");
    if (spec) registry.conditions.set(doc.metadata.name, spec);
  }
  return registry;
}

function collectSlos(docs: OpenSloDocument[], errors: Errors, dataSources: Map<string, DataSourceInfo>, slis: Map<string, Indicator | null>, alerts: AlertRegistry): ParsedSlo[] {
  const slos: ParsedSlo[] = [];
  for (const doc of byKind(docs, "SLO")) {
    const ctx: Context = { errors, document: doc.index, dataSources };
    for (const definition of sloDocumentToSlos(doc, ctx, slis, alerts)) slos.push({ document: doc.index, definition });
  }
  return slos;
}

/** One SLO per slug in a file: a later one with the same slug is an error on its document. */
function rejectDuplicateSlugs(slos: ParsedSlo[], errors: Errors): void {
  const seen = new Map<string, number>();
  for (const slo of slos) {
    const first = seen.get(slo.definition.slug);
    if (first !== undefined) errors.add(slo.document, "metadata.name", `gives the SLO slug "${slo.definition.slug}", which document ${first} also gives`);
    else seen.set(slo.definition.slug, slo.document);
  }
}

/** Service documents first, then every service an SLO names without one (created with its slug as name). */
function servicesNeeded(declared: ParsedService[], slos: ParsedSlo[], errors: Errors): ParsedService[] {
  const services = new Map<string, ParsedService>();
  for (const service of declared) {
    const first = services.get(service.slug);
    if (first && first.document !== null && service.document !== null) errors.add(service.document, "metadata.name", `another Service (document ${first.document}) has the slug "${service.slug}"`);
    else if (!first || first.document === null) services.set(service.slug, service);
  }
  for (const { definition } of slos) {
    if (!services.has(definition.service)) services.set(definition.service, { document: null, slug: definition.service, name: definition.service, description: "", team: null, tier: null });
  }
  return [...services.values()];
}

/** Reads every document and collects every error before answering: an import is all or nothing. */
export function parseOpenSlo(text: string): OpenSloParseResult {
  const errors = new Errors();
  const { openSlo, sloth } = readDocuments(text, errors);
  if (!openSlo.length && !sloth.length && !errors.list.length) errors.add(0, "", "no OpenSLO documents found");
  const dataSources = collectDataSources(openSlo, errors);
  const slis = collectSlis(openSlo, errors, dataSources.infos);
  const alerts = collectAlerts(openSlo, errors);
  const declared = uniqueByName(byKind(openSlo, "Service"), errors).flatMap((doc) => serviceOf(doc, errors) ?? []);
  const slos = collectSlos(openSlo, errors, dataSources.infos, slis, alerts);
  for (const doc of sloth) {
    const result = slothToSlos(doc, errors);
    for (const definition of result.slos) slos.push({ document: doc.index, definition });
    if (result.service) declared.push(result.service);
  }
  rejectDuplicateSlugs(slos, errors);
  const services = servicesNeeded(declared, slos, errors);
  if (errors.list.length) return { ok: false, errors: errors.list.sort((a, b) => a.document - b.document) };
  return { ok: true, slos, services, datasources: dataSources.parsed };
}
