// The demo's year of incidents, planned as plain data (no database): the streaming case study's twelve months
// (MTTR of SEV1 incidents from 90 to 20 minutes, MTTA 60% lower once on-call paging is on, fewer incidents
// every month), a lighter sprinkle for the other teams, and the incidents still open at "now" (the drills are demo-drills.ts).
// Every figure the README and the tests quote is exact by construction: see the DEMO_* constants.
import { TZDate } from "@date-fns/tz";
import { addMonths, startOfMonth } from "date-fns";
import type { IncidentSource, Severity } from "@/lib/incidents/types";
import { createPrng } from "./prng";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Mean MTTR (minutes) of the SEV1 incidents of each demo month, month 1 first: 90 → 20 as runbooks and postmortems arrive. */
export const DEMO_SEV1_MTTR = [90, 84, 76, 68, 60, 53, 46, 40, 34, 29, 24, 20] as const;
/** The month (1-based) on-call paging is switched on, at 00:00 UTC on its first day. */
export const DEMO_PAGING_MONTH = 4;
/** The month (1-based) blameless postmortems start: SEV1 and SEV2 incidents from then on have one. */
export const DEMO_POSTMORTEM_MONTH = 5;
/** Mean MTTA (minutes) of the streaming team's incidents (drills never) started before paging, and from paging on: 60% lower. */
export const DEMO_MTTA_BEFORE = 25;
export const DEMO_MTTA_AFTER = 10;

/**
 * The core-banking case study's "Major outages dropped by 40%": the bank's first readiness review is approved at the
 * start of this month (1-based), and its SEV1 incidents number DEMO_BANK_SEV1_BEFORE in the 6 months before and
 * DEMO_BANK_SEV1_AFTER in the 6 months after (−40%).
 */
export const DEMO_BANK_APPROVAL_MONTH = 7;
export const DEMO_BANK_SEV1_BEFORE = 5;
export const DEMO_BANK_SEV1_AFTER = 3;

const STREAMING_PER_MONTH = [14, 13, 12, 11, 10, 9, 8, 8, 7, 6, 6, 5];
const SEV1_PER_MONTH = [3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1];

export type DemoTeam = "streaming" | "payments" | "platform" | "core-banking";

export type PlannedIncident = {
  team: DemoTeam;
  services: string[];
  severity: Severity;
  title: string;
  tags: string[];
  source: IncidentSource;
  startedAt: Date;
  /** Minutes after the start; null = not reached (yet). */
  ackMin: number | null;
  mitigatedMin: number | null;
  resolveMin: number | null;
  /** Index into DEMO_ENGINEERS. */
  assignee: number;
  /** A deploy of the first service this many minutes before the start. */
  deployBeforeMin: number | null;
  /** From the postmortem month on, SEV1 and SEV2 incidents get one. */
  postmortem: boolean;
};

/** The demo's engineers (no passwords: they appear as assignees and on-call people, they do not sign in). */
export const DEMO_ENGINEERS = [
  { email: "priya.raman@keel.local", name: "Priya Raman", team: "streaming" },
  { email: "tomas.ortega@keel.local", name: "Tomás Ortega", team: "streaming" },
  { email: "mei.lin@keel.local", name: "Mei Lin", team: "streaming" },
  { email: "jonas.berg@keel.local", name: "Jonas Berg", team: "streaming" },
  { email: "amara.okafor@keel.local", name: "Amara Okafor", team: "payments" },
  { email: "ravi.patel@keel.local", name: "Ravi Patel", team: "platform" },
  { email: "lena.fischer@keel.local", name: "Lena Fischer", team: "core-banking" },
] as const satisfies readonly { email: string; name: string; team: DemoTeam }[];

type Template = { services: string[]; title: string; tags: string[] };

const EVENTS = ["the Champions Cup final", "the season opener", "the New Year concert", "the election night special", "the marathon broadcast", "the esports grand final"];

