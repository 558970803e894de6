import Link from "next/link";
import { nowMs } from "@/lib/clock";
import { ExternalLink, Pencil } from "lucide-react";
import { notFound } from "next/navigation";
import { findServiceBySlug } from "@/db/queries/services";
import { listTeamMembers } from "@/db/queries/teams";
import { gateDecisionOf } from "@/db/queries/deploy-gate";
import { listDeployments, listGateExceptions } from "@/db/queries/deploys";
import { FormattedTime } from "@/components/ui/formatted-time";
import { GateExceptions } from "@/components/slo/gate-exceptions";
import { getTierTargets } from "@/db/queries/settings";
import { budgetTrends, listSloStatuses } from "@/db/queries/slo-status";
import { sparklineInstants } from "@/lib/slo/view/sparkline";
import { SloTable } from "@/components/slo/slo-table";
import { formatTarget } from "@/lib/slo/format";
import { byTrouble, toSloRow } from "@/lib/slo/view/rows";
import { DeleteServiceButton } from "@/components/services/delete-service-button";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { canEditTeamResource } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";
import { TIER_LABELS } from "@/lib/catalog/schemas";
import { deleteServiceAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const service = await findServiceBySlug((await params).slug);
  return { title: service?.name ?? "Service" };
}

function LinkRow({ label, href }: { label: string; href: string | null }) {
  return (
    <div className="flex items-center justify-between gap-3 py-1.5 text-sm">
      <dt className="text-muted">{label}</dt>
      <dd className="min-w-0 truncate">
        {href ? (
          <a href={href} className="inline-flex items-center gap-1 text-primary hover:underline" rel="noreferrer noopener" target="_blank">
            {href.replace(/^https?:\/\//, "")} <ExternalLink aria-hidden size={12} />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        ) : (
          <span className="text-muted">Not set</span>
        )}
      </dd>
    </div>
  );
}

export default async function ServicePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser();
  const service = await findServiceBySlug(slug);
  if (!service) notFound();
  const now = nowMs();
  const [members, statuses, tierTargets, exceptions] = await Promise.all([
    listTeamMembers(service.teamId),
    listSloStatuses(now, { service: service.slug }),
    getTierTargets(),
    listGateExceptions(service.id),
  ]);
  const gate = gateDecisionOf(statuses, exceptions, now);
  const deployments = await listDeployments(service.id, undefined, 8);
  const trends = await budgetTrends(
    statuses.map((s) => s.record),
    sparklineInstants(now),
  );
  const sloRows = statuses.map((s) => ({ ...toSloRow(s), trend: trends.get(s.record.id) })).sort(byTrouble);
  const canEdit = canEditTeamResource(user, service.teamId);
  return (
    <div>
      <PageHeader
        title={service.name}
        description={service.description || "No description yet."}
        actions={
          canEdit ? (
            <>
              <ButtonLink href={`/services/${service.slug}/edit`}>
                <Pencil aria-hidden size={16} /> Edit
              </ButtonLink>
              <DeleteServiceButton name={service.name} action={deleteServiceAction.bind(null, service.slug)} />
            </>
          ) : null
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
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
              <dt className="text-muted">Team members</dt>
              <dd className="mt-1">{members.length ? members.map((m) => m.name).join(", ") : "No members yet — an admin adds them in Settings → Teams."}</dd>
            </div>
          </dl>
        </Card>
        <Card aria-labelledby="links">
          <CardTitle id="links">Links</CardTitle>
          <dl className="mt-2 divide-y divide-border">
            <LinkRow label="Repository" href={service.repoUrl} />
            <LinkRow label="Dashboard" href={service.dashboardUrl} />
            <LinkRow label="Runbook" href={service.runbookUrl} />
          </dl>
        </Card>
        <section aria-labelledby="slos" className="grid gap-2 md:col-span-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="slos" className="text-lg font-semibold">
              SLOs
            </h2>
            <p className="text-sm">
              Deploy gate:{" "}
              {gate.allowed ? (
                <Badge tone="success">{gate.exception ? "open by exception" : "open"}</Badge>
              ) : (
                <Badge tone="danger">closed</Badge>
              )}
            </p>
          </div>
          {gate.reasons.length ? (
            <ul className="list-disc pl-5 text-sm text-muted">
              {gate.reasons.map((reason, index) => (
                <li key={index}>
                  {reason.slo ? <span className="font-mono">{reason.slo}</span> : null} {reason.message}
                </li>
              ))}
            </ul>
          ) : null}
          {user.role === "admin" && (!gate.allowed || gate.exception || exceptions.length) ? (
            <GateExceptions
              serviceSlug={service.slug}
              exceptions={exceptions.slice(0, 5).map((e) => ({
                id: e.id,
                reason: e.reason,
                grantedBy: e.grantedBy,
                expiresAt: e.expiresAt.toISOString(),
                live: !e.revokedAt && e.expiresAt.getTime() > now,
              }))}
            />
          ) : null}
          {sloRows.length ? (
            <SloTable rows={sloRows} label={`SLOs of ${service.name}`} showService={false} />
          ) : (
            <p className="text-sm text-muted">
              This service has no SLOs yet. An SLO states how reliable the service must be for its users — for a Tier {service.tier} service Keel suggests{" "}
              {formatTarget(tierTargets[service.tier])} availability — and its error budget then drives alerts and the deploy gate.{" "}
              {canEdit ? (
                <Link href={`/slos/new?service=${service.slug}`} className="text-primary underline">
                  Define the first SLO
                </Link>
              ) : (
                "Editors of the owning team define them."
              )}
            </p>
          )}
        </section>
        <section aria-labelledby="deploys" className="grid gap-2 md:col-span-2">
          <h2 id="deploys" className="text-lg font-semibold">
            Recent deployments
          </h2>
          {deployments.length ? (
            <ul className="grid gap-1 text-sm">
              {deployments.map((d) => (
                <li key={d.id}>
                  <FormattedTime iso={d.at.toISOString()} /> · <span className="font-mono">{d.version}</span>
                  {d.description ? <span className="text-muted"> — {d.description}</span> : null} <span className="text-muted">· {d.recordedBy}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted">
              No deployments recorded. Pipelines record them with <code className="font-mono">POST /api/v1/deployments</code> and ask{" "}
              <code className="font-mono">npm run keel -- gate --service {service.slug}</code> first.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
