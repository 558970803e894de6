// The SLO list's filters, sort orders and pages, over rows already computed by the status engine.
import type { SloRow } from "./rows";
import { byTrouble, shownBudgetLeft } from "./rows";

export const SLO_SORTS = {
  trouble: { label: "Trouble first", order: "trouble first", compare: byTrouble },
  budget: { label: "Budget left, least first", order: "the least budget left first", compare: (a: SloRow, b: SloRow) => shownBudgetLeft(a) - shownBudgetLeft(b) || a.name.localeCompare(b.name) },
  burn: { label: "Burn rate (1 h), fastest first", order: "the fastest burn over the last hour first", compare: (a: SloRow, b: SloRow) => b.burn1h - a.burn1h || a.name.localeCompare(b.name) },
  name: { label: "Name", order: "by name", compare: (a: SloRow, b: SloRow) => a.name.localeCompare(b.name) },
} as const;

export type SloSort = keyof typeof SLO_SORTS;

export type SloListQuery = { q?: string; status?: string; service?: string; tier?: string; sort?: string; page?: string };

export const SLO_PAGE_SIZE = 50;

/** The list's subtitle, naming the order the rows are in. */
export function sloListSubtitle(sort: SloSort): string {
  return `Every service level objective with its SLI, the error budget left in its window, how fast it burns, and its policy state; ${SLO_SORTS[sort].order}.`;
}

export function listSloRows(rows: readonly SloRow[], query: SloListQuery, pageSize = SLO_PAGE_SIZE) {
  const q = query.q?.trim().toLowerCase();
  const sort: SloSort = query.sort && query.sort in SLO_SORTS ? (query.sort as SloSort) : "trouble";
  const matching = rows
    // "stale" is not a status but the "Data missing" badge beside one: a filter for it finds silent SLOs.
    .filter((row) => !query.status || (query.status === "stale" ? row.stale === true : row.status === query.status))
    .filter((row) => !query.service || row.service === query.service)
    .filter((row) => !query.tier || String(row.tier) === query.tier)
    .filter((row) => !q || `${row.name} ${row.slug} ${row.serviceName} ${row.segment ?? ""}`.toLowerCase().includes(q))
    .sort(SLO_SORTS[sort].compare);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(Number(query.page ?? "1")) || 1));
  return { rows: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pages, sort };
}
