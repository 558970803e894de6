// The incident domain's enums, declared once: the schema, the zod schemas and the pages read them from here.

export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The lifecycle in order; `closed` means the postmortem (when one is required) is done. */
export const INCIDENT_STATUSES = ["triggered", "acknowledged", "investigating", "mitigated", "resolved", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_SOURCES = ["manual", "alertmanager", "slo", "drill"] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export const INCIDENT_ROLES = ["commander", "communications", "scribe"] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

export const TIMELINE_KINDS = ["status", "severity", "role", "assignment", "alert", "deploy", "note", "escalation", "slo", "service", "postmortem", "drill"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const POSTMORTEM_STATUSES = ["draft", "in_review", "published"] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ["open", "in_progress", "done", "wont_do"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_PRIORITIES = ["P1", "P2", "P3"] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

export const DRILL_STATUSES = ["planned", "running", "completed", "cancelled"] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

export const RUNBOOK_FOLLOWED = ["yes", "partly", "no"] as const;
export type RunbookFollowed = (typeof RUNBOOK_FOLLOWED)[number];

export const NOTIFICATION_FORMATS = ["generic", "slack"] as const;
export type NotificationFormat = (typeof NOTIFICATION_FORMATS)[number];

export const NOTIFICATION_EVENTS = ["declared", "severity_changed", "resolved"] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
