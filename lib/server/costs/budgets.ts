// Teams' monthly observability budgets: everyone reads them; members of a team and admins set or remove its budget
// (team change rights, as for everything a team owns).
import "server-only";
import { deleteTeamBudget, listTeamBudgets, putTeamBudget } from "@/db/queries/cost-budgets";
import { findTeamBySlug } from "@/db/queries/teams";
import type { Caller } from "@/lib/access/caller";
import { budgetInputSchema } from "@/lib/costs/budget-input";
import type { Nanos } from "@/lib/costs/types";
import { emitChange } from "../change-events";
import { assertTeamChange, invalidInput, notFound } from "../errors";

export type TeamBudget = { team: string; teamName: string; budget: { monthlyNanos: Nanos; currency: string; updatedAt: Date | null } | null };

/** Every team with its monthly budget (null when none is set), by team name. */
export async function teamBudgets(): Promise<TeamBudget[]> {
  return (await listTeamBudgets()).map((row) => ({
    team: row.team,
    teamName: row.teamName,
    budget: row.monthlyNanos === null ? null : { monthlyNanos: row.monthlyNanos, currency: row.currency ?? "USD", updatedAt: row.updatedAt },
  }));
}

async function owningTeam(caller: Caller, slug: string) {
  const team = await findTeamBySlug(slug);
  if (!team) throw notFound(`No team "${slug}".`);
  assertTeamChange(caller, { id: team.id, slug: team.slug }, `the budget of team "${team.slug}"`);
  return team;
}

/**
 * Sets a team's monthly budget. `amount` is a decimal string or a number (read exactly into nano-units), `currency` an
 * ISO 4217 code (default USD). Unknown team → not found; no rights → refused; bad input → invalid naming the field.
 */
export async function setTeamBudget({ caller, team, amount, currency }: { caller: Caller; team: string; amount: unknown; currency?: unknown }): Promise<TeamBudget> {
  const found = await owningTeam(caller, team);
  const parsed = budgetInputSchema.safeParse(currency === undefined ? { amount } : { amount, currency });
  if (!parsed.success) throw invalidInput(parsed.error);
  await putTeamBudget({ id: found.id, slug: found.slug }, parsed.data.amount, parsed.data.currency, caller.actor);
  emitChange({ entity: "cost_budget", action: "updated", key: found.slug, actor: caller.actor.label });
  return { team: found.slug, teamName: found.name, budget: { monthlyNanos: parsed.data.amount, currency: parsed.data.currency, updatedAt: new Date() } };
}

/** Removes a team's budget; not found when the team has none. */
export async function removeTeamBudget({ caller, team }: { caller: Caller; team: string }): Promise<void> {
  const found = await owningTeam(caller, team);
  if (!(await deleteTeamBudget({ id: found.id, slug: found.slug }, caller.actor))) throw notFound(`Team "${found.slug}" has no budget.`);
  emitChange({ entity: "cost_budget", action: "deleted", key: found.slug, actor: caller.actor.label });
}
