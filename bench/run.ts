// `npm run bench`: SLI ingest over HTTP vs raw SQLite inserts, storage per SLO-day, status of 1,000 SLOs from running sums
// vs window scans, the SLO list page over those 1,000 SLOs served by the production build, and 10,000 incidents: the log's
// filtered first page and the analytics figures; readiness checklist clicks and the scorecard of 1,000 services;
// the cost showback page over 100,000 cost lines and the cost what-if recomputed over 5,000 lines.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDb } from "@/db/client";
import { sliStorageBytes } from "@/db/queries/sli";
import { age, createSlos, INGEST_POINTS, INGEST_SLOS, BATCH_POINTS, int, kb, log, millis, MINUTES_PER_DAY, row, seconds, SKIP_PAGE, STATUS_DAYS, STATUS_SLOS, switchToDatabase } from "./common";
import { benchIncidents, INCIDENTS } from "./incidents";
import { benchHttpIngest, benchRawInsert } from "./ingest";
import { benchListPage, type ListPageResult } from "./list-page";
import { benchOncallFeed } from "./oncall";
import { benchReadinessClicks } from "./readiness";
import { benchReadinessScorecard, SCORECARD_SERVICES } from "./readiness-scorecard";
import { benchWhatIf, WHATIF_SERVICES_PER_TEAM, WHATIF_TEAMS } from "./cost-whatif";
import { benchCostImport, COST_IMPORT_ROWS } from "./cost-import";
import { benchCostShowback, SHOWBACK_RECORDS } from "./cost-showback";
import { benchFullStatus, benchStatusFromRunningSums, benchStatusNaive, loadStatusData } from "./status";

const TARGETS = { ingestPointsPerSecond: 150_000, shareOfRaw: 0.4, fullStatusP50Ms: 150, pageP50Ms: 300, clientJsGzipBytes: 250_000, incidentListP50Ms: 300, incidentAnalyticsP50Ms: 200, readinessClickP95Ms: 100, readinessScorecardP50Ms: 300, costImportSeconds: 10, costImportRssGrowthMiB: 200, whatIfRecomputeMs: 100, costShowbackP95Ms: 300 };

const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

