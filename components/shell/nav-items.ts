// The portal's sections, in sidebar order, and every page the command palette can open; breadcrumbs read the same lists. A new section is one entry here.
import { hasRole } from "@/lib/access/roles";
import type { Role } from "@/lib/access/types";

export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: "overview" },
  { href: "/services", label: "Services", icon: "services" },
  { href: "/slos", label: "SLOs", icon: "slos" },
  { href: "/incidents", label: "Incidents", icon: "incidents" },
  { href: "/oncall", label: "On-call", icon: "oncall" },
  { href: "/readiness", label: "Readiness", icon: "readiness" },
  { href: "/costs", label: "Costs", icon: "costs" },
  { href: "/api-reference", label: "API reference", icon: "docs" },
  { href: "/settings", label: "Settings", icon: "settings" },
] as const;

export type NavIcon = (typeof NAV_ITEMS)[number]["icon"];

/** A page the command palette opens; `role` is the least role its page admits (every signed-in person when absent). */
export type Destination = { href: string; label: string; hint: string; keywords: readonly string[]; role?: Role };

// Sidebar order first, each section's own pages after it; the palette keeps this order among equally good matches.
export const DESTINATIONS: readonly Destination[] = [
  { href: "/", label: "Overview", hint: "SLO health at a glance", keywords: ["home", "dashboard", "health", "status", "trouble", "alerts"] },
  { href: "/services", label: "Services", hint: "The service catalogue", keywords: ["catalogue", "catalog", "deploy gate"] },
  { href: "/services/new", label: "New service", hint: "Services", keywords: ["add service", "create service", "register"], role: "editor" },
  { href: "/slos", label: "SLOs", hint: "Every SLO and its budget", keywords: ["objectives", "service level", "error budget"] },
  { href: "/slos/new", label: "New SLO", hint: "SLOs", keywords: ["add slo", "create slo", "objective"], role: "editor" },
  { href: "/slos/import", label: "Import OpenSLO", hint: "SLOs", keywords: ["openslo", "yaml", "upload", "import slos"], role: "editor" },
  { href: "/incidents", label: "Incidents", hint: "The incident log", keywords: ["outage", "sev", "severity", "postmortem", "timeline"] },
  { href: "/incidents/new", label: "Declare incident", hint: "Incidents", keywords: ["new incident", "open incident", "outage", "page", "sev"], role: "editor" },
  { href: "/action-items", label: "Action items", hint: "Open postmortem and drill follow-ups, overdue first", keywords: ["postmortem", "follow-ups", "overdue", "todo", "remediation"] },
  { href: "/oncall", label: "On-call", hint: "Who is on call now and next", keywords: ["rotation", "schedule", "pager", "override", "escalation", "ical"] },
  { href: "/oncall/new", label: "New on-call schedule", hint: "On-call", keywords: ["add schedule", "create rotation"], role: "editor" },
  { href: "/drills", label: "Drills", hint: "Game days: time to detect, acknowledge and escalate", keywords: ["game day", "gameday", "chaos", "exercise", "failure test", "drill"] },
  { href: "/drills/new", label: "Plan a drill", hint: "Drills", keywords: ["new drill", "game day", "chaos experiment"], role: "editor" },
  { href: "/readiness", label: "Readiness", hint: "Production readiness scorecard: levels, blockers, re-reviews due", keywords: ["prr", "production readiness", "scorecard", "launch", "checklist", "bronze", "silver", "gold"] },
  { href: "/readiness/reviews", label: "Readiness reviews", hint: "Readiness", keywords: ["launch checklist", "sign-off", "approve review"] },
  { href: "/readiness/reviews/new", label: "Start a readiness review", hint: "Readiness", keywords: ["new review", "launch review"], role: "editor" },
  { href: "/readiness/templates", label: "Readiness templates", hint: "Readiness", keywords: ["checklist template", "tier template"] },
  { href: "/readiness/maturity", label: "Reliability maturity", hint: "Readiness: each team's stage, toil and major outages", keywords: ["maturity", "stages", "toil", "questionnaire", "assessment", "major outages"] },
  { href: "/costs", label: "Costs", hint: "Observability cost per team: breakdowns, budgets, anomalies, forecast", keywords: ["showback", "chargeback", "spend", "budget", "billing", "logs cost", "finops"] },
  { href: "/incidents/analytics", label: "Incident analytics", hint: "Incidents", keywords: ["mtta", "mttr", "incident trends", "on-call load", "recurring incidents"] },
  { href: "/api-reference", label: "API reference", hint: "REST API and OpenAPI document", keywords: ["openapi", "rest", "docs", "documentation", "endpoints"] },
  { href: "/settings", label: "Settings", hint: "Your account and password", keywords: ["account", "password", "change password", "profile", "preferences"] },
  { href: "/settings/teams", label: "Teams", hint: "Settings", keywords: ["members", "owners", "groups"] },
  { href: "/settings/costs", label: "Cost settings", hint: "Settings", keywords: ["budgets", "team budget", "cost thresholds", "anomalies", "forecast", "tag keys"], role: "admin" },
  { href: "/settings/users", label: "Users", hint: "Settings", keywords: ["people", "accounts", "roles", "deactivate", "reset password"], role: "admin" },
  { href: "/settings/tokens", label: "API tokens", hint: "Settings", keywords: ["keys", "bearer", "credentials", "ingest"], role: "admin" },
  { href: "/settings/slo-policy", label: "SLO policy", hint: "Settings", keywords: ["error budget policy", "freeze", "defaults", "review cadence"], role: "admin" },
  { href: "/settings/incident-policy", label: "Incident policy", hint: "Settings", keywords: ["severity", "sev levels", "response targets", "escalation", "postmortem required"], role: "admin" },
  { href: "/settings/readiness-policy", label: "Readiness policy", hint: "Settings", keywords: ["prr", "re-review", "levels", "drill months", "on-call coverage"], role: "admin" },
  { href: "/settings/notifications", label: "Notifications", hint: "Settings", keywords: ["webhooks", "slack", "chat", "alerts out", "delivery log"], role: "admin" },
  { href: "/settings/audit", label: "Audit log", hint: "Settings", keywords: ["history", "changes", "who changed what"], role: "admin" },
];

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
const wordsOf = (text: string) => normalise(text).split(/[\s/-]+/).filter(Boolean);

