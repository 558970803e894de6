// `npm start`: migrate the database, make sure a session secret exists, then serve the production build.
// `--dev` serves the development server instead.
import "./env";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, migrateDatabaseFile } from "@/db/migrate";
import { getAuthSecret } from "@/lib/auth/secret";

const nextBin = path.resolve("node_modules/.bin/next");

export function serverEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    KEEL_DB: databasePath(),
    NEXTAUTH_SECRET: getAuthSecret(),
    // Without a configured public URL, trust the Host header (Keel is usually behind the company's proxy).
    ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
  };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

export function hasProductionBuild(): boolean {
  return fs.existsSync(path.resolve(".next/BUILD_ID"));
}

export async function startServer(dev: boolean): Promise<number> {
  migrateDatabaseFile();
  const env = serverEnv();
  const args = [dev ? "dev" : "start", "--port", process.env.PORT ?? "3000"];
  // Bind where HOSTNAME says; by default Next listens on all interfaces.
  if (process.env.HOSTNAME && process.env.KEEL_BIND_HOSTNAME !== "0") args.push("--hostname", process.env.HOSTNAME);
  if (!dev && !hasProductionBuild()) {
    console.log("No production build found; building first (about a minute)…");
    const built = await run(nextBin, ["build"], env);
    if (built !== 0) return built;
  }
  return run(nextBin, args, env);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  startServer(process.argv.includes("--dev")).then((code) => process.exit(code));
}
