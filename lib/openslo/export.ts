// Writes Keel SLO definitions (and their services) as OpenSLO v1 YAML that parseOpenSlo reads back unchanged.
import { Document } from "yaml";
import type { OpenSloMetricFacts, AlertWindowSpec as SloAlertWindow, SloSource } from "@/lib/slo/types";
import { DEFAULT_DATASOURCE } from "./common";
import { CALENDAR_START, durationFact, isPrometheusType, keelDuration, keelIndicatorName, keelTimeSliceWindow, numeratorOf, PROMETHEUS_TYPE, PUSH_METRIC, slugPart, timeSliceWindowFact, valueFact } from "./facts";
import { KEEL_ANNOTATIONS, NEVER_STALE, periodDaysOf, SEGMENT_LABEL, type KeelSloDefinition, type ServiceTier } from "./parse";

export type ExportedService = { slug: string; name: string; description: string; team: string; tier: ServiceTier };

type Yaml = Record<string, unknown>;

const METHOD_NAMES = { occurrences: "Occurrences", timeslices: "Timeslices", ratioTimeslices: "RatioTimeslices" } as const;
const WINDOW_MINUTES: Record<string, number> = { "5m": 5, "30m": 30, "1h": 60, "2h": 120, "6h": 360, "1d": 1440, "3d": 4320 };

function timeWindowOf(definition: KeelSloDefinition): Yaml[] {
  const { window } = definition;
  const facts = definition.source.openslo;
  const duration = durationFact(facts, window) ?? keelDuration(window);
  if (window.kind === "rolling") return [{ duration, isRolling: true }];
  return [{ duration, isRolling: false, calendar: { startTime: facts?.timeWindow?.startTime ?? CALENDAR_START, timeZone: window.timeZone } }];
}

/** A metric source as the document gave it, else Keel's: never a metricSourceRef, as Keel writes no DataSource documents. */
function metricOf(source: SloSource, given: OpenSloMetricFacts | undefined, query: string | undefined): Yaml {
  if (source.kind === "prometheus") {
    const type = isPrometheusType(given?.type) ? given!.type : PROMETHEUS_TYPE;
    const { query: _stale, ...rest } = given?.spec ?? {};
    return { metricSource: { type, spec: { query, ...rest } } };
  }
  const metric = given ?? PUSH_METRIC;
  const metricSource: Yaml = {};
  if (metric.type !== undefined) metricSource.type = metric.type;
  if (metric.spec !== undefined) metricSource.spec = metric.spec;
  return { metricSource };
}

/**
 * Keel counts good and total events a minute: a ratio metric of per-minute counts, `counter: false` unless the
 * imported document said its metrics were counters.
 */
function ratioMetricOf(source: SloSource): Yaml {
  const facts = source.openslo;
  const counter = facts?.counter ?? false;
  if (source.kind === "push" && facts?.raw) return { counter, rawType: facts.rawType ?? "success", raw: metricOf(source, facts.raw, undefined) };
  const role = numeratorOf(source, facts);
  const numeratorQuery = source.kind === "prometheus" ? (role === "bad" ? source.errorQuery : source.goodQuery) : undefined;
  const totalQuery = source.kind === "prometheus" ? source.totalQuery : undefined;
  return { counter, [role]: metricOf(source, facts?.[role], numeratorQuery), total: metricOf(source, facts?.total, totalQuery) };
}

/** A pushed threshold SLI stays one (with the value as the document wrote it) while the SLO is still latency. */
function isThresholdSli(definition: KeelSloDefinition): boolean {
  return definition.source.kind === "push" && definition.source.openslo?.metric === "threshold" && definition.latencyThresholdMs !== null;
}

function indicatorOf(definition: KeelSloDefinition): Yaml {
  const facts = definition.source.openslo;
  const metadata = { name: facts?.indicator?.name ?? keelIndicatorName(definition.slug), displayName: facts?.indicator?.displayName ?? definition.name };
  const spec = isThresholdSli(definition) ? { thresholdMetric: metricOf(definition.source, facts?.threshold, undefined) } : { ratioMetric: ratioMetricOf(definition.source) };
  return { metadata, spec };
}

function objectiveOf(definition: KeelSloDefinition): Yaml {
  const facts = definition.source.openslo;
  const objective: Yaml = { displayName: facts?.objective?.displayName ?? definition.name };
  const given = facts?.objective?.op;
  const value = valueFact(facts, definition.latencyThresholdMs);
  if (definition.latencyThresholdMs !== null) {
    // A threshold metric over *_seconds reads a bare number as seconds: milliseconds are then spelled out.
    Object.assign(objective, { op: given === "lte" ? "lte" : "lt", value: value ?? (isThresholdSli(definition) ? `${definition.latencyThresholdMs}ms` : definition.latencyThresholdMs) });
  } else if (given && given !== "lt" && given !== "lte") {
    // lt/lte with a value would read back as a latency threshold; gt and gte mean nothing to a ratio and stay as given.
    objective.op = given;
    if (value !== undefined) objective.value = value;
  }
  objective.target = definition.target;
  if (definition.timesliceTarget !== null) objective.timeSliceTarget = definition.timesliceTarget;
  const slice = timeSliceWindowFact(facts, definition.budgetingMethod) ?? keelTimeSliceWindow(definition.budgetingMethod);
  if (slice !== undefined) objective.timeSliceWindow = slice;
  return objective;
}

