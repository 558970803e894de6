// Instance-wide settings, one JSON value per key.
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { settings } from "../schema";
import type { Writer } from "./audit";

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = getDb().select().from(settings).where(eq(settings.key, key)).get();
  return row?.value as T | undefined;
}

export function putSetting(tx: Writer, key: string, value: unknown): void {
  tx.insert(settings)
    .values({ key, value, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
    .run();
}

export async function isDemoInstance(): Promise<boolean> {
  return (await getSetting<boolean>("demo")) === true;
}
