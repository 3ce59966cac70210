/**
 * Part of `npm run bench`: PostgreSQL restarts while residents ask for advice and make reservations.
 * Loopback only, bounded in time (BENCH_RESTART_SECONDS) and in count (BENCH_RESTART_REQUESTS).
 *   - load: advice (POST /api/v1/advice) and reservations (POST /api/v1/reservations) at a fixed concurrency;
 *   - after a short warm-up the bench stops PostgreSQL and starts it again (the embedded server it started itself);
 *   - it reports the failed requests (network errors, 5xx) and the recovery time: from PostgreSQL accepting
 *     connections again until the first request that succeeded after it;
 *   - afterwards every reservation that was answered 201 must exist in the database: a confirmed reservation is
 *     never lost. Lost reservations or no recovery make the bench fail.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { generateAnswers } from "../lib/matching/generate";
import { amsterdamToday, nextPickupDays } from "../lib/server/lending/rules";

export interface RestartBenchResult {
  seconds: number;
  requests: { advice: number; reservations: number };
  /** network errors and 5xx answers, per kind of request */
  failed: { advice: number; reservations: number };
  statuses: Record<string, number>;
  /** ms PostgreSQL was down (stop + start) */
  databaseDownMs: number;
  /** ms from PostgreSQL accepting connections again to the first successful request sent after that */
  recoveryMs: number | null;
  /** ms between the first and the last failed request */
  errorWindowMs: number;
  reservationsConfirmed: number;
  /** confirmed with 201 but not in the database */
  reservationsLost: string[];
  ok: boolean;
}

interface Slot {
  product: string;
  centre: string;
  pickupDate: string;
}

/** One reservation request per free unit (so a 409 "nothing free" is rare and never counted as failure). */
async function reservationSlots(url: string, limit: number): Promise<Slot[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const free = await client.query<{ product: string; centre: string; centre_id: string; n: number }>(
      `select p.slug as product, c.slug as centre, c.id as centre_id, count(*)::int as n
         from "LendingUnit" u join "Product" p on p.id = u."productId" join "LendingCentre" c on c.id = u."centreId"
        where u.status = 'AVAILABLE' and p.lendable and p.active
        group by p.slug, c.slug, c.id order by p.slug, c.slug`,
    );
    const hours = await client.query<{ centreId: string; weekday: number; opens: string; closes: string }>(
      `select "centreId", weekday, opens, closes from "OpeningHours"`,
    );
    const today = amsterdamToday(new Date());
    const slots: Slot[] = [];
    for (const row of free.rows) {
      const days = nextPickupDays(hours.rows.filter((h) => h.centreId === row.centre_id), today);
      if (days.length === 0) continue;
      for (let i = 0; i < row.n; i++) slots.push({ product: row.product, centre: row.centre, pickupDate: days[i % days.length]!.day });
    }
    return slots.slice(0, limit);
  } finally {
    await client.end();
  }
}

async function existingReferences(url: string, references: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ reference: string }>(`select reference from "Reservation" where reference = any($1)`, [references]);
    return new Set(found.rows.map((r) => r.reference));
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchRestart(options: {
  base: string;
  databaseUrl: string;
  restart: () => Promise<void>;
  seconds: number;
  maxRequests: number;
  concurrency: number;
  log?: (line: string) => void;
}): Promise<RestartBenchResult> {
  const log = options.log ?? console.log;
  const adviceBodies = generateAnswers(100, 11).map((answers) => JSON.stringify({ municipality: "den-haag", answers, postcode: "2545 GH" }));
  const slots = await reservationSlots(options.databaseUrl, Math.floor(options.maxRequests / 3));
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let sent = 0;
  let adviceIndex = 0;
  let slotIndex = 0;
  const statuses: Record<string, number> = {};
  const failed = { advice: 0, reservations: 0 };
  const requests = { advice: 0, reservations: 0 };
  const confirmed: string[] = [];
  let firstFailure: number | null = null;
  let lastFailure: number | null = null;
  let databaseBackAt: number | null = null;
  let recoveredAt: number | null = null;

  async function one(kind: "advice" | "reservations"): Promise<void> {
    const sentAt = performance.now();
    let body: string;
    if (kind === "advice") body = adviceBodies[adviceIndex++ % adviceBodies.length]!;
    else {
      const slot = slots[slotIndex++]!;
      body = JSON.stringify({ ...slot, name: "Bench Inwoner", phone: "06 1234 5678", consent: true });
    }
    requests[kind]++;
    let status: number | "network";
    let text = "";
    try {
      const response = await fetch(`${options.base}/api/v1/${kind}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
      text = await response.text();
    } catch {
      status = "network";
    }
    statuses[`${kind} ${status}`] = (statuses[`${kind} ${status}`] ?? 0) + 1;
    const now = performance.now();
    if (status === "network" || status >= 500) {
      failed[kind]++;
      firstFailure ??= now;
      lastFailure = now;
      return;
    }
    if (kind === "reservations" && status === 201) {
      const reference = (JSON.parse(text) as { reference?: string }).reference;
      if (reference) confirmed.push(reference);
    }
    if (status < 300 && databaseBackAt !== null && recoveredAt === null && sentAt >= databaseBackAt) recoveredAt = now;
  }

  /** Until the planned time; past it only until the restart is done and recovery was seen (at most 30 s more). */
  const keepGoing = () => {
    if (sent >= options.maxRequests) return false;
    const now = performance.now();
    if (now < deadline) return true;
    return (databaseBackAt === null || recoveredAt === null) && now < deadline + 30_000;
  };
  const worker = async (n: number) => {
    while (keepGoing()) {
      // every third worker reserves while free units last; the others ask for advice
      const kind = n % 3 === 2 && slotIndex < slots.length ? "reservations" : "advice";
      sent++;
      await one(kind);
    }
  };

  let databaseDownMs = 0;
  const restarter = (async () => {
    await sleep(Math.min(3_000, (options.seconds * 1000) / 4));
    log("PostgreSQL stoppen en weer starten …");
    const down = performance.now();
    await options.restart();
    databaseBackAt = performance.now();
    databaseDownMs = databaseBackAt - down;
    log(`PostgreSQL draait weer (${Math.round(databaseDownMs)} ms onderbroken).`);
  })();

  await Promise.all([...Array.from({ length: options.concurrency }, (_, n) => worker(n)), restarter]);
  const seconds = (performance.now() - started) / 1000;

  const present = confirmed.length ? await existingReferences(options.databaseUrl, confirmed) : new Set<string>();
  const lost = confirmed.filter((r) => !present.has(r));
  const recoveryMs = databaseBackAt !== null && recoveredAt !== null ? (recoveredAt as number) - (databaseBackAt as number) : null;
  return {
    seconds: Math.round(seconds * 100) / 100,
    requests,
    failed,
    statuses,
    databaseDownMs: Math.round(databaseDownMs),
    recoveryMs: recoveryMs === null ? null : Math.round(recoveryMs),
    errorWindowMs: firstFailure !== null && lastFailure !== null ? Math.round(lastFailure - firstFailure) : 0,
    reservationsConfirmed: confirmed.length,
    reservationsLost: lost,
    ok: lost.length === 0 && recoveryMs !== null,
  };
}
