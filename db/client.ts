// The one SQLite connection of this process: WAL, foreign keys on, a busy timeout, migrations applied once.
import "server-only";
import type Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { applyMigrations, databasePath, openSqlite } from "./migrate";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

type Connection = { file: string; sqlite: Database.Database; db: Db };

// Kept on globalThis so dev-server reloads reuse the connection instead of leaking new ones.
const globalForDb = globalThis as unknown as { keelDb?: Connection };

export function getConnection(): Connection {
  const file = databasePath();
  const existing = globalForDb.keelDb;
  if (existing && existing.file === file) return existing;
  const sqlite = openSqlite(file);
  applyMigrations(sqlite);
  const connection = { file, sqlite, db: drizzle(sqlite, { schema }) };
  globalForDb.keelDb = connection;
  return connection;
}

export function getDb(): Db {
  return getConnection().db;
}

export function closeDb(): void {
  globalForDb.keelDb?.sqlite.close();
  globalForDb.keelDb = undefined;
}