const STREAMING: Record<Severity, Template[]> = {
  SEV1: [
    { services: ["live-video"], title: "Live stream down for viewers during {event}", tags: ["live-event", "ingest"] },
    { services: ["cdn-edge", "live-video"], title: "CDN partial outage: edge POPs serving 5xx during {event}", tags: ["cdn", "live-event"] },
    { services: ["live-video", "transcoding"], title: "Ingest cluster lost its transcoder pool during {event}", tags: ["live-event", "capacity"] },
  ],
  SEV2: [
    { services: ["live-video"], title: "Rebuffering spike on live streams", tags: ["playback", "live-event"] },
    { services: ["cdn-edge"], title: "Upstream timeouts from CDN edge to origin", tags: ["cdn", "upstream-timeout"] },
    { services: ["transcoding"], title: "Transcoding backlog: on-demand publishing delayed", tags: ["transcoding-backlog", "capacity"] },
    { services: ["cdn-edge"], title: "Cache hit ratio drop in EU edge POPs", tags: ["cdn", "config-change"] },
  ],
  SEV3: [
    { services: ["transcoding"], title: "4K renditions failing for some uploads", tags: ["transcoding-backlog"] },
    { services: ["cdn-edge"], title: "Stale manifests served by APAC edge", tags: ["cdn"] },
    { services: ["live-video"], title: "Chat overlay lagging behind the live stream", tags: ["playback"] },
    { services: ["live-video"], title: "Upstream timeouts from the DRM licence service", tags: ["upstream-timeout", "dependency"] },
  ],
  SEV4: [
    { services: ["live-video"], title: "Wrong start time on a live event banner", tags: ["content"] },
    { services: ["transcoding"], title: "Transcoder dashboard shows a stale queue depth", tags: ["observability"] },
    { services: ["cdn-edge"], title: "Edge access logs shipped late", tags: ["observability"] },
  ],
};

const OTHERS: Record<Exclude<DemoTeam, "streaming">, { assignee: number; perQuarter: number; templates: Partial<Record<Severity, Template>> }> = {
  payments: {
    assignee: 4,
    perQuarter: 5,
    templates: {
      SEV1: { services: ["payment-gateway", "checkout"], title: "Card authorisations failing at the payment gateway", tags: ["dependency", "upstream-timeout"] },
      SEV2: { services: ["checkout"], title: "Checkout latency above 2 s for premium merchants", tags: ["latency"] },
      SEV3: { services: ["refunds"], title: "Refund reconciliation report late", tags: ["batch"] },
      SEV4: { services: ["checkout"], title: "Receipt e-mails show the wrong currency symbol", tags: ["content"] },
    },
  },
  platform: {
    assignee: 5,
    perQuarter: 4,
    templates: {
      SEV2: { services: ["log-pipeline"], title: "Log pipeline dropping debug logs", tags: ["capacity"] },
      SEV3: { services: ["metrics-store"], title: "Metrics store query timeouts on 30-day panels", tags: ["latency"] },
      SEV4: { services: ["trace-collector"], title: "Trace sampling configuration drifted", tags: ["config-change"] },
    },
  },
  "core-banking": {
    assignee: 6,
    perQuarter: 3,
    templates: {
      SEV1: { services: ["core-ledger"], title: "Core ledger postings delayed", tags: ["batch", "dependency"] },
      SEV2: { services: ["accounts-api"], title: "Accounts API errors for account opening", tags: ["upstream-timeout"] },
      SEV3: { services: ["batch-settlement"], title: "Nightly settlement batch overran its window", tags: ["batch"] },
    },
  },
};

export type DemoCalendar = { months: Date[]; pagingOn: Date; postmortemsFrom: Date; currentMonth: Date };

/** Month 1 … 12 are the twelve whole calendar months (UTC) before the one "now" is in. */
export function demoCalendar(nowMs: number): DemoCalendar {
  const currentMonth = startOfMonth(new TZDate(nowMs, "UTC"));
  const months = Array.from({ length: 12 }, (_, i) => new Date(addMonths(currentMonth, i - 12).getTime()));
  return { months, pagingOn: months[DEMO_PAGING_MONTH - 1]!, postmortemsFrom: months[DEMO_POSTMORTEM_MONTH - 1]!, currentMonth: new Date(currentMonth.getTime()) };
}

/** Values around a mean whose mean is exactly it: pairs mean + d, mean − d (whole minutes), the odd one out at the mean. */
function balanced(count: number, mean: number, spread: number, random: () => number): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1) values.push(2 * mean - values[i - 1]!);
    else if (i === count - 1) values.push(mean);
    else values.push(mean + Math.floor(random() * (spread + 1)));
  }
  return values;
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

function severityMix(month: number, total: number): Severity[] {
  const sev1 = SEV1_PER_MONTH[month]!;
  const sev2 = Math.round((total - sev1) * 0.35);
  const sev3 = Math.round((total - sev1 - sev2) * 0.6);
  return [...Array<Severity>(sev1).fill("SEV1"), ...Array<Severity>(sev2).fill("SEV2"), ...Array<Severity>(sev3).fill("SEV3"), ...Array<Severity>(total - sev1 - sev2 - sev3).fill("SEV4")];
}

