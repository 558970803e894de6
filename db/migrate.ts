// Applies pending drizzle-kit migrations to a SQLite file. No "server-only" marker: the CLI and the server's start hook use it too.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.KEEL_DB ?? "./data/keel.db");
}

export function migrationsFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");
}

export function openSqlite(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MiB of page cache: status reads touch a few pages per SLO, and those stay hot between evaluations.
  sqlite.pragma("cache_size = -65536");
  return sqlite;
}

export function applyMigrations(sqlite: Database.Database): void {
  migrate(drizzle(sqlite), { migrationsFolder: migrationsFolder() });
}

/** Opens the database at KEEL_DB, migrates it, and closes it again. */
export function migrateDatabaseFile(file = databasePath()): void {
  const sqlite = openSqlite(file);
  try {
    applyMigrations(sqlite);
  } finally {
    sqlite.close();
  }
}
