// Maturity assessments (one per team and quarter) and the toil log: writes in one transaction with their audit entry.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { maturityAssessments, toilEntries, type MaturityAssessment, type ToilEntry } from "../schema";
import { writeAudit, type Actor } from "./audit";

export type AssessmentValues = Omit<typeof maturityAssessments.$inferInsert, "id">;

/** Writes a team's assessment of a quarter, replacing an earlier one of the same quarter (the audit keeps both). */
export async function saveAssessment(values: AssessmentValues, actor: Actor): Promise<{ assessment: MaturityAssessment; replaced: boolean }> {
  return getDb().transaction((tx) => {
    const before = tx
      .select()
      .from(maturityAssessments)
      .where(and(eq(maturityAssessments.teamId, values.teamId), eq(maturityAssessments.quarter, values.quarter)))
      .get();
    const assessment = before
      ? tx.update(maturityAssessments).set(values).where(eq(maturityAssessments.id, before.id)).returning().get()
      : tx.insert(maturityAssessments).values(values).returning().get();
    writeAudit(tx, actor, { action: before ? "maturity.reassess" : "maturity.assess", entity: "maturity_assessment", entityId: assessment.id, before, after: assessment });
    return { assessment, replaced: Boolean(before) };
  });
}

/** A team's assessments, oldest quarter first. */
export async function listAssessments(teamId: number): Promise<MaturityAssessment[]> {
  return getDb().select().from(maturityAssessments).where(eq(maturityAssessments.teamId, teamId)).orderBy(asc(maturityAssessments.quarter)).all();
}

/** Every team's assessments, by team then quarter. */
export async function listAllAssessments(): Promise<MaturityAssessment[]> {
  return getDb().select().from(maturityAssessments).orderBy(asc(maturityAssessments.teamId), asc(maturityAssessments.quarter)).all();
}

export type ToilValues = Omit<typeof toilEntries.$inferInsert, "id" | "createdAt">;

export async function insertToilEntry(values: ToilValues, actor: Actor): Promise<ToilEntry> {
  return getDb().transaction((tx) => {
    const created = tx.insert(toilEntries).values(values).returning().get();
    writeAudit(tx, actor, { action: "toil.log", entity: "toil_entry", entityId: created.id, after: created });
    return created;
  });
}

/** Marks a toil task automated at `at`; undefined when there is no such entry, unchanged when it already was. */
export async function markToilAutomated(id: number, at: Date, actor: Actor): Promise<ToilEntry | undefined> {
  return getDb().transaction((tx) => {
    const before = tx.select().from(toilEntries).where(eq(toilEntries.id, id)).get();
    if (!before || before.automatedAt) return before;
    const after = tx.update(toilEntries).set({ automatedAt: at }).where(eq(toilEntries.id, id)).returning().get();
    writeAudit(tx, actor, { action: "toil.automate", entity: "toil_entry", entityId: id, before, after });
    return after;
  });
}

export async function findToilEntry(id: number): Promise<ToilEntry | undefined> {
  return getDb().select().from(toilEntries).where(eq(toilEntries.id, id)).get();
}

/** A team's toil log, oldest first. */
export async function listToilEntries(teamId: number): Promise<ToilEntry[]> {
  return getDb().select().from(toilEntries).where(eq(toilEntries.teamId, teamId)).orderBy(asc(toilEntries.loggedAt), asc(toilEntries.id)).all();
}
