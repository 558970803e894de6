// The structure of OpenSLO v1 documents (structure only; meaning is checked while mapping).
import { z } from "zod";
import { scalar } from "./common";


// ---------------------------------------------------------------------------------------------
// Document shapes (structure only; meaning is checked while mapping). Unknown fields are kept silently.
// ---------------------------------------------------------------------------------------------

export const metadataSchema = z.looseObject({
  name: z.string().min(1, "is required"),
  displayName: z.string().nullish(),
  labels: z.record(z.string(), z.union([scalar, z.array(scalar)]).nullable()).nullish(),
  annotations: z.record(z.string(), scalar.nullable()).nullish(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const metricSourceSchema = z.looseObject({
  metricSourceRef: z.string().nullish(),
  type: z.string().nullish(),
  spec: z.record(z.string(), z.unknown()).nullish(),
});
export const metricSchema = z.looseObject({ metricSource: metricSourceSchema });
export type Metric = z.infer<typeof metricSchema>;

export const sliSpecSchema = z.looseObject({
  description: z.string().nullish(),
  thresholdMetric: metricSchema.nullish(),
  ratioMetric: z
    .looseObject({
      counter: z.boolean().nullish(),
      good: metricSchema.nullish(),
      bad: metricSchema.nullish(),
      total: metricSchema.nullish(),
      rawType: z.enum(["success", "failure"]).nullish(),
      raw: metricSchema.nullish(),
    })
    .nullish(),
});
export type SliSpec = z.infer<typeof sliSpecSchema>;
export const inlineSliSchema = z.looseObject({ metadata: metadataSchema.partial().nullish(), spec: sliSpecSchema });
export type InlineSli = z.infer<typeof inlineSliSchema>;

export const objectiveSchema = z.looseObject({
  displayName: z.string().nullish(),
  op: z.enum(["lt", "lte", "gt", "gte"], { error: "must be lt, lte, gt or gte" }).nullish(),
  value: z.union([z.number(), z.string()]).nullish(),
  target: z.number().nullish(),
  targetPercent: z.number().nullish(),
  timeSliceTarget: z.number().nullish(),
  timeSliceWindow: z.union([z.number(), z.string()]).nullish(),
  indicator: inlineSliSchema.nullish(),
  indicatorRef: z.string().nullish(),
});
export type Objective = z.infer<typeof objectiveSchema>;

export const timeWindowSchema = z.looseObject({
  duration: z.string(),
  isRolling: z.boolean().nullish(),
  calendar: z.looseObject({ timeZone: z.string().nullish() }).nullish(),
});
export type TimeWindow = z.infer<typeof timeWindowSchema>;

export const budgetingMethodSchema = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(["occurrences", "timeslices", "ratiotimeslices"], { error: "must be Occurrences, Timeslices or RatioTimeslices" }));

export const sloSpecSchema = z.looseObject({
  description: z.string().nullish(),
  service: z.string().min(1, "is required"),
  indicator: inlineSliSchema.nullish(),
  indicatorRef: z.string().nullish(),
  timeWindow: z.array(timeWindowSchema).nullish(),
  budgetingMethod: budgetingMethodSchema,
  objectives: z.array(objectiveSchema).min(1, "give at least one objective"),
  alertPolicies: z.array(z.unknown()).nullish(),
});
export type SloSpec = z.infer<typeof sloSpecSchema>;

export const conditionSpecSchema = z.looseObject({
  severity: scalar.nullish(),
  condition: z
    .looseObject({ kind: z.string().nullish(), op: z.string().nullish(), threshold: z.number().nullish(), lookbackWindow: scalar.nullish() })
    .nullish(),
});
export type ConditionSpec = z.infer<typeof conditionSpecSchema>;
export const alertPolicySpecSchema = z.looseObject({ alertWhenBreaching: z.boolean().nullish(), conditions: z.array(z.unknown()).nullish() });
export type AlertPolicySpec = z.infer<typeof alertPolicySpecSchema>;

export const serviceSpecSchema = z.looseObject({ description: z.string().nullish() }).nullish();
export const dataSourceSpecSchema = z.looseObject({
  type: z.string().min(1, "is required"),
  connectionDetails: z.record(z.string(), z.unknown()).nullish(),
});

export const KINDS = ["SLO", "SLI", "Service", "AlertPolicy", "AlertCondition", "AlertNotificationTarget", "DataSource"] as const;
export type Kind = (typeof KINDS)[number];

export type OpenSloDocument = { index: number; kind: Kind; metadata: Metadata; spec: unknown };