function pageSummary(page: ListPageResult | undefined): string[] {
  if (!page) return [row(`(e) /slos page, ${int(STATUS_SLOS)} SLOs`, "skipped (KEEL_BENCH_SKIP_PAGE=1)")];
  const [first, ...variants] = page.pages;
  const lines = [
    row(`(e) /slos page, ${int(first!.listed)} SLOs, full response`, `p50 ${millis(first!.fullP50Ms)} ms, p95 ${millis(first!.fullP95Ms)} ms`, `p50 ≤ ${TARGETS.pageP50Ms} ms`, verdict(first!.fullP50Ms <= TARGETS.pageP50Ms)),
    row(`    time to first byte (${first!.runs} runs)`, `p50 ${millis(first!.ttfbP50Ms)} ms, p95 ${millis(first!.ttfbP95Ms)} ms`),
    ...variants.map((v) => row(`    ${v.path} (${v.runs} runs)`, `p50 ${millis(v.fullP50Ms)} ms, p95 ${millis(v.fullP95Ms)} ms`)),
    row(`    client JS, ${page.js.files} files, gzipped one by one`, `${(page.js.gzipBytes / 1000).toFixed(1)} KB gz (${(page.js.gzipBytes / 1024).toFixed(1)} KiB)`, `≤ ${TARGETS.clientJsGzipBytes / 1000} KB gz`, verdict(page.js.gzipBytes <= TARGETS.clientJsGzipBytes)),
    row("    client JS, raw", kb(page.js.rawBytes)),
    row("    inline scripts incl. RSC payload (info)", `${(page.js.inline.rawBytes / 1000).toFixed(1)} KB raw, ${(page.js.inline.gzipBytes / 1000).toFixed(1)} KB gz`),
    row("    whole HTML document (info)", `${(page.js.html.rawBytes / 1000).toFixed(1)} KB raw, ${(page.js.html.gzipBytes / 1000).toFixed(1)} KB gz`),
    row("    production build served", page.build.built ? "built by this run" : `reused, built ${age(page.build.ageMs)} ago`),
  ];
  return lines;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keel-bench-"));
  const cleanUp = () => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // process.exit still runs "exit" listeners: phase (e) stops its server there.
  process.once("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  const benchStarted = performance.now();
  try {
    const nowMinute = Math.floor(Date.now() / 60_000);
    log(`Keel SLI bench — temporary data in ${dir}`);

    log(`\n(a) HTTP ingest: ${int(INGEST_POINTS)} points for ${INGEST_SLOS} SLOs in ${int(BATCH_POINTS)}-point batches, via node:http on 127.0.0.1 → POST /api/v1/sli`);
    switchToDatabase(dir, "ingest.db");
    const ingestSlos = createSlos(INGEST_SLOS, "ingest");
    const ingest = await benchHttpIngest(ingestSlos, nowMinute);
    log(`    ${int(ingest.result.pointsPerSecond)} points/s (batch p50 ${ingest.result.batchP50Ms.toFixed(1)} ms, p95 ${ingest.result.batchP95Ms.toFixed(1)} ms); stored sums verified: ${ingest.result.verified ? "yes" : "NO"}`);

    log(`\n(b) raw better-sqlite3 inserts of the same ${int(ingest.result.points)} rows (10k-row transactions, same DDL)`);
    const rawRowsPerSecond = benchRawInsert(ingestSlos, ingest.good, ingest.total, ingest.minutes, ingest.firstMinute);
    const share = ingest.result.pointsPerSecond / rawRowsPerSecond;
    log(`    ${int(rawRowsPerSecond)} rows/s; HTTP ingest is ${(share * 100).toFixed(0)}% of raw`);

    log(`\n(c) storage of the ingested minute data (the sli_minutes B-tree, from dbstat)`);
    const ingestBytes = await sliStorageBytes();
    const ingestSloDays = (INGEST_SLOS * ingest.minutes) / MINUTES_PER_DAY;
    const bytesPerSloDay = ingestBytes / ingestSloDays;
    log(`    ${int(ingestBytes)} bytes for ${ingestSloDays.toFixed(1)} SLO-days → ${int(bytesPerSloDay)} bytes per SLO per day`);

    log(`\n(d) status of ${int(STATUS_SLOS)} SLOs with ${STATUS_DAYS} days of minute data each`);
    switchToDatabase(dir, "status.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(dir, `ingest.db${suffix}`), { force: true });
    const statusSlos = createSlos(STATUS_SLOS, "status");
    const load = await loadStatusData(statusSlos, nowMinute);
    log(`    loaded ${int(load.rows)} rows in ${seconds(load.seconds * 1000)} s (${int(load.rows / load.seconds)} rows/s)`);
    const statusBytes = await sliStorageBytes();
    const statusBytesPerSloDay = statusBytes / (STATUS_SLOS * load.days);
    log(`    storage ${int(statusBytes)} bytes → ${int(statusBytesPerSloDay)} bytes per SLO per day`);
    const fast = await benchStatusFromRunningSums(statusSlos, nowMinute, load.days);
    log(`    running sums: p50 ${fast.p50Ms.toFixed(1)} ms, p95 ${fast.p95Ms.toFixed(1)} ms per ${int(STATUS_SLOS)}-SLO pass (${fast.runs} passes); statuses ${JSON.stringify(fast.statuses)}`);
    const full = await benchFullStatus(nowMinute);
    log(`    full status as the API computes it (definitions, org policy, SLI, budget, 7 burn rates, alerts, policy, forecast): p50 ${full.p50Ms.toFixed(1)} ms, p95 ${full.p95Ms.toFixed(1)} ms (${full.runs} passes); statuses ${JSON.stringify(full.statuses)}`);
    const naive = benchStatusNaive(statusSlos, nowMinute, load.days, fast.aggregates);
    log(`    naive scans:  p50 ${seconds(naive.p50Ms)} s, p95 ${seconds(naive.p95Ms)} s per pass (${naive.runs} passes); same sums as running sums: ${naive.agree ? "yes" : "NO"}`);

    let page: ListPageResult | undefined;
    if (SKIP_PAGE) {
      log(`\n(e) the /slos page: skipped (KEEL_BENCH_SKIP_PAGE=1)`);
    } else {
      log(`\n(e) the /slos page over the same ${int(STATUS_SLOS)} SLOs (${load.days} days of data), production build served by next start on 127.0.0.1`);
      page = await benchListPage(dir, path.join(dir, "status.db"), statusSlos);
    }

    log(`\n(f) the iCalendar feed of an on-call schedule with a year of daily handoffs (Europe/London, 26 overrides), rotation arithmetic + ical-generator`);
    const feed = benchOncallFeed(Date.now());
    log(`    ${int(feed.shifts)} shifts → ${int(feed.events)} VEVENTs, ${kb(feed.bytes)}; p50 ${millis(feed.p50Ms)} ms, p95 ${millis(feed.p95Ms)} ms (${feed.runs} runs)`);
    log(`\n(g) incidents: ${int(INCIDENTS)} incidents with 20 timeline entries each, over the last year`);
    switchToDatabase(dir, "incidents.db");
    const incidents = await benchIncidents(Date.now());
    log(`    loaded ${int(incidents.incidents)} incidents and ${int(incidents.entries)} timeline entries in ${incidents.loadSeconds.toFixed(1)} s`);
    log(`    log, status=resolved&severity=SEV2&service=bench-svc-3, first page (searchIncidents): p50 ${millis(incidents.list.p50Ms)} ms, p95 ${millis(incidents.list.p95Ms)} ms (${incidents.list.runs} runs; ${incidents.listed} of ${incidents.total} listed)`);
    log(`    analytics page figures over 365 days (analyticsPage): p50 ${millis(incidents.analytics.p50Ms)} ms, p95 ${millis(incidents.analytics.p95Ms)} ms (${incidents.analytics.runs} runs; ${int(incidents.analytics.counted)} incidents counted, drills left out)`);

    log(`\n(h) readiness checklist clicks: 10 people clicking items of one review at once, PATCH over HTTP, each saved and acknowledged`);
    switchToDatabase(dir, "readiness.db");
    const clicks = await benchReadinessClicks();
    log(`    ${int(clicks.clicks)} clicks → ${int(clicks.saved)} saved, ${int(clicks.stale)} answered stale and retried; p50 ${millis(clicks.p50Ms)} ms, p95 ${millis(clicks.p95Ms)} ms; changes lost: ${clicks.lost}`);

    log(`\n(i) the readiness scorecard: ${int(SCORECARD_SERVICES)} services in 50 teams × 12 categories, every automatic check of the reviews in review evaluated live (readinessScorecard)`);
    switchToDatabase(dir, "scorecard.db");
    const scorecard = await benchReadinessScorecard(Date.now());
    log(`    loaded ${int(scorecard.services)} services with reviews, ${int(scorecard.slos)} SLOs with ${int(scorecard.sliMinutes)} SLI minutes, runbooks, on-call, action items and drills in ${scorecard.loadSeconds.toFixed(1)} s`);
    log(`    ${int(scorecard.services)} services × ${scorecard.categories} categories, ${int(scorecard.checks)} automatic checks per read; states ${JSON.stringify(scorecard.states)}; p50 ${millis(scorecard.p50Ms)} ms, p95 ${millis(scorecard.p95Ms)} ms (${scorecard.runs} runs)`);

    log(`\n(j) cost import: a ${int(COST_IMPORT_ROWS)}-row FOCUS export (all 44 columns) sent over HTTP as text/csv to POST /api/v1/costs of the production build (next start), parsed streaming and written in one transaction`);
    switchToDatabase(dir, "costs.db");
    const costImport = await benchCostImport(dir, path.join(dir, "costs.db"));
    log(`    ${int(costImport.imported)} rows imported from ${(costImport.bytes / 1024 / 1024).toFixed(1)} MiB in ${costImport.seconds.toFixed(1)} s: ${int(costImport.rowsPerSecond)} rows/s; resident memory grew by ${costImport.rssGrowthMiB.toFixed(0)} MiB at its peak`);

    log(`\n(k) the cost showback page of a month over ${int(SHOWBACK_RECORDS)} cost lines (20 teams, 100 services, 12 months): every read the /costs page renders`);
    switchToDatabase(dir, "showback.db");
    const showbackBench = await benchCostShowback();
    log(`    loaded ${int(showbackBench.records)} lines in ${showbackBench.loadSeconds.toFixed(1)} s; ${showbackBench.month} total ${showbackBench.totalCost}; p50 ${millis(showbackBench.p50Ms)} ms, p95 ${millis(showbackBench.p95Ms)} ms (${showbackBench.runs} runs)`);
    log(`\n(l) the cost what-if recomputed as a slider moves: ${WHATIF_TEAMS} teams × ${WHATIF_SERVICES_PER_TEAM} services × 5 signals, the fintech plan with one lever changed per run (simulate, pure, as in the browser)`);
    const whatIf = benchWhatIf();
    log(`    ${int(whatIf.lines)} lines, the plan and each lever alone per run; p50 ${millis(whatIf.p50Ms)} ms, p95 ${millis(whatIf.p95Ms)} ms (${whatIf.runs} runs)`);

    const loud: string[] = [];
    if (INCIDENTS !== 10_000) loud.push(`KEEL_BENCH_INCIDENTS=${INCIDENTS} (default 10,000)`);
    if (INGEST_POINTS !== 1_000_000) loud.push(`KEEL_BENCH_INGEST_POINTS=${INGEST_POINTS} (default 1,000,000)`);
    if (COST_IMPORT_ROWS !== 100_000) loud.push(`KEEL_BENCH_COST_ROWS=${COST_IMPORT_ROWS} (default 100,000)`);
    if (SCORECARD_SERVICES !== 1_000) loud.push(`KEEL_BENCH_SCORECARD_SERVICES=${SCORECARD_SERVICES} (default 1,000)`);
    if (SHOWBACK_RECORDS !== 100_000) loud.push(`KEEL_BENCH_COST_RECORDS=${SHOWBACK_RECORDS} (default 100,000)`);
    if (STATUS_SLOS !== 1_000) loud.push(`KEEL_BENCH_STATUS_SLOS=${STATUS_SLOS} (default 1,000)`);
    if (load.days !== 30) loud.push(`status data holds ${load.days} days per SLO, not 30${load.reduced ? " (the load would have overrun its time budget)" : ""}`);
    if (SKIP_PAGE) loud.push("KEEL_BENCH_SKIP_PAGE=1: phase (e), the /slos page and its client JavaScript, was not measured");
    else if (page?.build.newerSource) loud.push(`phase (e) measured the production build in .next, but ${page.build.newerSource}`);
    if (costImport.build.newerSource) loud.push(`phase (j) measured the production build in .next, but ${costImport.build.newerSource}`);

    log(`\n=== Summary (${os.cpus().length} CPUs, node ${process.version}, total ${seconds(performance.now() - benchStarted)} s) ===`);
    log(row("measure", "result", "target", "verdict"));
    log(row("(a) HTTP ingest, 10k-point batches", `${int(ingest.result.pointsPerSecond)} points/s`, `≥ ${int(TARGETS.ingestPointsPerSecond)}`, verdict(ingest.result.pointsPerSecond >= TARGETS.ingestPointsPerSecond)));
    log(row("(b) raw better-sqlite3 INSERT", `${int(rawRowsPerSecond)} rows/s`));
    log(row("    HTTP ingest ÷ raw", `${(share * 100).toFixed(0)}%`, `≥ ${TARGETS.shareOfRaw * 100}%`, verdict(share >= TARGETS.shareOfRaw)));
    log(row("(c) bytes per SLO per day (ingest data)", `${int(bytesPerSloDay)} B (${(bytesPerSloDay / 1024).toFixed(1)} KiB)`));
    log(row(`    bytes per SLO per day (${int(STATUS_SLOS)} × ${load.days} d)`, `${int(statusBytesPerSloDay)} B (${(statusBytesPerSloDay / 1024).toFixed(1)} KiB)`));
    log(row(`(d) load ${int(STATUS_SLOS)} SLOs × ${load.days} d (bulkAppendSli)`, `${seconds(load.seconds * 1000)} s, ${int(load.rows)} rows`));
    log(row(`    status pass, running sums (${fast.runs} runs)`, `p50 ${fast.p50Ms.toFixed(1)} ms, p95 ${fast.p95Ms.toFixed(1)} ms`));
    log(row(`    full status, API path (${full.runs} runs)`, `p50 ${full.p50Ms.toFixed(1)} ms, p95 ${full.p95Ms.toFixed(1)} ms`, `p50 ≤ ${TARGETS.fullStatusP50Ms} ms`, verdict(full.p50Ms <= TARGETS.fullStatusP50Ms)));
    log(row(`    status pass, naive scans (${naive.runs} runs)`, `p50 ${seconds(naive.p50Ms)} s, p95 ${seconds(naive.p95Ms)} s`));
    log(row("    speed-up (p50)", `${int(naive.p50Ms / fast.p50Ms)}×`));
    for (const line of pageSummary(page)) log(line);
    log(row(`(f) iCal feed, a year of daily handoffs (${feed.runs} runs)`, `p50 ${millis(feed.p50Ms)} ms, p95 ${millis(feed.p95Ms)} ms, ${kb(feed.bytes)}, ${int(feed.events)} events`));
    log(row(`(g) incident log, filtered first page`, `p50 ${millis(incidents.list.p50Ms)} ms, p95 ${millis(incidents.list.p95Ms)} ms`, `p50 ≤ ${TARGETS.incidentListP50Ms} ms`, verdict(incidents.list.p50Ms <= TARGETS.incidentListP50Ms)));
    log(row(`    analytics figures, ${int(incidents.incidents)} incidents`, `p50 ${millis(incidents.analytics.p50Ms)} ms, p95 ${millis(incidents.analytics.p95Ms)} ms`, `p50 ≤ ${TARGETS.incidentAnalyticsP50Ms} ms`, verdict(incidents.analytics.p50Ms <= TARGETS.incidentAnalyticsP50Ms)));
    log(row(`(h) checklist click, ${clicks.people} people at once`, `p50 ${millis(clicks.p50Ms)} ms, p95 ${millis(clicks.p95Ms)} ms`, `p95 ≤ ${TARGETS.readinessClickP95Ms} ms`, verdict(clicks.p95Ms <= TARGETS.readinessClickP95Ms)));
    log(row(`(i) scorecard, ${int(scorecard.services)} services × ${scorecard.categories} categories`, `p50 ${millis(scorecard.p50Ms)} ms, p95 ${millis(scorecard.p95Ms)} ms`, `p50 ≤ ${TARGETS.readinessScorecardP50Ms} ms`, verdict(scorecard.p50Ms <= TARGETS.readinessScorecardP50Ms)));
    log(row(`(j) cost import, ${int(costImport.rows)} FOCUS rows over HTTP`, `${costImport.seconds.toFixed(1)} s, ${int(costImport.rowsPerSecond)} rows/s`, `≤ ${TARGETS.costImportSeconds} s`, verdict(costImport.seconds <= TARGETS.costImportSeconds)));
    log(row(`    resident memory growth while importing`, `${costImport.rssGrowthMiB.toFixed(0)} MiB`, `≤ ${TARGETS.costImportRssGrowthMiB} MiB`, verdict(costImport.rssGrowthMiB <= TARGETS.costImportRssGrowthMiB)));
    log(row(`    automatic checks evaluated per read`, `${int(scorecard.checks)} (${int(scorecard.slos)} SLOs' error budgets read)`));
    log(row(`(k) cost showback page, ${int(showbackBench.records)} lines`, `p50 ${millis(showbackBench.p50Ms)} ms, p95 ${millis(showbackBench.p95Ms)} ms`, `p95 ≤ ${TARGETS.costShowbackP95Ms} ms`, verdict(showbackBench.p95Ms <= TARGETS.costShowbackP95Ms)));
    log(row(`(l) what-if recompute, ${int(whatIf.lines)} lines`, `p50 ${millis(whatIf.p50Ms)} ms, p95 ${millis(whatIf.p95Ms)} ms`, `p95 ≤ ${TARGETS.whatIfRecomputeMs} ms`, verdict(whatIf.p95Ms <= TARGETS.whatIfRecomputeMs)));
    log(row("    correctness", `ingest sums ${ingest.result.verified ? "ok" : "WRONG"}, seek = scan ${naive.agree ? "ok" : "WRONG"}${page ? ", page rows ok" : ""}`));
    log("  (KB = 1,000 bytes, KiB = 1,024 bytes)");
    for (const line of loud) log(`!!! NOTE: ${line}`);
    if (!ingest.result.verified || !naive.agree || feed.events !== feed.shifts || clicks.lost > 0) process.exitCode = 1;
  } finally {
    cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
