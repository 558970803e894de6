// Sloth prometheus/v1 specs → Keel SLO definitions (30-day rolling occurrences ratio SLOs read from Prometheus).
import { z } from "zod";
import { sloInputSchema } from "@/lib/slo/schemas";
import { check, DEFAULT_DATASOURCE, DEFAULT_WINDOW, Errors, formatPath, join, normalise, roundFraction, scalar, tierOf, toSlug, type KeelSloDefinition, type ParsedService, type SlothDocument } from "./common";

// ---------------------------------------------------------------------------------------------
// Sloth prometheus/v1 specs
// ---------------------------------------------------------------------------------------------

export const slothSchema = z.looseObject({
  version: z.literal("prometheus/v1"),
  service: z.string().min(1, "is required"),
  labels: z.record(z.string(), scalar).nullish(),
  slos: z
    .array(
      z.looseObject({
        name: z.string().min(1, "is required"),
        objective: z.number(),
        description: z.string().nullish(),
        sli: z.looseObject({
          events: z.looseObject({ error_query: z.string().min(1, "is required"), total_query: z.string().min(1, "is required") }).nullish(),
        }),
      }),
    )
    .min(1, "give at least one SLO"),
});

/**
 * Sloth queries are rates over `{{.window}}`; Keel asks for the events of each minute, so the window becomes 1m and
 * `rate(` becomes `increase(` (the same ratio, counted in events instead of events per second).
 */
export function slothQueryToKeel(query: string): string {
  return query.replaceAll("{{.window}}", "1m").replace(/\brate\(/g, "increase(").trim();
}

/**
 * Sloth's SLOs are 30-day rolling, event-based (occurrences) SLOs read from Prometheus. Sloth says nothing of what
 * its events are (requests, wifi clients…), so they are neutral ratios of good events.
 */
export function slothToSlos(doc: SlothDocument, errors: Errors): { slos: KeelSloDefinition[]; service: ParsedService | null } {
  const spec = check(slothSchema, doc.value, errors, doc.index, "");
  if (!spec) return { slos: [], service: null };
  const service = toSlug(spec.service, "svc");
  const slos: KeelSloDefinition[] = [];
  spec.slos.forEach((slo, index) => {
    const path = `slos[${index}]`;
    const events = slo.sli.events;
    if (!events) {
      errors.add(doc.index, join(path, "sli", "events"), "Keel needs event counts: give sli.events with error_query and total_query (raw ratios and plugins cannot be imported)");
      return;
    }
    if (!(slo.objective > 0 && slo.objective < 100)) {
      errors.add(doc.index, join(path, "objective"), "must be greater than 0 and less than 100");
      return;
    }
    const candidate = {
      slug: toSlug(`${service}-${slo.name}`, "slo"),
      name: `${spec.service} ${slo.name}`.slice(0, 160),
      service,
      description: slo.description ?? "",
      sliKind: "ratio" as const,
      target: roundFraction(slo.objective / 100),
      window: DEFAULT_WINDOW,
      budgetingMethod: "occurrences" as const,
      source: { kind: "prometheus" as const, datasource: DEFAULT_DATASOURCE, errorQuery: slothQueryToKeel(events.error_query), totalQuery: slothQueryToKeel(events.total_query) },
    };
    const result = sloInputSchema.safeParse(candidate);
    if (result.success) slos.push(normalise(result.data));
    else for (const issue of result.error.issues) errors.add(doc.index, join(path, "name"), `${formatPath(issue.path)}: ${issue.message}`);
  });
  const labels = spec.labels ?? {};
  const team = labels.team ?? labels.owner;
  return { slos, service: { document: null, slug: service, name: spec.service.slice(0, 120), description: "", team: team == null ? null : String(team), tier: tierOf(labels.tier == null ? null : String(labels.tier)) } };
}
