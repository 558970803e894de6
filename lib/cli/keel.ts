// `npm run keel -- <command>`: Keel's command line for admins and pipelines.
import "./env";
import { parseArgs } from "node:util";
import { CLI_ACTOR } from "@/db/queries/audit";
import { closeDb, getConnection } from "@/db/client";
import { databasePath, migrateDatabaseFile } from "@/db/migrate";
import { writeAudit } from "@/db/queries/audit";
import { findUserByEmail } from "@/db/queries/users";
import { CLI_CALLER } from "@/lib/access/caller";
import { ChangeError } from "@/lib/server/errors";
import { createToken } from "@/lib/server/settings/tokens";
import { createUser, resetUserPassword } from "@/lib/server/settings/users";
import { deployGateFor } from "@/db/queries/deploy-gate";
import { findServiceBySlug } from "@/db/queries/services";
import { seedDemo } from "@/db/seed/demo";
import { seedDemoCosts } from "@/lib/server/costs/demo-seed";
import { parseInstant } from "@/lib/api/instant";
import { evaluateAll } from "@/lib/server/slo/evaluator";
import { emailSchema, parseScopeList, passwordSchema, tokenCreateSchema, userCreateSchema } from "@/lib/settings/schemas";
import { incidentCommand, INCIDENT_USAGE } from "./incidents";
import { askHidden } from "./prompt";

const USAGE = `Keel command line

Usage: npm run keel -- <command> [options]

Commands:
  user create --email EMAIL --name NAME --role viewer|editor|admin [--password PW]
                         Create a user; asks for the password when --password is left out.
  user reset-password --email EMAIL [--password PW]
                         Set a new password for a user.
  token create --name NAME --scopes read,ingest,write,admin [--teams SLUG,SLUG]
                         Create an API token; prints it once, alone on the last line.
                         --teams limits it to those teams' services, SLOs and SLI data;
                         without it the token reaches every team.
  seed demo              Add the demo company (teams, services, users, SLOs with 90 days of
                         SLI history); existing rows are kept.
  evaluate [--at ISO]    Evaluate every SLO now (or at --at) and record alert and policy changes.
  gate --service SLUG [--at ISO]
                         Ask the deploy gate: exits 0 when the service may deploy, 1 when not,
                         printing the reasons. For CI/CD pipelines.
${INCIDENT_USAGE}
  db migrate             Apply pending database migrations.
  db backup FILE         Copy the database to FILE (safe while the server runs).
  help                   Show this text.

The database is KEEL_DB (default ./data/keel.db; now ${databasePath()}).`;

class UsageError extends Error {}

function option(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  return `--${issue.path.map(String).join(".") || "input"}: ${issue.message}`;
}

async function passwordFrom(values: Record<string, string | boolean | undefined>): Promise<string> {
  const given = option(values, "password");
  if (given !== undefined) return given;
  const first = await askHidden("Password: ");
  if (process.stdin.isTTY) {
    const again = await askHidden("Repeat password: ");
    if (again !== first) throw new UsageError("The passwords do not match.");
  }
  return first;
}

async function userCreate(values: Record<string, string | boolean | undefined>) {
  const password = await passwordFrom(values);
  const parsed = userCreateSchema.safeParse({ email: option(values, "email"), name: option(values, "name"), role: option(values, "role"), password });
  if (!parsed.success) throw new UsageError(firstIssue(parsed.error));
  const user = await createUser({ caller: CLI_CALLER, input: parsed.data });
  console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
}

async function userResetPassword(values: Record<string, string | boolean | undefined>) {
  const email = emailSchema.safeParse(option(values, "email"));
  if (!email.success) throw new UsageError(`--email: ${email.error.issues[0]!.message}`);
  const user = await findUserByEmail(email.data);
  if (!user) throw new UsageError(`No user with email ${email.data}.`);
  const password = passwordSchema.safeParse(await passwordFrom(values));
  if (!password.success) throw new UsageError(`--password: ${password.error.issues[0]!.message}`);
  await resetUserPassword({ caller: CLI_CALLER, userId: user.id, password: password.data });
  console.log(`Password of ${user.email} reset.`);
}

async function tokenCreate(values: Record<string, string | boolean | undefined>) {
  const teams = option(values, "teams");
  const parsed = tokenCreateSchema.safeParse({ name: option(values, "name"), scopes: parseScopeList(option(values, "scopes") ?? ""), teams: teams === undefined ? null : parseScopeList(teams) });
  if (!parsed.success) throw new UsageError(firstIssue(parsed.error));
  let token: string;
  try {
    ({ token } = await createToken({ caller: CLI_CALLER, input: parsed.data }));
  } catch (error) {
    if (error instanceof ChangeError) throw new UsageError(error.field ? `--${error.message}` : error.message);
    throw error;
  }
  const reach = parsed.data.teams ? `limited to teams ${parsed.data.teams.join(",")}` : "for all teams";
  console.log(`Created token "${parsed.data.name}" with scopes ${parsed.data.scopes.join(",")}, ${reach}. Store it now; Keel keeps only its hash:`);
  console.log(token);
}

