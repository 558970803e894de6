// OpenSLO imports: missing services (and their team) created, SLOs created or replaced, all in one audited transaction.
import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { KeelSloDefinition, OpenSloImport, ParsedService, ServiceTier } from "@/lib/openslo/parse";
import { getDb } from "../client";
import { services, slos, teams } from "../schema";
import { writeAudit, type Actor, type Writer } from "./audit";
import { recomputeRunningSumsInTransaction } from "./sli-write";

export type OpenSloImportOptions = {
  /** Owner of new services whose Service document names no existing team; without it, the "unassigned" team. */
  defaultTeamSlug?: string;
  /** Editors: the teams whose services they may change. Every SLO and new service must fall within them. */
  teamIdsAllowed?: number[] | "all";
};

export type OpenSloImportResult = { created: string[]; updated: string[]; servicesCreated: string[] };

export type OpenSloImportPreview = {
  create: string[];
  update: string[];
  servicesToCreate: { slug: string; team: string }[];
  /** Why an editor's import would be refused; empty when it may go ahead. */
  refusals: string[];
};

/** The import is refused as a whole: `forbidden` (→ 403) or an unknown default team (→ 400 naming `team`). */
export class OpenSloImportRefused extends Error {
  constructor(
    message: string,
    readonly reason: "forbidden" | "unknown_team",
  ) {
    super(message);
    this.name = "OpenSloImportRefused";
  }
}

const UNASSIGNED_TEAM = { slug: "unassigned", name: "Unassigned", description: "Owner of services imported without a team; hand them to their real team." };
// Imports rarely say how critical a service is; the middle tier until someone decides.
const DEFAULT_TIER: ServiceTier = 2;

// A team that exists (id) or the unassigned team that will be created on demand (id null).
type TeamRef = { id: number | null; slug: string };
type ExistingSlo = { id: number; slug: string; teamId: number; timesliceTarget: number | null };
type PlannedSlo = { definition: KeelSloDefinition; existing: ExistingSlo | undefined; team: TeamRef };
type Plan = { newServices: { service: ParsedService; team: TeamRef }[]; slos: PlannedSlo[]; refusals: string[] };

function findTeam(tx: Writer, slug: string): TeamRef | undefined {
  const row = tx.select({ id: teams.id, slug: teams.slug }).from(teams).where(eq(teams.slug, slug)).get();
  return row ? { id: row.id, slug: row.slug } : undefined;
}

function defaultTeam(tx: Writer, slug: string | undefined): TeamRef {
  if (!slug) return findTeam(tx, UNASSIGNED_TEAM.slug) ?? { id: null, slug: UNASSIGNED_TEAM.slug };
  const team = findTeam(tx, slug);
  if (!team) throw new OpenSloImportRefused(`No team with slug "${slug}"`, "unknown_team");
  return team;
}

function existingServices(tx: Writer, slugs: string[]): Map<string, TeamRef> {
  if (!slugs.length) return new Map();
  const rows = tx
    .select({ slug: services.slug, teamId: teams.id, teamSlug: teams.slug })
    .from(services)
    .innerJoin(teams, eq(teams.id, services.teamId))
    .where(inArray(services.slug, slugs))
    .all();
  return new Map(rows.map((row) => [row.slug, { id: row.teamId, slug: row.teamSlug }]));
}

function existingSlos(tx: Writer, slugs: string[]): Map<string, ExistingSlo> {
  if (!slugs.length) return new Map();
  const rows = tx
    .select({ id: slos.id, slug: slos.slug, teamId: services.teamId, timesliceTarget: slos.timesliceTarget })
    .from(slos)
    .innerJoin(services, eq(services.id, slos.serviceId))
    .where(inArray(slos.slug, slugs))
    .all();
  return new Map(rows.map((row) => [row.slug, row]));
}

function refusalsOf(plan: Omit<Plan, "refusals">, allowed: number[] | "all"): string[] {
  if (allowed === "all") return [];
  const may = (team: TeamRef) => team.id !== null && allowed.includes(team.id);
  const refusals: string[] = [];
  for (const { service, team } of plan.newServices) {
    if (!may(team)) refusals.push(`Service "${service.slug}" would belong to team "${team.slug}", which is not one of yours; choose one of your teams for new services.`);
  }
  for (const { definition, existing, team } of plan.slos) {
    if (existing && !allowed.includes(existing.teamId)) refusals.push(`SLO "${definition.slug}" exists and belongs to another team.`);
    else if (!may(team)) refusals.push(`SLO "${definition.slug}" is for service "${definition.service}" of team "${team.slug}", which is not one of yours.`);
  }
  return refusals;
}

/** What the import would do, read inside the caller's transaction so the writes act on the same state. */
function planImport(tx: Writer, parsed: OpenSloImport, options: OpenSloImportOptions): Plan {
  const fallback = defaultTeam(tx, options.defaultTeamSlug);
  const present = existingServices(tx, parsed.services.map((s) => s.slug));
  const newServices = parsed.services.filter((s) => !present.has(s.slug)).map((service) => ({ service, team: (service.team ? findTeam(tx, service.team) : undefined) ?? fallback }));
  const teamOfService = new Map([...present, ...newServices.map(({ service, team }) => [service.slug, team] as const)]);
  const existing = existingSlos(tx, parsed.slos.map((s) => s.definition.slug));
  const planned = parsed.slos.map(({ definition }) => ({ definition, existing: existing.get(definition.slug), team: teamOfService.get(definition.service) ?? fallback }));
  const plan = { newServices, slos: planned };
  return { ...plan, refusals: refusalsOf(plan, options.teamIdsAllowed ?? "all") };
}

