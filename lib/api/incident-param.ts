// Ids in incident paths ({number}, a note's {id}, a drill's or action item's {id}): positive integers, else 404.
import { notFound } from "./errors";

function positiveId(raw: string | undefined, missing: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`${missing}${raw ?? ""}`);
  return id;
}

export const incidentNumberParam = (raw: string | undefined) => positiveId(raw?.replace(/^#/, ""), "No incident #");
export const entryIdParam = (raw: string | undefined) => positiveId(raw, "No timeline entry ");
export const drillIdParam = (raw: string | undefined) => positiveId(raw, "No drill ");
export const actionItemIdParam = (raw: string | undefined) => positiveId(raw, "No action item ");
