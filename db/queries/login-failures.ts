// Failed sign-ins, counted per key (account, address) in a sliding window.
import "server-only";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { loginFailures } from "../schema";

export async function countLoginFailures(keys: string[], sinceMs: number): Promise<number[]> {
  const db = getDb();
  return keys.map(
    (key) =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key), gte(loginFailures.at, sinceMs)))
        .get()?.n ?? 0,
  );
}

export async function recordLoginFailure(keys: string[], atMs: number, pruneBeforeMs: number): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    for (const key of keys) tx.insert(loginFailures).values({ key, at: atMs }).run();
    tx.delete(loginFailures).where(lt(loginFailures.at, pruneBeforeMs)).run();
  });
}

export async function clearLoginFailures(keys: string[]): Promise<void> {
  if (keys.length) getDb().delete(loginFailures).where(inArray(loginFailures.key, keys)).run();
}
