// Keel's default readiness templates: the classic production readiness checklist (SLOs and alerting, on-call,
// runbooks, dashboards, capacity, rollback, load and failure testing, tests, dependencies, backups, security,
// postmortems), in a strict Tier 1, a Tier 2 and a lighter Tier 3 version.
import type { AutomaticCheck, TemplateContent, TemplateItem } from "./types";

type Tier = 1 | 2 | 3;
/** Per tier: left out, optional, required, or required with evidence. */
type Rule = "-" | "optional" | "required" | "evidence";

type Entry = { key: string; text: string; guidance: string; check: AutomaticCheck | null; tiers: Record<Tier, Rule> };
type Category = { key: string; name: string; entries: Entry[] };

const CATALOGUE: Category[] = [
  {
    key: "reliability-targets",
    name: "Reliability targets",
    entries: [
      {
        key: "slos-defined",
        text: "SLOs defined for the user journeys that matter",
        guidance: "At least one SLO in Keel measures what users feel (availability, latency) with a target agreed with the product owner. Keel checks that the service has one.",
        check: { kind: "slo_defined" },
        tiers: { 1: "required", 2: "required", 3: "required" },
      },
      {
        key: "burn-rate-alerting",
        text: "Burn-rate alerting on its SLOs",
        guidance: "Page on **fast burn** and open a ticket on slow burn, so people hear about budget loss before the budget is gone. Keel checks that every SLO of the service has burn-rate alerts.",
        check: { kind: "burn_rate_alerting" },
        tiers: { 1: "required", 2: "required", 3: "optional" },
      },
      {
        key: "error-budget",
        text: "No SLO with an exhausted error budget",
        guidance: "Launching while a budget is spent means launching into known unreliability. Keel checks that no SLO of the service has used up its budget in the current window.",
        check: { kind: "no_exhausted_budget" },
        tiers: { 1: "required", 2: "optional", 3: "-" },
      },
    ],
  },
  {
    key: "incident-response",
    name: "Incident response",
    entries: [
      {
        key: "oncall",
        text: "On-call rotation and escalation in place",
        guidance: "Someone is on call for the service every hour of the next two weeks, and the escalation path (secondary, team lead) is written down. Keel checks the team's on-call schedule covers the next 14 days.",
        check: { kind: "oncall_coverage", days: 14 },
        tiers: { 1: "required", 2: "required", 3: "required" },
      },
      {
        key: "runbooks",
        text: "Runbooks for the likely failures",
        guidance: "The on-call engineer can follow a runbook for each failure you expect: dependency down, bad deploy, full disk, overload. Keel checks that the service has at least one runbook.",
        check: { kind: "runbook" },
        tiers: { 1: "required", 2: "required", 3: "required" },
      },
    ],
  },
  {
    key: "operations",
    name: "Operations",
    entries: [
      {
        key: "dashboards",
        text: "Dashboards for the service's health",
        guidance: "One dashboard shows the golden signals (traffic, errors, latency, saturation) and the SLOs, and is linked from the service page. Link it as evidence.",
        check: null,
        tiers: { 1: "required", 2: "required", 3: "optional" },
      },
      {
        key: "capacity-plan",
        text: "Capacity plan",
        guidance: "Expected peak load, headroom and the limits that bind first (connections, memory, quotas) are written down, with how the service scales. Link the plan as evidence.",
        check: null,
        tiers: { 1: "evidence", 2: "optional", 3: "-" },
      },
      {
        key: "rollback-plan",
        text: "Rollback plan",
        guidance: "A bad release can be rolled back in minutes, including schema and data changes; the steps have been tried at least once. Link the procedure as evidence.",
        check: null,
        tiers: { 1: "evidence", 2: "required", 3: "required" },
      },
    ],
  },
  {
    key: "testing",
    name: "Testing",
    entries: [
      {
        key: "load-failure-testing",
        text: "Load and failure testing (game day or chaos experiment)",
        guidance: "The service has been load-tested to its planned peak and a game day or chaos experiment has exercised a realistic failure. Keel checks for a drill of the service that ran (not just planned) in the last 6 months.",
        check: { kind: "recent_drill", months: 6 },
        tiers: { 1: "required", 2: "required", 3: "-" },
      },
      {
        key: "test-coverage",
        text: "Test coverage of the critical paths",
        guidance: "Automated tests cover the critical paths and run on every change; the pipeline blocks a release when they fail. Link the coverage report as evidence.",
        check: null,
        tiers: { 1: "required", 2: "optional", 3: "optional" },
      },
    ],
  },
  {
    key: "dependencies-data",
    name: "Dependencies & data",
    entries: [
      {
        key: "dependency-review",
        text: "Dependency review",
        guidance: "Every upstream dependency is listed with its SLO, timeouts and retries are set, and the service degrades gracefully when one is down.",
        check: null,
        tiers: { 1: "required", 2: "optional", 3: "-" },
      },
      {
        key: "backups-restore",
        text: "Backups taken and restore tested",
        guidance: "Backups run on a schedule and a **restore** has been tested recently, with the time it took. An untested backup is not a backup. Link the restore record as evidence.",
        check: null,
        tiers: { 1: "evidence", 2: "evidence", 3: "optional" },
      },
    ],
  },
  {
    key: "security",
    name: "Security",
    entries: [
      {
        key: "security-review",
        text: "Security review done",
        guidance: "Threat model reviewed, secrets in the vault, dependencies scanned, and the findings of the security review closed or accepted. Link the review as evidence.",
        check: null,
        tiers: { 1: "evidence", 2: "required", 3: "required" },
      },
    ],
  },
  {
    key: "learning",
    name: "Learning",
    entries: [
      {
        key: "postmortem-process",
        text: "Postmortem process followed",
        guidance: "Incidents of the service get blameless postmortems and their action items are done on time. Keel checks that no postmortem action item of the service is overdue.",
        check: { kind: "no_overdue_action_items" },
        tiers: { 1: "required", 2: "required", 3: "optional" },
      },
    ],
  },
];

function contentFor(tier: Tier): TemplateContent {
  return {
    categories: CATALOGUE.map((category) => ({
      key: category.key,
      name: category.name,
      items: category.entries.flatMap((entry): TemplateItem[] => {
        const rule = entry.tiers[tier];
        if (rule === "-") return [];
        return [{ key: entry.key, text: entry.text, guidance: entry.guidance, required: rule !== "optional", evidenceRequired: rule === "evidence", check: entry.check }];
      }),
    })).filter((category) => category.items.length > 0),
  };
}

export type DefaultTemplate = { slug: string; name: string; description: string; tier: Tier; content: TemplateContent; note: string };

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  {
    slug: "tier-1",
    name: "Tier 1 — critical services",
    description: "The strict checklist for services whose outage stops the business: every item required, with evidence for capacity, rollback, backups and security.",
    tier: 1,
    content: contentFor(1),
    note: "Keel's default",
  },
  {
    slug: "tier-2",
    name: "Tier 2 — important services",
    description: "The standard checklist: SLOs, alerting, on-call, runbooks, rollback, backups, security and a recent drill required; the rest recommended.",
    tier: 2,
    content: contentFor(2),
    note: "Keel's default",
  },
  {
    slug: "tier-3",
    name: "Tier 3 — supporting services",
    description: "The light checklist for supporting services: SLOs, on-call, runbooks, rollback and security required.",
    tier: 3,
    content: contentFor(3),
    note: "Keel's default",
  },
];