function atOption(values: Record<string, string | boolean | undefined>): number {
  const raw = option(values, "at");
  if (raw === undefined) return Date.now();
  try {
    return parseInstant(raw, "at");
  } catch {
    throw new UsageError("--at: must be an ISO-8601 time with a zone, e.g. 2026-11-01T10:00:00Z, or epoch seconds");
  }
}

async function gate(values: Record<string, string | boolean | undefined>): Promise<number> {
  const slug = option(values, "service");
  if (!slug) throw new UsageError("gate needs --service SLUG.");
  const service = await findServiceBySlug(slug);
  if (!service) throw new UsageError(`No service with slug "${slug}".`);
  const decision = await deployGateFor(service, atOption(values));
  console.log(`${decision.allowed ? "ALLOWED" : "DENIED"}: deploys of ${service.slug}`);
  // Each message names its SLO; the slug follows for scripts that match on it.
  for (const reason of decision.reasons) console.log(`  - ${reason.message}${reason.slo ? ` [${reason.slo}]` : ""}`);
  return decision.allowed ? 0 : 1;
}

async function dbBackup(file: string | undefined) {
  if (!file) throw new UsageError("db backup needs a target FILE.");
  const { sqlite } = getConnection();
  // better-sqlite3's online backup copies pages while other connections keep writing.
  await sqlite.backup(file);
  writeAudit(getConnection().db, CLI_ACTOR, { action: "db.backup", entity: "instance", after: { file } });
  console.log(`Backed up ${databasePath()} to ${file}.`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      scopes: { type: "string" },
      teams: { type: "string" },
      service: { type: "string" },
      at: { type: "string" },
      title: { type: "string" },
      severity: { type: "string" },
      summary: { type: "string" },
      status: { type: "string" },
      note: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [group, command, ...rest] = positionals;
  if (!group || group === "help" || values.help) {
    console.log(USAGE);
    return group || values.help ? 0 : 2;
  }
  const key = `${group} ${command ?? ""}`.trim();
  switch (key) {
    case "user create":
      await userCreate(values);
      return 0;
    case "user reset-password":
      await userResetPassword(values);
      return 0;
    case "token create":
      await tokenCreate(values);
      return 0;
    case "seed demo": {
      const summary = await seedDemo(CLI_ACTOR);
      console.log(
        `Demo seeded: ${summary.teams} teams, ${summary.services} services, ${summary.users} users, ` +
          `${summary.slos} SLOs with ${summary.sliMinutes.toLocaleString("en-US")} minutes of SLI data, ${summary.deployments} deployments and ${summary.incidents} incidents added.`,
      );
      // The cost year is seeded through the import (a change function), so here rather than in db/seed/demo.ts.
      const costs = await seedDemoCosts(CLI_ACTOR, Date.now());
      console.log(`Demo costs seeded: ${costs.costRecords.toLocaleString("en-US")} cost lines and ${costs.trafficMonths} service-months of traffic added.`);
      return 0;
    }
    case "evaluate": {
      const summary = await evaluateAll(atOption(values));
      console.log(
        `Evaluated ${summary.slos} SLOs at ${summary.at.toISOString()} in ${summary.durationMs.toFixed(0)} ms: ` +
          `${summary.alertsFired} alerts fired, ${summary.alertsResolved} resolved, ${summary.policyChanges} policy changes.`,
      );
      return 0;
    }
    case "gate":
      return gate(values);
    case "incident declare":
    case "incident update":
      console.log(await incidentCommand(command, rest, values));
      return 0;
    case "db migrate":
      migrateDatabaseFile();
      console.log(`Migrations applied to ${databasePath()}.`);
      return 0;
    case "db backup":
      await dbBackup(rest[0]);
      return 0;
    default:
      throw new UsageError(`Unknown command "${key}".`);
  }
}

main(process.argv.slice(2))
  .then((code) => {
    closeDb();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    closeDb();
    if (error instanceof UsageError || error instanceof ChangeError || (error instanceof Error && error.name === "ConflictError")) {
      console.error(`error: ${error.message}`);
      if (error instanceof UsageError) console.error("Run `npm run keel -- help` for usage.");
    } else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`error: ${error.message}\nRun \`npm run keel -- help\` for usage.`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  });
