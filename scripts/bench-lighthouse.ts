/**
 * Lighthouse mobile on resident pages (issue 14): the advice page's LCP at most 2.0 s (median of 5 runs),
 * performance >= 95, accessibility 100. Lighthouse's own defaults: mobile emulation (Moto G Power) and simulated
 * throttling (slow 4G, 4× CPU slowdown), so the figures are comparable with what anyone gets from the Lighthouse
 * CLI or Chrome DevTools. One headless Chromium (LIGHTHOUSE_CHROME, default /usr/bin/chromium) for all runs; each run
 * opens a fresh tab with an empty cache and storage (Lighthouse resets them).
 *
 * The `lighthouse` package is loaded at run time, so the rest of the bench works without it.
 */
import fs from "node:fs";
import os from "node:os";

export const LIGHTHOUSE_LCP_GOAL_MS = 2000;
export const LIGHTHOUSE_PERFORMANCE_GOAL = 95;
export const LIGHTHOUSE_ACCESSIBILITY_GOAL = 100;

export interface LighthouseRun {
  lcpMs: number;
  fcpMs: number;
  /** total blocking time: long main-thread tasks, what mostly moves the performance score on a busy machine */
  tbtMs: number;
  cls: number;
  /** CSS selector of the LCP element (no text: a page may show what a resident entered) */
  lcpElement: string | null;
  /** Lighthouse's LCP phases in ms (TTFB, load delay, load time, render delay); for a text element, render delay is the rest */
  lcpPhases: Record<string, number>;
  performance: number;
  accessibility: number;
  /** ids of accessibility audits that failed in this run */
  failedAccessibility: string[];
}

export interface LighthousePage {
  page: string;
  path: string;
  runs: LighthouseRun[];
  medianLcpMs: number;
  medianPerformance: number;
  medianAccessibility: number;
  medianFcpMs: number;
  medianTbtMs: number;
  medianCls: number;
  /** failed accessibility audits over all runs, with their title */
  failedAccessibility: { id: string; title: string }[];
  /** the machine's load average (1/5/15 min) when this page's runs started and ended */
  loadBefore: number[];
  loadAfter: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The LCP element's selector from the "largest-contentful-paint-element" audit's details (a table or a list of tables). */
function lcpSelector(details: unknown): string | null {
  const find = (d: unknown): string | null => {
    if (!d || typeof d !== "object") return null;
    const x = d as { type?: string; items?: unknown[] };
    for (const item of x.items ?? []) {
      const node = (item as { node?: { type?: string; selector?: string } }).node;
      if (node?.type === "node" && typeof node.selector === "string") return node.selector;
      const inner = find(item);
      if (inner) return inner;
    }
    return null;
  };
  return find(details);
}

/** The LCP phase table of the "largest-contentful-paint-element" audit: { "TTFB": ms, "Render Delay": ms, ... }. */
function lcpPhases(details: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const tables = (details as { items?: unknown[] } | undefined)?.items ?? [];
  for (const table of tables) {
    for (const item of (table as { items?: unknown[] }).items ?? []) {
      const { phase, timing } = item as { phase?: unknown; timing?: unknown };
      if (typeof phase === "string" && typeof timing === "number") out[phase] = Math.round(timing);
    }
  }
  return out;
}

/** True when the lighthouse package can be loaded (it is a devDependency; a production install lacks it). */
/** The Chromium Lighthouse drives (LIGHTHOUSE_CHROME, default Debian's /usr/bin/chromium). */
export function lighthouseChrome(): string {
  return process.env.LIGHTHOUSE_CHROME ?? "/usr/bin/chromium";
}

/** Why Lighthouse cannot run here (the package or the browser is missing), or null when it can. */
export async function lighthouseMissing(): Promise<string | null> {
  const installed = await import("lighthouse").then(
    () => true,
    () => false,
  );
  if (!installed) return "het pakket lighthouse is niet geïnstalleerd (npm install --include=dev)";
  if (!fs.existsSync(lighthouseChrome())) return `Chromium staat niet op ${lighthouseChrome()} (apt-get install chromium, of zet LIGHTHOUSE_CHROME)`;
  return null;
}

export async function benchLighthouse(options: {
  base: string;
  pages: readonly { page: string; path: string }[];
  runs: number;
  chromePath?: string;
  log?: (line: string) => void;
}): Promise<LighthousePage[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const log = options.log ?? (() => undefined);
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath ?? lighthouseChrome(),
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
    logLevel: "silent",
  });
  const out: LighthousePage[] = [];
  try {
    for (const p of options.pages) {
      const loadBefore = os.loadavg();
      const runs: LighthouseRun[] = [];
      const failed = new Map<string, string>();
      for (let n = 0; n < options.runs; n++) {
        const result = await lighthouse(`${options.base}${p.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gaf geen resultaat voor ${p.page}.`);
        if (lhr.runtimeError) throw new Error(`Lighthouse op ${p.page}: ${lhr.runtimeError.code}`);
        const accessibility = lhr.categories.accessibility;
        const failedHere = (accessibility?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((audit): audit is NonNullable<typeof audit> => !!audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
          .map((audit) => {
            failed.set(audit.id, audit.title);
            return audit.id;
          });
        const run: LighthouseRun = {
          lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
          fcpMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? Number.NaN),
          tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
          cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN) * 1000) / 1000,
          lcpElement: lcpSelector(lhr.audits["largest-contentful-paint-element"]?.details),
          lcpPhases: lcpPhases(lhr.audits["largest-contentful-paint-element"]?.details),
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((accessibility?.score ?? 0) * 100),
          failedAccessibility: failedHere,
        };
        runs.push(run);
        const phases = Object.entries(run.lcpPhases).map(([phase, ms]) => `${phase} ${ms}`).join(", ");
        log(`  ${p.page} run ${n + 1}/${options.runs}: LCP ${run.lcpMs} ms (${run.lcpElement ?? "?"}${phases ? `; ${phases}` : ""}), FCP ${run.fcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}, prestaties ${run.performance}, toegankelijkheid ${run.accessibility} (belasting ${os.loadavg()[0]!.toFixed(1)})`);
      }
      out.push({
        page: p.page,
        path: p.path,
        runs,
        medianLcpMs: median(runs.map((r) => r.lcpMs)),
        medianPerformance: median(runs.map((r) => r.performance)),
        medianAccessibility: median(runs.map((r) => r.accessibility)),
        medianFcpMs: median(runs.map((r) => r.fcpMs)),
        medianTbtMs: median(runs.map((r) => r.tbtMs)),
        medianCls: median(runs.map((r) => r.cls)),
        failedAccessibility: [...failed].map(([id, title]) => ({ id, title })),
        loadBefore,
        loadAfter: os.loadavg(),
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
