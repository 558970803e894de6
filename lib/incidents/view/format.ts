// Minutes and durations in the words the incident pages use: "5 min", "1 h", "1 day", "2 h 5 min".

const MINUTES_PER_DAY = 1_440;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A target or window in minutes, in its two largest units: 5 → "5 min", 60 → "1 h", 1440 → "1 day", 90 → "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole === 0) return "0 min";
  const days = Math.floor(whole / MINUTES_PER_DAY);
  const hours = Math.floor((whole % MINUTES_PER_DAY) / 60);
  const mins = whole % 60;
  const parts = [days ? plural(days, "day") : null, hours ? `${hours} h` : null, mins ? `${mins} min` : null].filter((p): p is string => p !== null);
  return parts.slice(0, 2).join(" ");
}

/** A drill's or incident's timing in minutes, "—" when the step was not reached. */
export function formatTiming(minutes: number | null): string {
  return minutes === null ? "—" : formatMinutes(minutes);
}

/** A span of time, rounded down to the minute; under a minute reads "under 1 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return minutes === 0 ? "under 1 min" : formatMinutes(minutes);
}

/** An escalation rule in words: null → "never on its own", 0 → "at once", 60 → "after 1 h". */
export function formatEscalation(afterMinutes: number | null): string {
  if (afterMinutes === null) return "never on its own";
  return afterMinutes === 0 ? "at once" : `after ${formatMinutes(afterMinutes)}`;
}
