// What an audit entry changed, field by field: nested values flattened to readable paths, known fields formatted, secrets never shown.

/** One changed field. A secret says only that it changed, never its value. */
export type AuditChange =
  | { path: string; kind: "changed"; before: string; after: string }
  | { path: string; kind: "added"; after: string }
  | { path: string; kind: "removed"; before: string }
  | { path: string; kind: "secret"; change: "set" | "changed" | "removed" };

type Leaf = string | number | boolean | null;

// The entry records when it happened; the rows' own timestamps only repeat that.
const IGNORED = new Set(["createdAt", "updatedAt"]);
const SECRET = /password|secret|hash|credential|authorization|apikey|privatekey|^token$/i;
// Fractions stored for targets and budget shares, shown as percentages.
const FRACTIONS = new Set(["target", "timesliceTarget", "warnBelowRemaining", "freezeAtOrBelowRemaining", "consumedAbove"]);
const UNITS: Record<string, string> = {
  budgetPercent: "%",
  windowDays: " days",
  withinDays: " days",
  reviewCadenceDays: " days",
  days: " days",
  latencyThresholdMs: " ms",
  staleAfterMinutes: " min",
};
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const lastKey = (path: string) => path.replace(/\[\d+\]$/, "").split(".").pop() ?? path;
const round = (value: number) => String(Number(value.toFixed(6)));

/** Nested objects and arrays of objects become paths (`window.days`, `alertWindows[0].severity`); lists of plain values stay one field. */
function flatten(value: unknown, path: string, out: Map<string, Leaf>): void {
  if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!IGNORED.has(key)) flatten(child, path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(value) && value.some((item) => isRecord(item) || Array.isArray(item))) {
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, out));
    return;
  }
  if (Array.isArray(value)) {
    out.set(path, value.length ? value.map((item) => formatValue(lastKey(path), item as Leaf)).join(", ") : "none");
    return;
  }
  out.set(path || "value", value === undefined ? null : (value as Leaf));
}

/** A stored value as a person reads it, by what the field is. */
export function formatValue(field: string, value: Leaf): string {
  if (value === null) return field === "staleAfterMinutes" ? "never" : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (FRACTIONS.has(field)) return `${round(value * 100)}%`;
    return `${round(value)}${UNITS[field] ?? ""}`;
  }
  if (value === "") return "empty";
  const time = ISO_TIME.exec(value);
  if (time) return `${time[1]} ${time[2]} UTC`;
  // Credentials inside a URL (https://user:password@host) are as secret as a password field.
  return value.replace(/\/\/[^/@\s]+@/g, "//•••@");
}

// Settings stored as a bare map say what their keys are: tier targets are keyed by the tier's number.
const tierTargets = (value: unknown) => (isRecord(value) ? { tier: Object.fromEntries(Object.entries(value).map(([tier, target]) => [tier, { target }])) } : value);
const SHAPES: Record<string, (value: unknown) => unknown> = { tierTargets };

/**
 * The fields that differ between an entry's before and after; a create lists what was set, a delete what was removed.
 * `entityId` names a setting whose stored shape needs its keys read (tier targets: `tier.1.target: 99.99% → 99.9%`).
 */
export function diffAudit(before: unknown, after: unknown, entityId?: string | null): AuditChange[] {
  const shape = (entityId && SHAPES[entityId]) || ((value: unknown) => value);
  const old = new Map<string, Leaf>();
  const now = new Map<string, Leaf>();
  flatten(before == null ? {} : shape(before), "", old);
  flatten(after == null ? {} : shape(after), "", now);
  const creating = before == null;
  const deleting = after == null;
  // A null that became an object (or back) shows as the object's own fields, not as an extra "none".
  const hasChildren = (map: Map<string, Leaf>, path: string) => [...map.keys()].some((key) => key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
  const changes: AuditChange[] = [];
  for (const path of new Set([...now.keys(), ...old.keys()])) {
    const was = old.get(path) ?? null;
    const is = now.get(path) ?? null;
    if ((was === null || is === null) && (hasChildren(old, path) || hasChildren(now, path))) continue;
    const field = lastKey(path);
    const secret = SECRET.test(field);
    if (creating || deleting) {
      // A create lists what was set and a delete what was there; empty fields say nothing.
      const value = creating ? is : was;
      if (value === null || value === "") continue;
      if (secret) changes.push({ path, kind: "secret", change: creating ? "set" : "removed" });
      else if (creating) changes.push({ path, kind: "added", after: formatValue(field, value) });
      else changes.push({ path, kind: "removed", before: formatValue(field, value) });
      continue;
    }
    if (was === is) continue;
    if (secret) {
      changes.push({ path, kind: "secret", change: "changed" });
      continue;
    }
    const from = formatValue(field, was);
    const to = formatValue(field, is);
    if (from !== to) changes.push({ path, kind: "changed", before: from, after: to });
  }
  return changes;
}

/** One change as a line of text, e.g. `target: 99.9% → 99.5%`. */
export function describeAuditChange(change: AuditChange): string {
  switch (change.kind) {
    case "changed":
      return `${change.path}: ${change.before} → ${change.after}`;
    case "added":
      return `${change.path}: ${change.after}`;
    case "removed":
      return `${change.path}: ${change.before} (removed)`;
    case "secret":
      return `${change.path}: ${change.change} (not shown)`;
  }
}
