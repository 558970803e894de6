// Reads the audit log's URL filters: actor text, entity, UTC date range (to is inclusive), page.
export type ParsedAuditFilter = { actor?: string; entity?: string; from?: Date; to?: Date; page: number; error?: string };

const DAY_MS = 86_400_000;

function parseDay(value: string | undefined): Date | undefined | null {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function parseAuditFilter(params: Record<string, string | undefined>): ParsedAuditFilter {
  const from = parseDay(params.from);
  const toDay = parseDay(params.to);
  const page = Math.max(1, Math.floor(Number(params.page ?? "1")) || 1);
  const result: ParsedAuditFilter = {
    actor: params.actor?.trim() || undefined,
    entity: params.entity?.trim() || undefined,
    from: from ?? undefined,
    to: toDay ? new Date(toDay.getTime() + DAY_MS) : undefined,
    page,
  };
  if (from === null || toDay === null) result.error = "Dates must look like 2026-11-25; the bad one was ignored.";
  else if (result.from && result.to && result.from >= result.to) result.error = "“From” is after “To”, so nothing can match.";
  return result;
}
