// Catalog rows for tests and the bench, straight into the tables: what they exercise is SLI storage and status, not the catalog.
import { getDb } from "@/db/client";
import { slos } from "@/db/schema";
import type { BudgetingMethod } from "@/lib/slo/types";

/**
 * A 30-day rolling availability SLO fed by pushes. The budgeting method follows the timeslice target
 * (timeslices with one, occurrences without) unless given; returns the new SLO's id.
 */
export function insertPushSlo({
  slug,
  serviceId,
  name = slug,
  target = 0.999,
  timesliceTarget = null,
  method,
}: {
  slug: string;
  serviceId: number;
  name?: string;
  target?: number;
  timesliceTarget?: number | null;
  method?: BudgetingMethod;
}): number {
  return getDb()
    .insert(slos)
    .values({
      slug,
      serviceId,
      name,
      sliKind: "availability",
      target,
      windowKind: "rolling",
      windowDays: 30,
      budgetingMethod: method ?? (timesliceTarget === null ? "occurrences" : "timeslices"),
      timesliceTarget,
      source: { kind: "push" },
    })
    .returning()
    .get().id;
}