/** For other OpenSLO tools: burn-rate threshold = budgetPercent / 100 × P / longWindow (Keel itself reads the annotation). */
function alertPolicyOf(definition: KeelSloDefinition, window: SloAlertWindow, index: number): Yaml {
  const longMinutes = WINDOW_MINUTES[window.longWindow] ?? 60;
  const threshold = Number((((window.budgetPercent / 100) * periodDaysOf(definition.window) * 1440) / longMinutes).toPrecision(10));
  const name = `${slugPart(definition.slug, 50)}-alert-${index + 1}`;
  return {
    kind: "AlertPolicy",
    metadata: { name, displayName: `${window.severity}: ${window.budgetPercent}% of the budget in ${window.longWindow} (${window.shortWindow} confirms)` },
    spec: {
      alertWhenBreaching: true,
      alertWhenResolved: false,
      alertWhenNoData: false,
      conditions: [
        {
          kind: "AlertCondition",
          metadata: { name },
          spec: { severity: window.severity, condition: { kind: "burnrate", op: "gt", threshold, lookbackWindow: window.longWindow, alertAfter: "0m" } },
        },
      ],
      notificationTargets: [],
    },
  };
}

function metadataOf(definition: KeelSloDefinition): Yaml {
  const annotations: Record<string, string> = {
    [KEEL_ANNOTATIONS.sliKind]: definition.sliKind,
    [KEEL_ANNOTATIONS.reviewCadenceDays]: String(definition.reviewCadenceDays),
    [KEEL_ANNOTATIONS.staleAfterMinutes]: definition.staleAfterMinutes === null ? NEVER_STALE : String(definition.staleAfterMinutes),
  };
  // The annotation, not alertPolicies, is what Keel reads back: it keeps the short windows exactly.
  if (definition.alertWindows !== null) annotations[KEEL_ANNOTATIONS.alertWindows] = JSON.stringify(definition.alertWindows);
  if (definition.policy !== null) annotations[KEEL_ANNOTATIONS.policy] = JSON.stringify(definition.policy);
  if (definition.source.kind === "prometheus" && definition.source.datasource !== DEFAULT_DATASOURCE) annotations[KEEL_ANNOTATIONS.datasource] = definition.source.datasource;
  const metadata: Yaml = { name: definition.slug, displayName: definition.name };
  if (definition.segment !== null) metadata.labels = { [SEGMENT_LABEL]: definition.segment };
  metadata.annotations = annotations;
  return metadata;
}

/** The SLO as one OpenSLO v1 SLO object with its indicator inline. */
export function sloToOpenSloObject(definition: KeelSloDefinition): Yaml {
  const spec: Yaml = {};
  if (definition.description) spec.description = definition.description;
  Object.assign(spec, {
    service: definition.service,
    indicator: indicatorOf(definition),
    timeWindow: timeWindowOf(definition),
    budgetingMethod: METHOD_NAMES[definition.budgetingMethod],
    objectives: [objectiveOf(definition)],
  });
  if (definition.alertWindows !== null) spec.alertPolicies = definition.alertWindows.map((window, index) => alertPolicyOf(definition, window, index));
  return { apiVersion: "openslo/v1", kind: "SLO", metadata: metadataOf(definition), spec };
}

export function serviceToOpenSloObject(service: ExportedService): Yaml {
  const spec: Yaml = service.description ? { description: service.description } : {};
  return {
    apiVersion: "openslo/v1",
    kind: "Service",
    metadata: { name: service.slug, displayName: service.name, labels: { team: service.team, tier: String(service.tier) } },
    spec,
  };
}

// lineWidth 0: long PromQL stays on one line, easier to read and diff.
const toYaml = (value: Yaml) => new Document(value, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });

/** One SLO as an OpenSLO v1 YAML document. */
export function sloToOpenSlo(definition: KeelSloDefinition): string {
  return toYaml(sloToOpenSloObject(definition));
}

/** Services, then SLOs, as one multi-document YAML stream that imports into another Keel as it is. */
export function toOpenSloYaml({ services = [], slos }: { services?: ExportedService[]; slos: KeelSloDefinition[] }): string {
  const documents = [...services.map(serviceToOpenSloObject), ...slos.map(sloToOpenSloObject)];
  return documents.map((document) => `---\n${toYaml(document)}`).join("");
}
