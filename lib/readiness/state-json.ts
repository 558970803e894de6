// A service's readiness as `GET /api/v1/readiness` answers it.
import type { ServiceReadiness } from "./state";

export function readinessToJson(serviceSlug: string, r: ServiceReadiness) {
  return {
    service: serviceSlug,
    state: r.state,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    reviewDueAt: r.reviewDueAt?.toISOString() ?? null,
    level: r.level,
    passed: r.passed,
    applicable: r.applicable,
    blockers: r.blockers.map((b) => ({ item: b.item, message: b.message })),
  };
}
