import "server-only";
import { cache } from "react";
import { findDrillById } from "@/db/queries/drills";
import { findIncidentById } from "@/db/queries/incidents";

/** The drill of a path id, once per request; undefined for a malformed or unknown id. */
export const loadDrill = cache(async (raw: string) => {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? findDrillById(id) : undefined;
});

/** The incident a drill ran as, for its findings. */
export const loadDrillIncident = cache(async (incidentId: number) => findIncidentById(incidentId));
