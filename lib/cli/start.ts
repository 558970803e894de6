// `npm start`: migrate the database, make sure a session secret exists, then serve the production build.
// `--dev` serves the development server instead.
import "./env";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, migrateDatabaseFile } from "@/db/migrate";
import { proxyTrusted } from "@/lib/auth/rate-limit";
import { getAuthSecret } from "@/lib/auth/secret";

const nextBin = path.resolve("node_modules/.bin/next");

/**
 * How next-auth learns Keel's public URL. AUTH_TRUST_HOST makes it build URLs from X-Forwarded-Host, which any
 * client can send, so Keel sets it only when told a proxy in front sets that header (KEEL_TRUST_PROXY).
 * Otherwise, without NEXTAUTH_URL, the URL is the local one.
 */
export function authUrlEnv(env: Record<string, string | undefined>): { NEXTAUTH_URL?: string; AUTH_TRUST_HOST?: string } {
  if (env.NEXTAUTH_URL) return {};
  if (proxyTrusted(env)) return { AUTH_TRUST_HOST: "true" };
  return { NEXTAUTH_URL: `http://localhost:${env.PORT ?? "3000"}` };
}

export function serverEnv(): NodeJS.ProcessEnv {
  const auth = authUrlEnv(process.env);
  if (auth.NEXTAUTH_URL) {
    console.log(`NEXTAUTH_URL is not set: sign-in redirects use ${auth.NEXTAUTH_URL}. Set it to Keel's public URL, or set KEEL_TRUST_PROXY=1 behind a reverse proxy.`);
  }
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    KEEL_DB: databasePath(),
    NEXTAUTH_SECRET: getAuthSecret(),
    ...auth,
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
