// React Query keys, API URLs and fetchers, defined once so the server's prefetch and the client's useQuery agree.
import type { SloHistoryResponse, SloSeriesResponse } from "./view/chart-data";
import type { StatusObject } from "./view/overview";

type SearchResult = { kind: string; title: string; subtitle: string; href: string };

/** A time range in epoch milliseconds, as the charts resolve it. */
type QueryRange = { fromMs: number; toMs: number };

// One root per resource, so `invalidateQueries({ queryKey: sloQueryKeys.all })` reaches every SLO read.
export const sloQueryKeys = {
  all: ["slos"] as const,
  statuses: () => ["slos", "statuses"] as const,
  /** The selection ("window", "24h", "custom:…") sits at index 3 so a placeholder can tell a change of range from a new minute. */
  series: (slug: string, selection: string, range: QueryRange | null, stepMinutes: number) => ["slos", slug, "series", selection, range?.fromMs ?? null, range?.toMs ?? null, stepMinutes] as const,
  history: (slug: string, selection: string, range: QueryRange | null) => ["slos", slug, "history", selection, range?.fromMs ?? null, range?.toMs ?? null] as const,
  search: (q: string) => ["search", q] as const,
};

/** The range selection a series or history key was built for. */
export function selectionOfKey(queryKey: readonly unknown[] | undefined): unknown {
  return queryKey?.[3];
}

const rangeParams = (range: QueryRange) => `from=${new Date(range.fromMs).toISOString()}&to=${new Date(range.toMs).toISOString()}`;

export const sloApiUrls = {
  statuses: () => "/api/v1/slos",
  series: (slug: string, range: QueryRange, stepMinutes: number) => `/api/v1/slos/${encodeURIComponent(slug)}/series?${rangeParams(range)}&step=${stepMinutes}m`,
  history: (slug: string, range: QueryRange) => `/api/v1/slos/${encodeURIComponent(slug)}/history?${rangeParams(range)}`,
  search: (q: string) => `/api/v1/search?q=${encodeURIComponent(q)}`,
};

/** An API answer that was not 2xx: callers decide from the status whether a retry can help. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function apiMessageOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const { error } = body;
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : null;
}

function describeFailure(status: number, what: string, apiMessage: string | null): string {
  if (status === 401) return `Couldn't load ${what}: you are signed out. Sign in again, then retry.`;
  if (status === 403) return `Couldn't load ${what}: your account may not read this SLO${apiMessage ? ` (${apiMessage})` : ""}.`;
  if (status === 404) return `Couldn't load ${what}: this SLO no longer exists.`;
  if (status >= 500) return `Couldn't load ${what}: the server had an error (HTTP ${status}). Retry, or ask an admin to check the server log.`;
  return `Couldn't load ${what} (HTTP ${status})${apiMessage ? `: ${apiMessage}` : "."}`;
}

async function fetchJson<T>(url: string, what: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`Couldn't reach Keel to load ${what}. Check your network connection, then retry.`);
  }
  if (!response.ok) {
    const apiMessage = await response.json().then(apiMessageOf, () => null);
    throw new HttpError(response.status, describeFailure(response.status, what, apiMessage));
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`Couldn't load ${what}: the server's answer was not readable JSON. Retry, or ask an admin to check the server log.`);
  }
}

export const fetchSloSeries = (slug: string, range: QueryRange, stepMinutes: number, signal?: AbortSignal) =>
  fetchJson<SloSeriesResponse>(sloApiUrls.series(slug, range, stepMinutes), "the SLI series", signal);

export const fetchSloHistory = (slug: string, range: QueryRange, signal?: AbortSignal) =>
  fetchJson<SloHistoryResponse>(sloApiUrls.history(slug, range), "alert and deployment history", signal);

// The overview shows this message inline after "Could not refresh:", so it stays short.
export async function fetchSloStatuses(signal?: AbortSignal): Promise<StatusObject[]> {
  const response = await fetch(sloApiUrls.statuses(), { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(response.status === 401 ? "your session has ended; sign in again" : `the server answered ${response.status}`);
  return ((await response.json()) as { slos: StatusObject[] }).slos;
}

export async function fetchSearchResults(q: string, signal?: AbortSignal): Promise<SearchResult[]> {
  const response = await fetch(sloApiUrls.search(q), { signal });
  if (!response.ok) throw new Error(`Search failed (${response.status})`);
  return ((await response.json()) as { results: SearchResult[] }).results;
}