export async function previewOpenSloImport(parsed: OpenSloImport, options: OpenSloImportOptions = {}): Promise<OpenSloImportPreview> {
  const plan = planImport(getDb(), parsed, options);
  return {
    create: plan.slos.filter((s) => !s.existing).map((s) => s.definition.slug),
    update: plan.slos.filter((s) => s.existing).map((s) => s.definition.slug),
    servicesToCreate: plan.newServices.map(({ service, team }) => ({ slug: service.slug, team: team.slug })),
    refusals: plan.refusals,
  };
}

function createUnassignedTeam(tx: Writer, actor: Actor): number {
  const created = tx.insert(teams).values(UNASSIGNED_TEAM).returning().get();
  writeAudit(tx, actor, { action: "team.create", entity: "team", entityId: created.slug, after: created });
  return created.id;
}

function createServices(tx: Writer, actor: Actor, plan: Plan): Map<string, number> {
  let unassignedId: number | null = null;
  const ids = new Map<string, number>();
  for (const { service, team } of plan.newServices) {
    const teamId = team.id ?? (unassignedId ??= createUnassignedTeam(tx, actor));
    const created = tx
      .insert(services)
      .values({ slug: service.slug, name: service.name, description: service.description, teamId, tier: service.tier ?? DEFAULT_TIER })
      .returning()
      .get();
    writeAudit(tx, actor, { action: "service.import.create", entity: "service", entityId: created.slug, after: created });
    ids.set(created.slug, created.id);
  }
  return ids;
}

// The same columns slos.ts writes for an API body; the definition is already normalised by the parser.
function sloColumns(definition: KeelSloDefinition, serviceId: number) {
  const { window } = definition;
  return {
    slug: definition.slug,
    serviceId,
    name: definition.name,
    description: definition.description,
    sliKind: definition.sliKind,
    latencyThresholdMs: definition.latencyThresholdMs,
    target: definition.target,
    windowKind: window.kind,
    windowDays: window.kind === "rolling" ? window.days : null,
    calendarUnit: window.kind === "calendar" ? window.unit : null,
    timeZone: window.kind === "calendar" ? window.timeZone : "UTC",
    budgetingMethod: definition.budgetingMethod,
    timesliceTarget: definition.timesliceTarget,
    segment: definition.segment,
    alertWindows: definition.alertWindows,
    policy: definition.policy,
    source: definition.source,
    reviewCadenceDays: definition.reviewCadenceDays,
    staleAfterMinutes: definition.staleAfterMinutes,
  };
}

function serviceIdOf(tx: Writer, slug: string, created: Map<string, number>): number {
  const id = created.get(slug) ?? tx.select({ id: services.id }).from(services).where(eq(services.slug, slug)).get()?.id;
  if (id === undefined) throw new Error(`service "${slug}" vanished during the import`);
  return id;
}

function writeSlos(tx: Writer, actor: Actor, plan: Plan, serviceIds: Map<string, number>, out: OpenSloImportResult): void {
  for (const { definition, existing } of plan.slos) {
    const columns = sloColumns(definition, serviceIdOf(tx, definition.service, serviceIds));
    if (!existing) {
      const after = tx.insert(slos).values(columns).returning().get();
      writeAudit(tx, actor, { action: "slo.import.create", entity: "slo", entityId: after.slug, after });
      out.created.push(after.slug);
      continue;
    }
    const before = tx.select().from(slos).where(eq(slos.id, existing.id)).get();
    const after = tx
      .update(slos)
      .set({ ...columns, updatedAt: new Date() })
      .where(eq(slos.id, existing.id))
      .returning()
      .get();
    // Timeslice running sums depend on the target: rebuilt in the same transaction as the definition.
    if (existing.timesliceTarget !== after.timesliceTarget) recomputeRunningSumsInTransaction(after.id, after.timesliceTarget);
    writeAudit(tx, actor, { action: "slo.import.update", entity: "slo", entityId: after.slug, before, after });
    out.updated.push(after.slug);
  }
}

/**
 * Creates missing services and creates or replaces every SLO of a parsed file, or nothing: one synchronous
 * transaction (never awaited inside), refused whole when an editor reaches beyond their teams. Datasources are
 * not stored yet (no table); they stay in the parse result.
 */
export async function importOpenSlo(parsed: OpenSloImport, actor: Actor, options: OpenSloImportOptions = {}): Promise<OpenSloImportResult> {
  return getDb().transaction((tx): OpenSloImportResult => {
    const plan = planImport(tx, parsed, options);
    if (plan.refusals.length) throw new OpenSloImportRefused(plan.refusals.join(" "), "forbidden");
    const out: OpenSloImportResult = { created: [], updated: [], servicesCreated: plan.newServices.map(({ service }) => service.slug) };
    writeSlos(tx, actor, plan, createServices(tx, actor, plan), out);
    return out;
  });
}
