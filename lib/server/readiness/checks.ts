// TEMPORARY: replaced by rr-checks at merge
import "server-only";
import type { AutomaticCheck, CheckResult } from "@/lib/readiness/types";

export async function evaluateChecks(serviceId: number, checks: { itemKey: string; check: AutomaticCheck }[], nowMs: number): Promise<Map<string, CheckResult>> {
  void serviceId;
  void checks;
  void nowMs;
  return new Map();
}
