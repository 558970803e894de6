// The import form's field names for the SLI kind picked per SLO (kept apart from the schemas so the browser bundle stays small).
export const kindField = (slug: string) => `sliKind:${slug}`;
export const thresholdField = (slug: string) => `latencyThresholdMs:${slug}`;
