// The {number} of an incident path: a positive integer, else no such incident (404).
import { notFound } from "./errors";

export function incidentNumberParam(raw: string | undefined): number {
  const number = Number(raw?.replace(/^#/, ""));
  if (!Number.isSafeInteger(number) || number < 1) throw notFound(`No incident #${raw ?? ""}`);
  return number;
}

export function entryIdParam(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`No timeline entry ${raw ?? ""}`);
  return id;
}

export function actionItemIdParam(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`No action item ${raw ?? ""}`);
  return id;
}
