import "server-only";
import { pgPool } from "@/lib/db";

/**
 * Cache versions (issue 14): what an app instance may keep in memory between requests and how it knows it is still
 * current. PostgreSQL triggers bump a topic's version in table "CacheVersion" at COMMIT of every change to the tables
 * behind it (migration "cache_versions"):
 *   - catalogue:    Product, CatalogueVersion (the published catalogue)
 *   - municipality: Municipality (status, settings, Wmo desk, offer display), LendingCentre, MunicipalityProduct,
 *                   OpeningHours, ClosedDay
 *   - availability: LendingUnit, Loan, Reservation (and everything above that availability reads)
 * A cached value is kept together with the versions it was loaded under and reused only while a fresh read of the
 * table gives the same versions. So a change at the desk is seen by the next request on every instance: nothing
 * waits for a timer, nothing is sent between instances.
 */
export type Topic = "catalogue" | "municipality" | "availability";
export type Versions = Readonly<Record<Topic, string>>;

const TOPICS: readonly Topic[] = ["catalogue", "municipality", "availability"];

async function readVersions(): Promise<Versions> {
  const { rows } = await pgPool().query<{ topic: string; epoch: string; version: string }>(`SELECT "topic", "epoch", "version"::text AS "version" FROM "CacheVersion"`);
  const found = new Map(rows.map((r) => [r.topic, `${r.epoch}:${r.version}`]));
  // a missing row (emptied table) reads as "none"; the next change creates it with a new epoch
  return Object.fromEntries(TOPICS.map((t) => [t, found.get(t) ?? "none"])) as Record<Topic, string>;
}

let inFlight: Promise<Versions> | null = null;
let queued: Promise<Versions> | null = null;

function startRead(): Promise<Versions> {
  const read = readVersions();
  inFlight = read;
  const clear = () => {
    if (inFlight === read) inFlight = null;
  };
  read.then(clear, clear);
  return read;
}

/**
 * The current versions, from a read of "CacheVersion" that STARTS after this call, so it sees every change committed
 * before the call (the desk's change is never missed). Concurrent callers share reads: while one read runs, every
 * new caller waits for the next read, which starts when the running one ends. Under load this costs one small query
 * per round trip to PostgreSQL instead of one per request.
 */
export function currentVersions(): Promise<Versions> {
  if (!inFlight) return startRead();
  if (!queued) {
    const running = inFlight;
    queued = running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return startRead();
      });
  }
  return queued;
}

export interface VersionedCache<V> {
  /** the value for `key` loaded under `token` (the versions it depends on); loads it when missing or outdated */
  get(key: string, token: string, load: () => Promise<V>): Promise<V>;
  clear(): void;
}

/**
 * An in-memory cache whose entries carry the token (versions) they were loaded under. A failed load is never kept;
 * concurrent requests for the same key and token share one load. At most `maxEntries` keys (the oldest go first).
 */
export function versionedCache<V>(maxEntries = 500): VersionedCache<V> {
  const entries = new Map<string, { token: string; value: Promise<V> }>();
  return {
    get(key, token, load) {
      const hit = entries.get(key);
      if (hit && hit.token === token) return hit.value;
      const value = load();
      entries.delete(key);
      entries.set(key, { token, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
