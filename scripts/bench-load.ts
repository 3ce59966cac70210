/**
 * Part of `npm run bench` (issue 14): the figures measured over HTTP against one or more running app instances.
 *   - advice vs questions: POST /api/v1/advice and GET /api/v1/questions at the same concurrency, in alternating
 *     rounds of the same run (a shared, busy machine slows both alike), spread over every instance;
 *   - the reservation burst: N simultaneous POST /api/v1/reservations for one product at one centre, spread over
 *     every instance; afterwards the database must agree (exactly the free units booked, no unit twice);
 *   - shared limits: failed lookups by code (a rate limit in PostgreSQL, the same store as sign-in throttling)
 *     alternate between instances; the limit must hold for their sum, not per instance.
 * Loopback only; every figure is a measurement, never an assertion in a test.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { shortCode } from "../lib/util/codes";
import { generateAnswers } from "../lib/matching/generate";
import { amsterdamToday, calendarOf, nextPickupDays } from "../lib/server/lending/rules";

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank, as in bench-engine.ts
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export interface Shot {
  status: number | "network";
  ms: number;
  body?: string;
  /** for "network": the error code (UND_ERR_CONNECT_TIMEOUT, ECONNRESET, TimeoutError, …) */
  cause?: string;
}

export async function shoot(url: string, init: { method: string; body?: string; headers?: Record<string, string>; keepBody?: boolean }): Promise<Shot> {
  const start = performance.now();
  try {
    const response = await fetch(url, {
      method: init.method,
      headers: { ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - start, body: init.keepBody ? text : undefined };
  } catch (error) {
    // the kind of failure, for the report (a connect timeout of the client, a reset, our own 60 s deadline)
    const e = error as { name?: string; cause?: { code?: string } };
    return { status: "network", ms: performance.now() - start, cause: e.cause?.code ?? e.name ?? "Error" };
  }
}

export interface LoadFigures {
  endpoint: string;
  requests: number;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
}

interface Request {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** `total` requests at `concurrency`, request i to instance i mod n; latencies and time spent. */
async function run(bases: readonly string[], requests: readonly Request[], total: number, concurrency: number, deadline: number) {
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      if (performance.now() > deadline) return;
      const i = next++;
      if (i >= total) return;
      const r = requests[i % requests.length]!;
      const shot = await shoot(`${bases[i % bases.length]}${r.path}`, { method: r.method, body: r.body });
      latencies.push(shot.ms);
      statuses[String(shot.status)] = (statuses[String(shot.status)] ?? 0) + 1;
      if (shot.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, statuses, errors, seconds: (performance.now() - started) / 1000 };
}

function figures(endpoint: string, concurrency: number, parts: Awaited<ReturnType<typeof run>>[]): LoadFigures {
  const sorted = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((s, p) => s + p.seconds, 0);
  const statuses: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  return {
    endpoint,
    requests: sorted.length,
    concurrency,
    seconds: round2(seconds),
    requestsPerSecond: round2(sorted.length / seconds),
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted[sorted.length - 1] ?? Number.NaN),
    errors: parts.reduce((s, p) => s + p.errors, 0),
    statuses,
  };
}

/** Varied, deterministic advice bodies: generated answers, Den Haag, postcodes across the city. */
export function adviceRequests(): Request[] {
  const postcodes = ["2545 GH", "2511 BT", "2583 CL", "2533 DK", null];
  return generateAnswers(200, 7).map((answers, i) => ({
    method: "POST" as const,
    path: "/api/v1/advice",
    body: JSON.stringify({ municipality: "den-haag", answers, postcode: postcodes[i % postcodes.length] }),
  }));
}

export interface RatioResult {
  questions: LoadFigures;
  advice: LoadFigures;
  /** advice req/s divided by questions req/s */
  ratio: number;
  rounds: number;
}

/**
 * Advice and questions in `rounds` alternating rounds (questions, advice, questions, ...) of total/rounds requests
 * each, after a warm-up of both. Throughput = requests / time spent in that endpoint's rounds.
 */
export async function adviceVersusQuestions(options: { bases: readonly string[]; total: number; concurrency: number; warmup: number; rounds: number; maxSeconds: number }): Promise<RatioResult> {
  const advice = adviceRequests();
  const questions: Request[] = [{ method: "GET", path: "/api/v1/questions" }];
  const deadline = performance.now() + options.maxSeconds * 1000;
  for (const r of [advice, questions]) {
    const probe = await shoot(`${options.bases[0]}${r[0]!.path}`, { method: r[0]!.method, body: r[0]!.body });
    if (probe.status !== 200) throw new Error(`${r[0]!.method} ${r[0]!.path} gaf ${probe.status} in plaats van 200. Is de app gestart en zijn er demogegevens?`);
    if (options.warmup > 0) await run(options.bases, r, options.warmup, options.concurrency, Number.POSITIVE_INFINITY);
  }
  const per = Math.max(1, Math.floor(options.total / options.rounds));
  const q: Awaited<ReturnType<typeof run>>[] = [];
  const a: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < options.rounds && performance.now() < deadline; i++) {
    q.push(await run(options.bases, questions, per, options.concurrency, deadline));
    a.push(await run(options.bases, advice, per, options.concurrency, deadline));
  }
  const qf = figures("GET /api/v1/questions", options.concurrency, q);
  const af = figures("POST /api/v1/advice", options.concurrency, a);
  return { questions: qf, advice: af, ratio: round2(af.requestsPerSecond / qf.requestsPerSecond), rounds: q.length };
}

/** Advice throughput against the given instances only (for "two together vs one"). */
export async function adviceThroughput(options: { bases: readonly string[]; total: number; concurrency: number; maxSeconds: number }): Promise<LoadFigures> {
  const result = await run(options.bases, adviceRequests(), options.total, options.concurrency, performance.now() + options.maxSeconds * 1000);
  return figures("POST /api/v1/advice", options.concurrency, [result]);
}

// ------------------------------------------------------------------------------------------ reservation burst

export interface BurstResult {
  attempts: number;
  instances: number;
  product: string;
  centre: string;
  /** AVAILABLE units of the product at the centre just before the burst */
  free: number;
  /** 201 answers */
  booked: number;
  /** 409 "niet meer beschikbaar" answers */
  refused: number;
  /** anything else: network errors, 4xx other than 409, 5xx */
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** reservations in the database made by the burst */
  reservationsInDatabase: number;
  /** units with more than one open reservation (must be 0) */
  doubleBooked: number;
  /** AVAILABLE units of the product at the centre after the burst (must be 0 when attempts > free) */
  leftFree: number;
}

/**
 * Picks the lendable product (no monitoring consent needed) and centre with the most free units, adds `extraUnits`
 * free units there (the bench's own, emptied database only), then fires `attempts` reservations at the same moment.
 */
/** Attempts that warm the reservation route before the burst (see reservationBurst). */
export const BURST_WARMUP = 200;

export async function reservationBurst(options: { bases: readonly string[]; databaseUrl: string; attempts: number; extraUnits: number }): Promise<BurstResult> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const pick = await client.query<{ product: string; product_id: string; centre: string; centre_id: string }>(
      `select p.slug as product, p.id as product_id, c.slug as centre, c.id as centre_id
         from "LendingUnit" u join "Product" p on p.id = u."productId" join "LendingCentre" c on c.id = u."centreId"
         join "Municipality" m on m.id = c."municipalityId"
        where u.status = 'AVAILABLE' and p.lendable and p.active and not p."isMonitoring" and c."closedAt" is null and m.status <> 'paused'
        group by p.slug, p.id, c.slug, c.id order by count(*) desc, p.slug, c.slug limit 1`,
    );
    const target = pick.rows[0];
    if (!target) throw new Error("Geen vrij exemplaar gevonden voor de reserveringspiek.");
    const run = randomBytes(3).toString("hex").toUpperCase();
    for (let i = 0; i < options.extraUnits; i++) {
      await client.query(`insert into "LendingUnit" ("id", "code", "productId", "centreId", "status", "updatedAt") values ($1, $2, $3, $4, 'AVAILABLE', now())`, [
        `bench-${run}-${i}`,
        `BENCH-${run}-${String(i + 1).padStart(2, "0")}`,
        target.product_id,
        target.centre_id,
      ]);
    }
    const countFree = async () =>
      Number((await client.query<{ n: string }>(`select count(*) as n from "LendingUnit" where "productId" = $1 and "centreId" = $2 and status = 'AVAILABLE'`, [target.product_id, target.centre_id])).rows[0]!.n);
    const free = await countFree();
    const hours = await client.query<{ weekday: number; opens: string; closes: string }>(`select weekday, opens, closes from "OpeningHours" where "centreId" = $1`, [target.centre_id]);
    const closed = await client.query<{ date: string }>(`select date from "ClosedDay" where "centreId" = $1`, [target.centre_id]);
    const pickupDate = nextPickupDays(calendarOf({ openingHours: hours.rows, closedDays: closed.rows }), amsterdamToday(new Date()))[0]?.day;
    if (!pickupDate) throw new Error("Het uitleenpunt van de reserveringspiek heeft geen ophaaldag.");
    const marker = `Piek ${run}`;
    const bodies = Array.from({ length: options.attempts }, (_, i) =>
      JSON.stringify({ product: target.product, centre: target.centre, pickupDate, name: `${marker} ${i + 1}`, phone: "06 1234 5678", consent: true }),
    );
    // the route warm on every instance, as a running production instance is: its code loaded and compiled by the JIT.
    // BURST_WARMUP attempts for the same product and centre with a pickup day in the past (400, nothing reserved) go the
    // same way as the burst's up to the pickup-day check, 20 at a time.
    const warmBody = JSON.stringify({ product: target.product, centre: target.centre, pickupDate: "2020-01-06", name: `${marker} warm`, phone: "06 1234 5678", consent: true });
    for (let sent = 0; sent < BURST_WARMUP; sent += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => shoot(`${options.bases[(sent + i) % options.bases.length]}/api/v1/reservations`, { method: "POST", body: warmBody })));
    }
    // every attempt leaves at the same moment, spread over the instances
    const shots = await Promise.all(bodies.map((body, i) => shoot(`${options.bases[i % options.bases.length]}/api/v1/reservations`, { method: "POST", body })));
    const statuses: Record<string, number> = {};
    for (const s of shots) {
      const key = s.status === "network" ? `network:${s.cause ?? "?"}` : String(s.status);
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    const sorted = shots.map((s) => s.ms).sort((a, b) => a - b);
    const booked = statuses["201"] ?? 0;
    const refused = statuses["409"] ?? 0;
    const inDb = Number((await client.query<{ n: string }>(`select count(*) as n from "Reservation" where name like $1`, [`${marker} %`])).rows[0]!.n);
    const doubles = Number(
      (await client.query<{ n: string }>(`select count(*) as n from (select "unitId" from "Reservation" where status = 'RESERVED' group by "unitId" having count(*) > 1) d`)).rows[0]!.n,
    );
    return {
      attempts: options.attempts,
      instances: options.bases.length,
      product: target.product,
      centre: target.centre,
      free,
      booked,
      refused,
      errors: options.attempts - booked - refused,
      statuses,
      p50: round2(percentile(sorted, 50)),
      p95: round2(percentile(sorted, 95)),
      p99: round2(percentile(sorted, 99)),
      max: round2(sorted[sorted.length - 1] ?? Number.NaN),
      reservationsInDatabase: inDb,
      doubleBooked: doubles,
      leftFree: await countFree(),
    };
  } finally {
    await client.end();
  }
}

