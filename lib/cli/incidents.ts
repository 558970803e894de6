// `npm run keel -- incident …`: declare and change incidents from scripts, through the same change functions as the API.
import { CLI_CALLER } from "@/lib/access/caller";
import { incidentCreateSchema, incidentPatchSchema } from "@/lib/incidents/schemas";
import { changeIncident } from "@/lib/server/incidents/change-incident";
import { declareIncident } from "@/lib/server/incidents/declare-incident";
import { invalid, invalidInput } from "@/lib/server/errors";

type Values = Record<string, string | boolean | undefined>;

export const INCIDENT_USAGE = `  incident declare --title TITLE --severity SEV1..SEV4 --service SLUG[,SLUG] [--summary TEXT] [--at ISO]
                         Declare an incident; prints its number.
  incident update NUMBER [--status STATUS] [--severity SEVn] [--note TEXT]
                         Change an incident (acknowledged, investigating, mitigated, resolved, closed).`;

const text = (values: Values, name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

export async function incidentCommand(command: string | undefined, rest: string[], values: Values): Promise<string> {
  if (command === "declare") {
    const parsed = incidentCreateSchema.safeParse({
      title: text(values, "title"),
      severity: text(values, "severity"),
      services: text(values, "service")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [],
      summary: text(values, "summary"),
      startedAt: text(values, "at"),
    });
    if (!parsed.success) throw invalidInput(parsed.error);
    const incident = await declareIncident({ caller: CLI_CALLER, input: parsed.data });
    return `Declared ${incident.severity} incident #${incident.number}: ${incident.title}`;
  }
  if (command === "update") {
    const number = Number(rest[0]);
    if (!Number.isSafeInteger(number) || number < 1) throw invalid(`NUMBER: "${rest[0] ?? ""}" is not an incident number`, "number");
    const parsed = incidentPatchSchema.safeParse({ status: text(values, "status"), severity: text(values, "severity"), note: text(values, "note") });
    if (!parsed.success) throw invalidInput(parsed.error);
    const incident = await changeIncident({ caller: CLI_CALLER, number, input: parsed.data });
    return `Incident #${incident.number} is ${incident.status} (${incident.severity}).`;
  }
  throw invalid(`Unknown command "incident ${command ?? ""}".`);
}
