// `npm run demo`: migrate, seed the demo company when the database is empty, build, start, print the logins.
import "./env";
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { databasePath, migrateDatabaseFile } from "@/db/migrate";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo-accounts";
import { run, serverEnv } from "./start";

function userCount(): number {
  const sqlite = new Database(databasePath(), { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from users").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function printLogins(port: string) {
  console.log(`\nKeel demo: http://localhost:${port}`);
  console.log(`Sign in with any of these (password ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(22)} ${user.role}`);
  console.log("");
}

async function main(): Promise<number> {
  migrateDatabaseFile();
  if (userCount() === 0) {
    console.log(`Seeding the demo company into ${databasePath()}…`);
    const seeded = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "lib/cli/keel.ts", "seed", "demo"], { stdio: "inherit" });
    if (seeded.status !== 0) return seeded.status ?? 1;
  } else {
    console.log(`${databasePath()} already has users; keeping its data.`);
  }
  const env = serverEnv();
  const nextBin = path.resolve("node_modules/.bin/next");
  console.log("Building Keel (about a minute)…");
  const built = await run(nextBin, ["build"], env);
  if (built !== 0) return built;
  const port = process.env.PORT ?? "3000";
  printLogins(port);
  const args = ["start", "--port", port];
  if (process.env.HOSTNAME && process.env.KEEL_BIND_HOSTNAME !== "0") args.push("--hostname", process.env.HOSTNAME);
  return run(nextBin, args, env);
}

main().then((code) => process.exit(code));