/** Minutes to resolve a non-SEV1 incident in a month (0-based); they shorten over the year too. */
function resolveMinutes(severity: Severity, month: number, random: () => number): number {
  const base = { SEV1: 0, SEV2: 150 - (100 * month) / 11, SEV3: 600 - (300 * month) / 11, SEV4: 2 * 1440 }[severity];
  return Math.round(base * (0.8 + 0.4 * random()));
}

function startIn(monthStart: Date, severity: Severity, random: () => number): Date {
  const day = Math.floor(random() * 27);
  // Live events run in the evening (UTC): that is when the critical outages hit.
  const hour = severity === "SEV1" ? 18 + Math.floor(random() * 4) : Math.floor(random() * 24);
  return new Date(monthStart.getTime() + day * DAY + hour * 3_600_000 + Math.floor(random() * 60) * MINUTE);
}

function streamingYear(calendar: DemoCalendar, random: () => number): PlannedIncident[] {
  const planned: PlannedIncident[] = [];
  for (const [month, monthStart] of calendar.months.entries()) {
    const severities = severityMix(month, STREAMING_PER_MONTH[month]!);
    const sev1Mttr = balanced(SEV1_PER_MONTH[month]!, DEMO_SEV1_MTTR[month]!, Math.floor(DEMO_SEV1_MTTR[month]! * 0.2), random);
    let sev1Index = 0;
    for (const severity of severities) {
      const template = pick(STREAMING[severity], random);
      const resolveMin = severity === "SEV1" ? sev1Mttr[sev1Index++]! : resolveMinutes(severity, month, random);
      const paged = month + 1 >= DEMO_PAGING_MONTH;
      planned.push({
        team: "streaming",
        services: template.services,
        severity,
        title: template.title.replace("{event}", pick(EVENTS, random)),
        tags: template.tags,
        source: paged && severity !== "SEV4" ? "alertmanager" : "manual",
        startedAt: startIn(monthStart, severity, random),
        ackMin: 0,
        mitigatedMin: Math.round(resolveMin * 0.7),
        resolveMin,
        assignee: Math.floor(random() * 4),
        deployBeforeMin: severity !== "SEV4" && random() < 0.3 ? 15 + Math.floor(random() * 100) : null,
        postmortem: month + 1 >= DEMO_POSTMORTEM_MONTH && (severity === "SEV1" || severity === "SEV2"),
      });
    }
  }
  return planned;
}

/** What is going on at "now": a SEV2 just triggered (live work for the log), a SEV3 being investigated, a SEV3 mitigated. */
function openNow(nowMs: number): PlannedIncident[] {
  const base = { resolveMin: null, postmortem: false } as const;
  return [
    { ...base, team: "streaming", services: ["live-video", "cdn-edge"], severity: "SEV2", title: "Elevated rebuffering on live streams in EU-West", tags: ["playback", "cdn"], source: "alertmanager", startedAt: new Date(nowMs - 12 * MINUTE), ackMin: null, mitigatedMin: null, assignee: 0, deployBeforeMin: 40 },
    { ...base, team: "streaming", services: ["transcoding"], severity: "SEV3", title: "Transcoding backlog on the 4K ladder", tags: ["transcoding-backlog"], source: "alertmanager", startedAt: new Date(nowMs - 3 * 60 * MINUTE), ackMin: 0, mitigatedMin: null, assignee: 2, deployBeforeMin: null },
    { ...base, team: "payments", services: ["refunds"], severity: "SEV3", title: "Refund webhook retries delayed", tags: ["upstream-timeout"], source: "manual", startedAt: new Date(nowMs - 26 * 60 * MINUTE), ackMin: 22, mitigatedMin: 300, assignee: 4, deployBeforeMin: null },
  ];
}

