// "Major outages": the team's SEV1 incidents in the months before and after its first approved readiness review.
import { FormattedTime } from "@/components/ui/formatted-time";

export type MajorOutagesView = { approvedAt: string | null; windowMonths: number; before: number | null; after: number | null; changePct: number | null };

const signed = (pct: number) => (pct > 0 ? `+${pct}%` : pct < 0 ? `−${Math.abs(pct)}%` : "0%");

export function MajorOutages({ view }: { view: MajorOutagesView }) {
  if (!view.approvedAt || view.before === null || view.after === null) {
    return <p className="text-sm text-muted">No readiness review of this team has been approved yet. Once one is, this compares its SEV1 incidents in the {view.windowMonths} months before and after.</p>;
  }
  const figures = [
    { label: `SEV1 incidents, ${view.windowMonths} months before`, value: String(view.before) },
    { label: `SEV1 incidents, ${view.windowMonths} months after`, value: String(view.after) },
    { label: "Change", value: view.changePct === null ? "—" : signed(view.changePct) },
  ];
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">
        Around the team&apos;s first approved readiness review, <FormattedTime iso={view.approvedAt} dateOnly />. Drills never count.
      </p>
      <dl className="grid grid-cols-3 gap-3">
        {figures.map((f) => (
          <div key={f.label} className="rounded-md border border-border p-3">
            <dt className="text-xs text-muted">{f.label}</dt>
            <dd className={`mt-1 text-2xl font-semibold tabular-nums ${f.label === "Change" && (view.changePct ?? 0) < 0 ? "text-success" : ""}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
