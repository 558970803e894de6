// Phase (e): the SLO list page over the status phase's 1,000 SLOs, served by the production build (`next start`):
// signed in over HTTP as a browser is, the server's response time for GET /slos, and the JavaScript the page loads.
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import { closeDb, getConnection } from "@/db/client";
import { CLI_ACTOR } from "@/db/queries/audit";
import { createUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/access/password";
import { SLO_PAGE_SIZE } from "@/lib/slo/view/list";
import { int, kb, log, millis, percentile, type SloFixture } from "./common";
import { ensureProductionBuild, startNextServer, type BuildInfo } from "./next-server";

const WARM_UP = 3;
const TIMED = 20;
const VARIANT_WARM_UP = 2;
const VARIANT_TIMED = 10;
const SESSION_COOKIE = "next-auth.session-token";

export type PageTiming = { label: string; path: string; runs: number; fullP50Ms: number; fullP95Ms: number; ttfbP50Ms: number; ttfbP95Ms: number; listed: number; htmlBytes: number };

export type ClientJs = {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  noModule: { files: number; gzipBytes: number };
  inline: { scripts: number; flightPushes: number; rawBytes: number; gzipBytes: number };
  html: { rawBytes: number; gzipBytes: number };
};

export type ListPageResult = { build: BuildInfo; pages: PageTiming[]; js: ClientJs };

/** The cookies a browser would keep from the answers of one site, sent back on every request. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0]!;
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** A user who can sign in, added with the app's own queries; then the bench lets go of the database for the server. */
async function addUserAndReleaseDb(): Promise<{ email: string; password: string }> {
  const email = "bench-admin@keel.invalid";
  const password = crypto.randomBytes(18).toString("base64url");
  await createUser({ email, name: "Bench admin", role: "admin", passwordHash: await hashPassword(password) }, CLI_ACTOR);
  getConnection().sqlite.pragma("wal_checkpoint(TRUNCATE)");
  closeDb();
  return { email, password };
}

/** next-auth 4's credentials sign-in, as the login form does it: CSRF token and cookie first, then the callback. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (csrf.status !== 200 || !csrfToken) throw new Error(`GET /api/auth/csrf answered ${csrf.status} without a token`);
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/slos`, json: "true" }),
  });
  jar.take(callback);
  const answer = await callback.text();
  if (!jar.has(SESSION_COOKIE)) throw new Error(`sign-in failed: POST /api/auth/callback/credentials answered ${callback.status} ${answer} without a ${SESSION_COOKIE} cookie`);
  const session = await fetch(`${origin}/api/auth/session`, { headers: { cookie: jar.header() } });
  const who = (await session.json()) as { user?: { email?: string; role?: string } };
  if (session.status !== 200 || who.user?.email !== email) throw new Error(`not signed in after sign-in: GET /api/auth/session answered ${session.status} ${JSON.stringify(who)}`);
  log(`    signed in as ${who.user.email} (${who.user.role ?? "no role"}) over /api/auth/callback/credentials`);
  return jar.header();
}

/** Fails unless the HTML is the list itself: status 200, "N SLOs · page 1 of P", and the first page's rows. */
function checkListPage(label: string, status: number, html: string, expectedTotal: number): void {
  if (status !== 200) throw new Error(`${label}: HTTP ${status}${status >= 300 && status < 400 ? " (a redirect: the session was not accepted)" : ""}`);
  const text = html.replaceAll("<!-- -->", "");
  const summary = `${expectedTotal} SLO${expectedTotal === 1 ? "" : "s"} · page 1 of ${Math.max(1, Math.ceil(expectedTotal / SLO_PAGE_SIZE))}`;
  if (!text.includes(summary)) throw new Error(`${label}: the page does not say "${summary}"`);
  const rows = new Set(html.match(/href="\/slos\/status-slo-\d+"/g) ?? []).size;
  const expectedRows = Math.min(expectedTotal, SLO_PAGE_SIZE);
  if (rows !== expectedRows) throw new Error(`${label}: ${rows} SLO rows on the page, expected ${expectedRows}`);
}

/** Warm-up requests, then timed ones: time to the response headers (first byte) and until the whole body is read. */
async function timePage(origin: string, cookie: string, label: string, path: string, expectedTotal: number, warmUp: number, timed: number): Promise<PageTiming & { html: string }> {
  const ttfb: number[] = [];
  const full: number[] = [];
  let html = "";
  for (let i = 0; i < warmUp + timed; i++) {
    const started = performance.now();
    const response = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
    const headersAt = performance.now();
    html = await response.text();
    const doneAt = performance.now();
    checkListPage(`GET ${path}`, response.status, html, expectedTotal);
    if (i < warmUp) continue;
    ttfb.push(headersAt - started);
    full.push(doneAt - started);
  }
  const result = { label, path, runs: full.length, fullP50Ms: percentile(full, 0.5), fullP95Ms: percentile(full, 0.95), ttfbP50Ms: percentile(ttfb, 0.5), ttfbP95Ms: percentile(ttfb, 0.95), listed: expectedTotal, htmlBytes: Buffer.byteLength(html) };
  log(`    GET ${path}: full response p50 ${millis(result.fullP50Ms)} ms, p95 ${millis(result.fullP95Ms)} ms; first byte p50 ${millis(result.ttfbP50Ms)} ms, p95 ${millis(result.ttfbP95Ms)} ms (${result.runs} timed after ${warmUp} warm-up; ${int(expectedTotal)} SLOs listed, ${kb(result.htmlBytes)} of HTML)`);
  return { ...result, html };
}

const gzipBytes = (data: Buffer | string) => zlib.gzipSync(data).length;

/** Every external script the page's HTML loads, fetched and gzipped one by one; the inline scripts (RSC flight payload) apart. */
async function clientJavaScript(origin: string, html: string): Promise<ClientJs> {
  const external: { src: string; noModule: boolean }[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src) external.push({ src: src.replaceAll("&amp;", "&"), noModule: /\bnomodule\b/i.test(attributes) });
    else if (match[2]) inline.push(match[2]);
  }
  if (!external.some((script) => !script.noModule)) throw new Error("GET /slos: no <script src> in the HTML");
  // Chunks the inline scripts name (the bundler's chunk list, client references in the RSC payload) are loaded too;
  // today all of them also have a <script src>, but should one not, it counts all the same.
  const named = new Set(external.map((script) => new URL(script.src, origin).pathname));
  const extra = [...new Set(inline.join("\n").match(/(?<=["/])static\/chunks\/[\w.~-]+\.js/g) ?? [])].map((chunk) => `/_next/${chunk}`).filter((chunk) => !named.has(chunk));
  if (extra.length) log(`!!! ${extra.length} chunk(s) named by inline scripts but not loaded by a <script src>: counted too (${extra.join(", ")})`);
  const unique = [...new Map([...external, ...extra.map((src) => ({ src, noModule: false }))].map((script) => [script.src, script])).values()];
  const js: ClientJs = {
    files: 0,
    rawBytes: 0,
    gzipBytes: 0,
    noModule: { files: 0, gzipBytes: 0 },
    inline: { scripts: inline.length, flightPushes: inline.filter((body) => body.includes("self.__next_f.push(")).length, rawBytes: Buffer.byteLength(inline.join("")), gzipBytes: gzipBytes(inline.join("")) },
    html: { rawBytes: Buffer.byteLength(html), gzipBytes: gzipBytes(html) },
  };
  for (const { src, noModule } of unique) {
    const response = await fetch(new URL(src, origin));
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`GET ${src}: HTTP ${response.status}`);
    // Modern browsers skip nomodule scripts (the legacy polyfills): reported apart, not counted.
    if (noModule) {
      js.noModule.files++;
      js.noModule.gzipBytes += gzipBytes(body);
      continue;
    }
    js.files++;
    js.rawBytes += body.length;
    js.gzipBytes += gzipBytes(body);
  }
  log(`    client JS: ${js.files} files (<script src> and chunks the inline scripts name), ${kb(js.rawBytes)} raw, ${kb(js.gzipBytes)} gzipped one by one (zlib default level)`);
  if (js.noModule.files) log(`    not counted: ${js.noModule.files} nomodule script(s), ${kb(js.noModule.gzipBytes)} gzipped (skipped by modern browsers)`);
  log(`    inline scripts: ${js.inline.scripts} (${js.inline.flightPushes} self.__next_f.push RSC flight chunks), ${kb(js.inline.rawBytes)} raw, ${kb(js.inline.gzipBytes)} gzipped together`);
  log(`    whole HTML document: ${kb(js.html.rawBytes)} raw, ${kb(js.html.gzipBytes)} gzipped`);
  return js;
}

/**
 * Adds a user to the status phase's database, lets go of it, serves the production build over it, signs in,
 * then times GET /slos (first page of 50, default sort) and two variants and weighs the page's JavaScript.
 */
export async function benchListPage(scratchDir: string, dbFile: string, fixtures: readonly SloFixture[]): Promise<ListPageResult> {
  const { email, password } = await addUserAndReleaseDb();
  const build = await ensureProductionBuild(scratchDir);
  const server = await startNextServer(dbFile);
  try {
    const cookie = await signIn(server.url, email, password);
    const pages: PageTiming[] = [];
    const first = await timePage(server.url, cookie, "default sort (trouble first)", "/slos", fixtures.length, WARM_UP, TIMED);
    pages.push(first);
    const needle = "status-slo-42";
    pages.push(await timePage(server.url, cookie, "sort=burn", "/slos?sort=burn", fixtures.length, VARIANT_WARM_UP, VARIANT_TIMED));
    const found = fixtures.filter((fixture) => fixture.slug.includes(needle)).length;
    if (found) pages.push(await timePage(server.url, cookie, `q=${needle}`, `/slos?q=${needle}`, found, VARIANT_WARM_UP, VARIANT_TIMED));
    const js = await clientJavaScript(server.url, first.html);
    return { build, pages, js };
  } finally {
    await server.stop();
    log("    next start stopped");
  }
}