/** The other teams: a few incidents a quarter; their SEV1s resolve in exactly the month's SEV1 mean, so they leave it as it is. */
function otherTeams(calendar: DemoCalendar, random: () => number): PlannedIncident[] {
  const planned: PlannedIncident[] = [];
  for (const [team, plan] of Object.entries(OTHERS) as [Exclude<DemoTeam, "streaming">, (typeof OTHERS)[keyof typeof OTHERS]][]) {
    const severities = Object.keys(plan.templates) as Severity[];
    for (let quarter = 0; quarter < 4; quarter++) {
      for (let i = 0; i < plan.perQuarter - Math.floor(quarter / 2); i++) {
        const month = quarter * 3 + Math.floor(random() * 3);
        const severity = i === 0 && quarter % 2 === 1 && plan.templates.SEV1 ? "SEV1" : pick(severities.filter((s) => s !== "SEV1"), random);
        const template = plan.templates[severity]!;
        const resolveMin = severity === "SEV1" ? DEMO_SEV1_MTTR[month]! : resolveMinutes(severity, month, random);
        planned.push({
          team,
          services: template.services,
          severity,
          title: template.title,
          tags: template.tags,
          source: "manual",
            startedAt: startIn(calendar.months[month]!, severity, random),
          ackMin: Math.min(5 + Math.floor(random() * 20), resolveMin - 1),
          mitigatedMin: Math.round(resolveMin * 0.7),
          resolveMin,
          assignee: plan.assignee,
          deployBeforeMin: random() < 0.25 ? 20 + Math.floor(random() * 90) : null,
          postmortem: month + 1 >= DEMO_POSTMORTEM_MONTH && (severity === "SEV1" || severity === "SEV2"),
        });
      }
    }
  }
  return planned;
}

// The bank's outages on top of its quarterly sprinkle (which has one SEV1 in months 4–6 and one in months 10–12): four
// more before the approval, two more after. Placed by hand (no random draws, so every other team's incidents stay as
// they were); each resolves in exactly its month's SEV1 mean MTTR, so the streaming figures stay exact too.
const BANK_OUTAGES: { month: number; day: number; services: string[]; title: string; tags: string[] }[] = [
  { month: 0, day: 8, services: ["core-ledger"], title: "Core ledger unavailable after a failed database patch", tags: ["config-change"] },
  { month: 1, day: 14, services: ["core-ledger", "batch-settlement"], title: "End-of-day settlement stalled: ledger locks held", tags: ["batch"] },
  { month: 2, day: 3, services: ["accounts-api"], title: "Accounts API down: an expired certificate", tags: ["config-change"] },
  { month: 4, day: 21, services: ["core-ledger"], title: "Card postings rejected after a ledger failover", tags: ["dependency"] },
  { month: 6, day: 17, services: ["accounts-api"], title: "Accounts API outage: connection pool exhausted", tags: ["capacity"] },
  { month: 8, day: 9, services: ["core-ledger"], title: "Core ledger read replicas lagging: balances stale", tags: ["dependency"] },
];

function bankOutages(calendar: DemoCalendar): PlannedIncident[] {
  return BANK_OUTAGES.map(({ month, day, services, title, tags }) => {
    const resolveMin = DEMO_SEV1_MTTR[month]!;
    return {
      team: "core-banking",
      services,
      severity: "SEV1",
      title,
      tags,
      source: "manual",
      startedAt: new Date(calendar.months[month]!.getTime() + (day - 1) * DAY + 19 * 3_600_000 + 10 * MINUTE),
      ackMin: 8,
      mitigatedMin: Math.round(resolveMin * 0.7),
      resolveMin,
      assignee: OTHERS["core-banking"].assignee,
      deployBeforeMin: null,
      postmortem: month + 1 >= DEMO_POSTMORTEM_MONTH,
    };
  });
}

/**
 * The whole demo year in start order. The streaming team's acknowledgement times are set last, over every incident of
 * the team that gets acknowledged (the year and those open now; drills never): exactly DEMO_MTTA_BEFORE minutes on average
 * before paging is switched on, DEMO_MTTA_AFTER from then on.
 */
export function planDemoIncidents(nowMs: number): PlannedIncident[] {
  const random = createPrng(1717);
  const calendar = demoCalendar(nowMs);
  const all = [...streamingYear(calendar, random), ...openNow(nowMs), ...otherTeams(calendar, random), ...bankOutages(calendar)].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const acknowledged = all.filter((i) => i.team === "streaming" && i.ackMin !== null);
  for (const [paged, mean] of [
    [false, DEMO_MTTA_BEFORE],
    [true, DEMO_MTTA_AFTER],
  ] as const) {
    const group = acknowledged.filter((i) => i.startedAt >= calendar.pagingOn === paged);
    const values = balanced(group.length, mean, Math.floor(mean * 0.4), random);
    group.forEach((incident, index) => (incident.ackMin = values[index]!));
  }
  return all;
}
