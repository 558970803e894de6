// Runs once when the server starts: apply pending migrations, then start the SLO evaluator (unless KEEL_EVALUATOR=off).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { migrateDatabaseFile } = await import("./db/migrate");
  migrateDatabaseFile();
  if (process.env.KEEL_EVALUATOR !== "off") {
    const { startEvaluator } = await import("./lib/slo/evaluator");
    startEvaluator();
  }
}