/** How well a page matches: lower is better, null when it does not match. */
function rank(destination: Destination, query: string): number | null {
  const label = normalise(destination.label);
  if (label === query) return 0;
  if (label.startsWith(query)) return 1;
  if (wordsOf(label).some((word) => word.startsWith(query))) return 2;
  if (destination.keywords.some((keyword) => normalise(keyword).startsWith(query) || wordsOf(keyword).some((word) => word.startsWith(query)))) return 3;
  if (label.includes(query)) return 4;
  // Otherwise each word typed must begin a word of the label, the hint or a keyword ("settings" finds the settings pages, "change pass" the account).
  const haystack = wordsOf([destination.label, destination.hint, ...destination.keywords].join(" "));
  if (query.split(" ").every((term) => haystack.some((word) => word.startsWith(term)))) return 5;
  return null;
}

/** The pages a person with `role` may open that match `query`, best first; an empty query lists them all. */
export function searchDestinations(query: string, role: Role): Destination[] {
  const visible = DESTINATIONS.filter((destination) => !destination.role || hasRole(role, destination.role));
  const normalised = normalise(query);
  if (!normalised) return [...visible];
  return visible
    .map((destination, index) => ({ destination, index, rank: rank(destination, normalised) }))
    .filter((entry): entry is { destination: Destination; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.destination);
}

export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(href + "/");
}

const SEGMENT_LABELS: Record<string, string> = {
  new: "New",
  edit: "Edit",
  users: "Users",
  teams: "Teams",
  tokens: "API tokens",
  audit: "Audit log",
  "slo-policy": "SLO policy",
  "incident-policy": "Incident policy",
  "readiness-policy": "Readiness policy",
  reviews: "Reviews",
  templates: "Templates",
  analytics: "Analytics",
  drills: "Drills",
  "action-items": "Action items",
  notifications: "Notifications",
  postmortem: "Postmortem",
  runbooks: "Runbooks",
  maturity: "Maturity",
  costs: "Costs",
};

/** Breadcrumb trail for a path: section label, then each further segment. */
export function breadcrumbsFor(pathname: string): { href: string; label: string }[] {
  const segments = pathname.split("/").filter(Boolean);
  if (!segments.length) return [{ href: "/", label: "Overview" }];
  const crumbs: { href: string; label: string }[] = [];
  let href = "";
  for (const segment of segments) {
    href += "/" + segment;
    const section = NAV_ITEMS.find((item) => item.href === href);
    const decoded = decodeURIComponent(segment);
    crumbs.push({ href, label: section?.label ?? SEGMENT_LABELS[decoded] ?? decoded });
  }
  return crumbs;
}
