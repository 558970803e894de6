// Teams' monthly observability budgets (cost_budgets, one row per team; money in nano-units).
import "server-only";
import { asc, eq } from "drizzle-orm";
import { formatNanos } from "@/lib/costs/money";
import type { Nanos } from "@/lib/costs/types";
import { getDb } from "../client";
import { costBudgets, teams } from "../schema";
import { writeAudit, type Actor } from "./audit";

export type TeamBudgetRow = { teamId: number; team: string; teamName: string; monthlyNanos: Nanos | null; currency: string | null; updatedAt: Date | null };

/** Every team with its budget (null when it has none), by team name. */
export async function listTeamBudgets(): Promise<TeamBudgetRow[]> {
  return getDb()
    .select({ teamId: teams.id, team: teams.slug, teamName: teams.name, monthlyNanos: costBudgets.monthlyNanos, currency: costBudgets.currency, updatedAt: costBudgets.updatedAt })
    .from(teams)
    .leftJoin(costBudgets, eq(costBudgets.teamId, teams.id))
    .orderBy(asc(teams.name), asc(teams.slug))
    .all();
}

/** Exact decimal text of nano-units for the audit log ("1500.5"): JSON has no bigint. */
const auditAmount = (value: Nanos) => formatNanos(value, 9).replace(/\.?0+$/, "");

/** Sets (or replaces) a team's monthly budget; audited. */
export async function putTeamBudget(team: { id: number; slug: string }, monthlyNanos: Nanos, currency: string, actor: Actor): Promise<void> {
  getDb().transaction((tx) => {
    const teamId = team.id;
    const before = tx.select().from(costBudgets).where(eq(costBudgets.teamId, teamId)).get();
    const updatedAt = new Date();
    tx.insert(costBudgets)
      .values({ teamId, monthlyNanos, currency, updatedAt })
      .onConflictDoUpdate({ target: costBudgets.teamId, set: { monthlyNanos, currency, updatedAt } })
      .run();
    writeAudit(tx, actor, {
      action: "cost_budget.update",
      entity: "cost_budget",
      entityId: team.slug,
      before: before ? { amount: auditAmount(before.monthlyNanos), currency: before.currency } : null,
      after: { amount: auditAmount(monthlyNanos), currency },
    });
  });
}

/** Removes a team's budget; false when it had none (nothing is written). */
export async function deleteTeamBudget(team: { id: number; slug: string }, actor: Actor): Promise<boolean> {
  const teamId = team.id;
  return getDb().transaction((tx) => {
    const before = tx.select().from(costBudgets).where(eq(costBudgets.teamId, teamId)).get();
    if (!before) return false;
    tx.delete(costBudgets).where(eq(costBudgets.teamId, teamId)).run();
    writeAudit(tx, actor, { action: "cost_budget.delete", entity: "cost_budget", entityId: team.slug, before: { amount: auditAmount(before.monthlyNanos), currency: before.currency }, after: null });
    return true;
  });
}
