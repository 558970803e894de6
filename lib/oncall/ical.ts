// A schedule's shifts as an iCalendar (RFC 5545) feed: one VEVENT per shift, in the schedule's own time zone.
import { TZDate, tzOffset } from "@date-fns/tz";
import { ICalCalendar } from "ical-generator";

export type FeedShift = { from: number; until: number; userId: number; name: string; email: string; override: boolean };
export type FeedSchedule = { slug: string; name: string; teamName: string; timeZone: string };

const MINUTE = 60_000;
const DAY = 86_400_000;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
const localStamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
};

/** The instants in [from, to) where the zone's UTC offset changes, to the minute, with the offsets either side. */
function transitions(timeZone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const offset = (ms: number) => tzOffset(timeZone, new Date(ms));
  const found: { at: number; before: number; after: number }[] = [];
  for (let day = from; day < to; day += DAY) {
    const [a, b] = [offset(day), offset(Math.min(day + DAY, to))];
    if (a === b) continue;
    let [lo, hi] = [day, Math.min(day + DAY, to)];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE || lo + MINUTE;
      if (offset(mid) === a) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: a, after: b });
  }
  return found;
}

/**
 * A VTIMEZONE for the zone over [from, to), built from the runtime's own zone data (the data TZDate uses for
 * the handoffs): one observance per offset change, each DTSTART in the local time before the change.
 */
export function vtimezone(timeZone: string, from: number, to: number): string {
  const changes = transitions(timeZone, from - 366 * DAY, to + 366 * DAY);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const standardOffset = Math.min(...changes.flatMap((c) => [c.before, c.after]), tzOffset(timeZone, new Date(from)));
  if (!changes.length) {
    const fixed = tzOffset(timeZone, new Date(from));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offsetText(fixed)}`, `TZOFFSETTO:${offsetText(fixed)}`, "END:STANDARD");
  }
  for (const change of changes) {
    const kind = change.after > standardOffset ? "DAYLIGHT" : "STANDARD";
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(change.at + change.before * MINUTE)}`, `TZOFFSETFROM:${offsetText(change.before)}`, `TZOFFSETTO:${offsetText(change.after)}`, `END:${kind}`);
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

/** The feed's text; `stamp` is the DTSTAMP of every event (when the feed was generated). */
export function scheduleFeed(schedule: FeedSchedule, shifts: readonly FeedShift[], stamp: number): string {
  const calendar = new ICalCalendar({ name: `On call: ${schedule.name} (${schedule.teamName})`, prodId: { company: "Keel", product: "on-call", language: "EN" }, ttl: 3600 });
  const first = shifts[0]?.from ?? stamp;
  const last = shifts.at(-1)?.until ?? stamp;
  calendar.timezone({ name: schedule.timeZone, generator: (zone) => vtimezone(zone, first, last) });
  for (const shift of shifts) {
    calendar.createEvent({
      id: `${schedule.slug}-${shift.from}-${shift.userId}@keel`,
      // TZDate: ical-generator writes its wall-clock time in the zone, with the TZID.
      start: new TZDate(shift.from, schedule.timeZone),
      end: new TZDate(shift.until, schedule.timeZone),
      timezone: schedule.timeZone,
      stamp: new Date(stamp),
      summary: `${shift.override ? "On call (override)" : "On call"}: ${shift.name}`,
      description: `${shift.name} <${shift.email}> is on call for ${schedule.name} (${schedule.teamName}).`,
    });
  }
  // ical-generator writes DTSTAMP in the calendar's zone without a TZID (floating); RFC 5545 wants it in UTC.
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${localStamp(stamp)}Z`);
}
