// The deploy gate: open or closed beside the SLOs heading, then why, and (for admins) the exceptions that hold it open.
import type { ServiceWithTeam } from "@/db/queries/services";
import { GateExceptions } from "@/components/slo/gate-exceptions";
import { Badge } from "@/components/ui/badge";
import { loadGate, pageNow } from "../_data";

export async function DeployGateBadge({ service }: { service: ServiceWithTeam }) {
  const { gate } = await loadGate(service.slug, service.id);
  return (
    <p className="text-sm">
      Deploy gate:{" "}
      {gate.allowed ? <Badge tone="success">{gate.exception ? "open by exception" : "open"}</Badge> : <Badge tone="danger">closed</Badge>}
    </p>
  );
}

export async function DeployGateDetails({ service, isAdmin }: { service: ServiceWithTeam; isAdmin: boolean }) {
  const { gate, exceptions } = await loadGate(service.slug, service.id);
  const now = pageNow();
  return (
    <>
      {gate.reasons.length ? (
        <ul className="list-disc pl-5 text-sm text-muted">
          {gate.reasons.map((reason, index) => (
            <li key={index}>
              {reason.slo ? <span className="font-mono">{reason.slo}</span> : null} {reason.message}
            </li>
          ))}
        </ul>
      ) : null}
      {isAdmin && (!gate.allowed || gate.exception || exceptions.length) ? (
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
    </>
  );
}