export interface SimultaneousResult {
  what: string;
  attempts: number;
  /** answers per status ("network:…" for a failed connection) */
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  max: number;
}

/**
 * `attempts` requests that all leave at the same moment, sent by this process's HTTP client exactly as the
 * reservation burst sends them: what the same burst costs where there is (almost) nothing to do. The reference for the
 * burst's p99 on this machine (client and server share its cores).
 */
export async function simultaneous(what: string, url: string, attempts: number, init: { method: string; body?: string } = { method: "GET" }): Promise<SimultaneousResult> {
  await shoot(url, init); // warm: the route's code loaded, as in the burst
  const shots = await Promise.all(Array.from({ length: attempts }, () => shoot(url, init)));
  const statuses: Record<string, number> = {};
  for (const s of shots) {
    const key = s.status === "network" ? `network:${s.cause ?? "?"}` : String(s.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const sorted = shots.map((s) => s.ms).sort((a, b) => a - b);
  return { what, attempts, statuses, p50: round2(percentile(sorted, 50)), p99: round2(percentile(sorted, 99)), max: round2(sorted[sorted.length - 1] ?? Number.NaN) };
}

/**
 * A bare Node.js HTTP server in its own process (no framework, no database) that answers every request with a small
 * JSON 409, like a full product's answer: the floor under any app on this machine with this client.
 * Returns its URL and a stop function.
 */
export async function startBareServer(): Promise<{ url: string; stop: () => void }> {
  const source = `const http = require("node:http");
const server = http.createServer((req, res) => { req.resume(); req.on("end", () => { res.writeHead(409, { "content-type": "application/json" }); res.end('{"error":"niet beschikbaar","fields":{}}'); }); });
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));`;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

// ------------------------------------------------------------------------------------------ shared limits

export interface SharedLimitResult {
  instances: number;
  limit: number;
  /** lookups answered 404 before the first 429, over all instances together */
  allowedBeforeRefusal: number;
  /** the first refused lookup went to this instance (1-based) */
  refusedAt: number | null;
  shared: boolean;
}

/**
 * Failed lookups by code from one client (an address from TEST-NET via X-Forwarded-For, trusted from loopback only
 * in the bench's instances), alternating between the instances. Shared buckets refuse after `limit` in total;
 * per-instance buckets would allow `limit` on each.
 */
export async function sharedLookupLimit(options: { bases: readonly string[]; limit: number }): Promise<SharedLimitResult> {
  const client = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  let allowed = 0;
  let refusedAt: number | null = null;
  for (let i = 0; i < options.limit * options.bases.length + 2; i++) {
    const instance = i % options.bases.length;
    const code = shortCode();
    const shot = await shoot(`${options.bases[instance]}/api/v1/reservations/${code}`, { method: "GET", headers: { "x-forwarded-for": client } });
    if (shot.status === 429) {
      refusedAt = instance + 1;
      break;
    }
    allowed++;
  }
  return { instances: options.bases.length, limit: options.limit, allowedBeforeRefusal: allowed, refusedAt, shared: refusedAt !== null && allowed === options.limit };
}

// ------------------------------------------------------------------------------------------ jobs once

export interface JobsOnceResult {
  /** rows in pg-boss's schedule table per scheduled job (1 each, however many instances registered them) */
  schedules: Record<string, number>;
  /** scheduled runs created while the bench ran */
  runs: number;
  /** (job, minute) pairs created more than once, for jobs only their schedule creates: a schedule that ran twice */
  duplicates: number;
  /** runs of the jobs that only their schedule creates (the ones that would come twice if each instance scheduled) */
  cronRuns: number;
  ok: boolean | null;
}

/** After instances with jobs on ran side by side: every schedule once, every scheduled run created once. */
export async function jobsRanOnce(options: { databaseUrl: string; names: readonly string[]; onlyCron: readonly string[]; since: Date }): Promise<JobsOnceResult> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const exists = await client.query(`select 1 from information_schema.tables where table_schema = 'pgboss' and table_name = 'schedule'`);
    if (exists.rowCount === 0) return { schedules: {}, runs: 0, cronRuns: 0, duplicates: 0, ok: null };
    const schedules = await client.query<{ name: string; n: string }>(`select name, count(*) as n from pgboss.schedule where name = any($1) group by name`, [options.names]);
    const runs = await client.query<{ n: string }>(`select count(*) as n from pgboss.job where name = any($1) and created_on >= $2`, [options.names, options.since]);
    const duplicates = await client.query<{ n: string }>(
      `select count(*) as n from (select name, date_trunc('minute', created_on) from pgboss.job where name = any($1) and created_on >= $2 group by 1, 2 having count(*) > 1) d`,
      [options.onlyCron, options.since],
    );
    const cronRuns = await client.query<{ n: string }>(`select count(*) as n from pgboss.job where name = any($1) and created_on >= $2`, [options.onlyCron, options.since]);
    const perName = Object.fromEntries(options.names.map((n) => [n, Number(schedules.rows.find((r) => r.name === n)?.n ?? 0)]));
    const dup = Number(duplicates.rows[0]!.n);
    const schedulesOnce = Object.values(perName).every((n) => n === 1);
    // without a scheduled run since the start, "no run twice" proves nothing: not measured, unless a schedule is double
    const ok = !schedulesOnce || dup > 0 ? false : Number(cronRuns.rows[0]!.n) > 0 ? true : null;
    return { schedules: perName, runs: Number(runs.rows[0]!.n), cronRuns: Number(cronRuns.rows[0]!.n), duplicates: dup, ok };
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------ resident JavaScript

export interface PageJs {
  page: string;
  path: string;
  status: number | "network";
  scripts: number;
  /** sum of the page's script files, gzip-compressed (what the browser downloads on a first visit) */
  gzipBytes: number;
  /** `nomodule` scripts, not in gzipBytes: browsers with ES modules skip them */
  noModuleGzipBytes: number;
  /** per script file (not the nomodule ones): its path and gzip size */
  files: { src: string; gzipBytes: number }[];
}

/** A questionnaire of Den Haag with a few answers, in the bench's database, for the pages that need a code. */
export async function residentPaths(databaseUrl: string): Promise<{ page: string; path: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const code = shortCode();
    const answers = generateAnswers(1, 3)[0]!;
    await client.query(
      `insert into "Assessment" ("id", "code", "municipalityId", "answers", "postcode", "step", "eraseAfter", "updatedAt")
       select $1, $2, m.id, $3::jsonb, '2545 GH', 3, now() + interval '1 day', now() from "Municipality" m where m.slug = 'den-haag'`,
      [`bench-${code}`, code, JSON.stringify(answers)],
    );
    const lend = await client.query<{ product: string; centre: string }>(
      `select p.slug as product, c.slug as centre from "LendingUnit" u join "Product" p on p.id = u."productId" join "LendingCentre" c on c.id = u."centreId"
        where p.lendable and p.active and not p."isMonitoring" and c."closedAt" is null order by p.slug, c.slug limit 1`,
    );
    const r = lend.rows[0];
    return [
      { page: "home", path: "/" },
      { page: "vragenlijst, stap 1", path: `/advies/${code}/stap/1` },
      { page: "advies", path: `/advies/${code}/advies` },
      ...(r ? [{ page: "reserveren", path: `/reserveren/${r.product}/${r.centre}` }] : []),
    ];
  } finally {
    await client.end();
  }
}

/**
 * The script files a page loads on a first visit (the HTML's <script src>), fetched and gzip-compressed (level 9).
 * `nomodule` scripts (Next's polyfills for browsers without ES modules) are counted apart: every browser that runs
 * modules skips them without downloading.
 */
export async function pageJavaScript(base: string, page: string, pathname: string): Promise<PageJs> {
  const html = await shoot(`${base}${pathname}`, { method: "GET", keepBody: true });
  if (html.status !== 200 || !html.body) return { page, path: pathname, status: html.status, scripts: 0, gzipBytes: 0, noModuleGzipBytes: 0, files: [] };
  const tags = [...html.body.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const noModule = new Set(tags.filter((m) => /\snomodule(=|\s|>)/i.test(m[0])).map((m) => m[1]!.replaceAll("&amp;", "&")));
  const sources = [...new Set(tags.map((m) => m[1]!.replaceAll("&amp;", "&")))];
  let gzipBytes = 0;
  let noModuleGzipBytes = 0;
  let scripts = 0;
  const files: { src: string; gzipBytes: number }[] = [];
  for (const src of sources) {
    const response = await fetch(new URL(src, base));
    const size = gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
    if (noModule.has(src)) noModuleGzipBytes += size;
    else {
      gzipBytes += size;
      scripts++;
      files.push({ src, gzipBytes: size });
    }
  }
  return { page, path: pathname, status: html.status, scripts, gzipBytes, noModuleGzipBytes, files };
}
