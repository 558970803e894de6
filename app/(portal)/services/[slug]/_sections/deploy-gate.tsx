// The deploy gate panel: open or closed, since when, why (each reason naming its SLO), the exception holding it open, and for admins the exception form.
import Link from "next/link";
import type { ServiceWithTeam } from "@/db/queries/services";
import { GateExceptions } from "@/components/slo/gate-exceptions";
import { Badge } from "@/components/ui/badge";
import { FormattedTime } from "@/components/ui/formatted-time";
import { loadGate, pageNow } from "../_data";

const iso = (ms: number) => new Date(ms).toISOString();

export async function DeployGatePanel({ service, isAdmin }: { service: ServiceWithTeam; isAdmin: boolean }) {
  const { gate, exceptions, sinceMs, names } = await loadGate(service.slug, service.id);
  const now = pageNow();
  const sloReasons = gate.reasons.filter((r) => r.rule !== "exception");
  const blocking = sloReasons.filter((r) => r.rule !== "warm_up");
  const warmingUp = sloReasons.filter((r) => r.rule === "warm_up");
  const exception = gate.exception ? exceptions.find((e) => e.id === gate.exception!.id) : undefined;
  return (
    <div className="grid gap-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          Deploy gate: {gate.allowed ? <Badge tone="success">{gate.exception ? "open by exception" : "open"}</Badge> : <Badge tone="danger">closed</Badge>}
        </span>
        <span className="text-muted">
          {sinceMs !== null ? (
            <>
              since <FormattedTime iso={iso(sinceMs)} />
            </>
          ) : gate.allowed ? (
            "no freeze recorded"
          ) : (
            "since before the recorded policy history"
          )}
        </span>
      </p>

      {gate.exception ? (
        <p className="text-sm">
          Held open by an exception granted by <strong>{gate.exception.grantedBy}</strong>
          {exception ? (
            <>
              {" "}
              on <FormattedTime iso={exception.createdAt.toISOString()} />
            </>
          ) : null}
          , until <FormattedTime iso={iso(gate.exception.expiresAtMs)} />: {gate.exception.reason}
        </p>
      ) : null}

      {blocking.length ? (
        <div>
          <h3 className="text-sm font-semibold">{gate.allowed ? "Frozen by" : "Closed because"}</h3>
          <ReasonList reasons={blocking} names={names} />
        </div>
      ) : (
        <p className="text-sm text-muted">No SLO of {service.name} is frozen by its error budget policy: deploys may go ahead.</p>
      )}

      {warmingUp.length ? (
        <div>
          <h3 className="text-sm font-semibold">In warm-up (advisory, not blocking)</h3>
          <ReasonList reasons={warmingUp} names={names} />
        </div>
      ) : null}

      {isAdmin && (!gate.allowed || gate.exception || exceptions.length) ? (
        <div className="border-t border-border pt-3">
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
        </div>
      ) : null}
    </div>
  );
}

/** Each reason with its SLO's name as a link to the SLO; the message already starts with that name. */
function ReasonList({ reasons, names }: { reasons: { slo: string; rule: string; message: string }[]; names: Map<string, string> }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
      {reasons.map((reason, index) => {
        const name = names.get(reason.slo) ?? reason.slo;
        const rest = reason.message.startsWith(name) ? reason.message.slice(name.length) : `: ${reason.message}`;
        return (
          <li key={index}>
            <Link href={`/slos/${reason.slo}`} className="font-medium text-primary underline">
              {name}
            </Link>
            {rest}
          </li>
        );
      })}
    </ul>
  );
}
