// Who owns the service: slug, team, tier and the team's members.
import { listTeamMembers } from "@/db/queries/teams";
import type { ServiceWithTeam } from "@/db/queries/services";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { TIER_LABELS } from "@/lib/catalog/schemas";
import { OnCallSummary } from "@/components/oncall/on-call-summary";
import { summaryItems } from "@/lib/oncall/view/summary";
import { schedulesNowNext } from "@/lib/server/oncall/reads";

export async function Ownership({ service }: { service: ServiceWithTeam }) {
  const [members, onCall] = await Promise.all([listTeamMembers(service.teamId), schedulesNowNext({ teamId: service.teamId })]);
  return (
    <Card aria-labelledby="ownership">
      <CardTitle id="ownership">Ownership</CardTitle>
      <dl className="mt-2 divide-y divide-border">
        <div className="flex items-center justify-between py-1.5 text-sm">
          <dt className="text-muted">Slug</dt>
          <dd className="font-mono">{service.slug}</dd>
        </div>
        <div className="flex items-center justify-between py-1.5 text-sm">
          <dt className="text-muted">Owning team</dt>
          <dd>{service.teamName}</dd>
        </div>
        <div className="flex items-center justify-between py-1.5 text-sm">
          <dt className="text-muted">Tier</dt>
          <dd>
            <Badge tone={service.tier === 1 ? "danger" : service.tier === 2 ? "warning" : "neutral"}>{TIER_LABELS[service.tier]}</Badge>
          </dd>
        </div>
        <div className="py-1.5 text-sm">
          <dt className="text-muted">On call</dt>
          <dd className="mt-1">
            <OnCallSummary items={summaryItems(onCall)} />
          </dd>
        </div>
        <div className="py-1.5 text-sm">
          <dt className="text-muted">Team members</dt>
          <dd className="mt-1">{members.length ? members.map((m) => m.name).join(", ") : "No members yet — an admin adds them in Settings → Teams."}</dd>
        </div>
      </dl>
    </Card>
  );
}
