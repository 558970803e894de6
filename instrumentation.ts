// Runs once when the server starts: apply pending migrations, then start the SLO evaluator (unless KEEL_EVALUATOR=off)
// and, on a demo instance, its live traffic (unless KEEL_DEMO_TRAFFIC=off); beside the evaluator, incidents open from SLO
// page alerts and stale data, and the incidents' overdue and escalation sweep runs every minute; then the notifier.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { migrateDatabaseFile } = await import("./db/migrate");
  migrateDatabaseFile();
  // Keel's default readiness templates exist on every instance (inserted only when there are none at all).
  const { ensureDefaultTemplates } = await import("./lib/server/readiness/templates");
  await ensureDefaultTemplates();
  if (process.env.KEEL_EVALUATOR !== "off") {
    // Page alerts and stale-data episodes the evaluator reports open incidents (per SLO setting): listen before it starts.
    const { subscribeSloIncidents } = await import("./lib/server/incidents/slo-alerts");
    subscribeSloIncidents();
    const { startEvaluator } = await import("./lib/server/slo/evaluator");
    // On a demo instance, keep the demo SLOs' traffic flowing up to now before each evaluation.
    const { extendDemoTraffic } = await import("./db/seed/demo-live");
    const liveDemo = process.env.KEEL_DEMO_TRAFFIC !== "off";
    startEvaluator(60_000, { beforeEvaluate: liveDemo ? extendDemoTraffic : undefined });
    // Catch up at once, so the first page after a restart is current.
    if (liveDemo) extendDemoTraffic().catch((error: unknown) => console.error("demo traffic: catching up failed", error));
    const { startIncidentSweep } = await import("./lib/server/incidents/sweep");
    startIncidentSweep(60_000);
  }
  // Incident notifications go out as incidents change; retries are swept every 15 s.
  const { startNotifier } = await import("./lib/server/incidents/notifications");
  startNotifier({ baseUrl: process.env.NEXTAUTH_URL ?? null });
}
