// The service's latest deployments, and how pipelines record them.
import type { ServiceWithTeam } from "@/db/queries/services";
import { listDeployments } from "@/db/queries/deploys";
import { FormattedTime } from "@/components/ui/formatted-time";

export async function ServiceDeployments({ service }: { service: ServiceWithTeam }) {
  const deployments = await listDeployments(service.id, undefined, 8);
  return deployments.length ? (
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
  );
}
