// The incident's timeline, oldest first: automatic entries and people's notes, each with its time, kind and who.
import { Activity, AlertTriangle, ArrowUpCircle, Bell, FileText, Flag, GitCommit, MessageSquare, Rocket, ShieldAlert, UserCog, Wrench } from "lucide-react";
import type { ComponentType } from "react";
import { FormattedTime } from "@/components/ui/formatted-time";
import type { TimelineKind } from "@/lib/incidents/types";
import type { IncidentAction } from "./change-form";
import { AddNoteForm, EditNoteForm } from "./note-forms";

export type TimelineItem = { id: number; atIso: string; kind: TimelineKind; text: string; actor: string; editedAtIso: string | null };

const KINDS: Record<TimelineKind, { label: string; icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }> }> = {
  status: { label: "Status", icon: Activity },
  severity: { label: "Severity", icon: AlertTriangle },
  role: { label: "Role", icon: UserCog },
  assignment: { label: "Assignment", icon: UserCog },
  alert: { label: "Alert", icon: Bell },
  deploy: { label: "Deploy", icon: Rocket },
  note: { label: "Note", icon: MessageSquare },
  escalation: { label: "Escalation", icon: ArrowUpCircle },
  slo: { label: "SLO", icon: ShieldAlert },
  service: { label: "Service", icon: Wrench },
  postmortem: { label: "Postmortem", icon: FileText },
  drill: { label: "Drill", icon: Flag },
};

export function Timeline({
  items,
  addNote,
  editNote,
}: {
  items: TimelineItem[];
  /** Present only for people who may change the incident. */
  addNote?: IncidentAction;
  editNote?: (entryId: number) => IncidentAction;
}) {
  return (
    <div className="grid gap-4">
      {items.length === 0 ? (
        <p className="text-sm text-muted">Nothing on the timeline yet.</p>
      ) : (
        <ol aria-label="Timeline" className="grid gap-0 border-l-2 border-border pl-4">
          {items.map((item) => {
            const kind = KINDS[item.kind] ?? { label: item.kind, icon: GitCommit };
            const Icon = kind.icon;
            return (
              <li key={item.id} className="relative py-2 text-sm">
                <span className="absolute top-3 -left-[1.4rem] rounded-full bg-bg p-0.5 text-muted">
                  <Icon aria-hidden size={14} />
                </span>
                <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
                  <FormattedTime iso={item.atIso} />
                  <span className="font-medium text-fg">{kind.label}</span>
                  <span>· {item.actor}</span>
                  {item.editedAtIso ? <span>· edited</span> : null}
                </div>
                <p className="mt-0.5 whitespace-pre-wrap [overflow-wrap:anywhere]">{item.text}</p>
                {item.kind === "note" && editNote ? <EditNoteForm action={editNote(item.id)} text={item.text} atIso={item.atIso} /> : null}
              </li>
            );
          })}
        </ol>
      )}
      {addNote ? <AddNoteForm action={addNote} /> : null}
    </div>
  );
}
