// Database liveness for the health endpoint.
import "server-only";
import { getConnection } from "../client";

export async function pingDatabase(): Promise<boolean> {
  try {
    return getConnection().sqlite.prepare("select 1 as ok").get() !== undefined;
  } catch (error) {
    console.error("health: database check failed", error);
    return false;
  }
}
