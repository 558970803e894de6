// Loads `.env*` files into process.env the way `next` does, before the CLI computes anything from it
// (the database path, the port, the session secret). Import it first: the work happens while the
// module is evaluated, so every module imported after it sees the files' values.
// Order, first wins: the real environment, then `.env.$mode.local`, `.env.local` (skipped when
// NODE_ENV is "test"), `.env.$mode`, `.env` — mode is "development" for `--dev`, "test" under
// NODE_ENV=test, else "production".
import { loadEnvConfig } from "@next/env";

const quiet = { info: () => {}, error: (...args: unknown[]) => console.error(...args) };

export const loadedEnvFiles = loadEnvConfig(process.cwd(), process.argv.slice(2).includes("--dev"), quiet).loadedEnvFiles.map(
  (file) => file.path,
);
