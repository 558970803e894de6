// The incident's timeline, pulled in read-only: what happened when, as the incident recorded it.
import { FormattedTime } from "@/components/ui/formatted-time";
import { loadTimeline } from "../_data";

export async function TimelineSection({ incidentId }: { incidentId: number }) {
  const timeline = await loadTimeline(incidentId);
  if (!timeline.length) return <p className="text-sm text-muted">The incident has no timeline entries yet.</p>;
  return (
    <ol aria-label="Incident timeline" className="grid gap-2 border-l border-border pl-4 text-sm">
      {timeline.map((entry) => (
        <li key={entry.id} className="min-w-0">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
            <FormattedTime iso={entry.at.toISOString()} withSeconds />
            <span>{entry.kind}</span>
            <span>{entry.actorLabel}</span>
          </div>
          <p className="[overflow-wrap:anywhere] whitespace-pre-wrap">{entry.text}</p>
        </li>
      ))}
    </ol>
  );
}
