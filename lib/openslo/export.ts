// Writes Keel SLO definitions (and their services) as OpenSLO v1 YAML that parseOpenSlo reads back unchanged.
import { Document } from "yaml";
import type { AlertWindowSpec as SloAlertWindow, SloSource } from "@/lib/slo/types";
import type { SloWindow } from "@/lib/slo/types";
import { KEEL_ANNOTATIONS, NEVER_STALE, periodDaysOf, SEGMENT_LABEL, type KeelSloDefinition, type ServiceTier } from "./parse";

export type ExportedService = { slug: string; name: string; description: string; team: string; tier: ServiceTier };

type Yaml = Record<string, unknown>;

const METHOD_NAMES = { occurrences: "Occurrences", timeslices: "Timeslices", ratioTimeslices: "RatioTimeslices" } as const;
const CALENDAR_DURATIONS = { week: "1w", month: "1M", quarter: "1Q" } as const;
const WINDOW_MINUTES: Record<string, number> = { "5m": 5, "30m": 30, "1h": 60, "2h": 120, "6h": 360, "1d": 1440, "3d": 4320 };
// A Monday that starts a month and a quarter: every Keel calendar period is aligned to it.
const CALENDAR_START = "2018-01-01 00:00:00";

const slugPart = (text: string, max: number) => text.slice(0, max).replace(/-+$/, "");

function timeWindowOf(window: SloWindow): Yaml[] {
  if (window.kind === "rolling") return [{ duration: `${window.days}d`, isRolling: true }];
  return [{ duration: CALENDAR_DURATIONS[window.unit], isRolling: false, calendar: { startTime: CALENDAR_START, timeZone: window.timeZone } }];
}

function prometheusMetric(datasource: string, query: string): Yaml {
  return { metricSource: { metricSourceRef: datasource, type: "Prometheus", spec: { query } } };
}

/** Keel counts good and total events a minute: a ratio metric of per-minute counts (not monotonic counters). */
function ratioMetricOf(source: SloSource): Yaml {
  if (source.kind === "push") {
    const pushed = () => ({ metricSource: { type: "Keel", spec: { push: "POST /api/v1/sli" } } });
    return { counter: false, good: pushed(), total: pushed() };
  }
  const numerator = source.errorQuery !== undefined ? { bad: prometheusMetric(source.datasource, source.errorQuery) } : { good: prometheusMetric(source.datasource, source.goodQuery ?? "") };
  return { counter: false, ...numerator, total: prometheusMetric(source.datasource, source.totalQuery) };
}

function objectiveOf(definition: KeelSloDefinition): Yaml {
  const objective: Yaml = { displayName: definition.name, target: definition.target };
  if (definition.latencyThresholdMs !== null) Object.assign(objective, { op: "lt", value: definition.latencyThresholdMs });
  if (definition.timesliceTarget !== null) objective.timeSliceTarget = definition.timesliceTarget;
  if (definition.budgetingMethod !== "occurrences") objective.timeSliceWindow = "1m";
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
    indicator: {
      metadata: { name: `${slugPart(definition.slug, 59)}-sli`, displayName: definition.name },
      spec: { ratioMetric: ratioMetricOf(definition.source) },
    },
    timeWindow: timeWindowOf(definition.window),
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
