/**
 * The browser for the end-to-end tests: Debian's chromium (Playwright cannot download browsers on these machines).
 * When it is missing, `npm test` gets it itself if it can do so without asking anybody: as root with apt-get, it runs
 * `apt-get update` and `apt-get install -y chromium fonts-dejavu-core` (the fonts: pages and axe need a real font).
 * Otherwise (not root, no apt, or a CHROMIUM_PATH of your own) it prints the one command to run, and stops:
 * it never uses sudo on your behalf.
 */
import fs from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";
export const APT_PACKAGES = ["chromium", "fonts-dejavu-core"] as const;
export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(" ")}`;

export type BrowserPlan =
  | { action: "ready" }
  | { action: "install"; reason: string }
  | { action: "instruct"; message: string };

export interface BrowserFacts {
  path: string;
  exists: boolean;
  /** CHROMIUM_PATH was set by the user */
  customPath: boolean;
  isRoot: boolean;
  hasApt: boolean;
}

export function browserPlan(facts: BrowserFacts): BrowserPlan {
  if (facts.exists) return { action: "ready" };
  if (facts.customPath) return { action: "instruct", message: `Chromium ontbreekt op CHROMIUM_PATH (${facts.path}). Zet CHROMIUM_PATH goed, of laat hem weg en installeer: ${INSTALL_COMMAND}` };
  if (facts.isRoot && facts.hasApt) return { action: "install", reason: `Chromium ontbreekt (${facts.path}); npm test installeert het nu met apt-get (als root) …` };
  const why = facts.hasApt ? "npm test draait niet als root en gebruikt geen sudo voor u" : "er is geen apt-get op deze machine";
  return { action: "instruct", message: `Chromium ontbreekt (${facts.path}) en ${why}. Installeer het met: ${INSTALL_COMMAND}` };
}

export function browserFacts(env: Record<string, string | undefined> = process.env): BrowserFacts {
  const path = env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  return {
    path,
    exists: fs.existsSync(path),
    customPath: Boolean(env.CHROMIUM_PATH),
    isRoot: typeof process.getuid === "function" && process.getuid() === 0,
    hasApt: fs.existsSync("/usr/bin/apt-get"),
  };
}

/**
 * Makes sure the browser is there. Returns its path, or throws with the one-line instruction.
 * `run` runs a command and resolves with its exit code (scripts/lib/run.ts; a fake in tests).
 */
export async function ensureChromium(
  run: (command: string, args: string[], env?: Record<string, string>) => Promise<number>,
  facts: BrowserFacts = browserFacts(),
  log: (line: string) => void = console.log,
  recheck: () => boolean = () => fs.existsSync(facts.path),
): Promise<string> {
  const plan = browserPlan(facts);
  if (plan.action === "ready") return facts.path;
  if (plan.action === "instruct") throw new Error(plan.message);
  log(plan.reason);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["update"], env)) !== 0) throw new Error(`apt-get update mislukte. Installeer chromium zelf: ${INSTALL_COMMAND}`);
  if ((await run("apt-get", ["install", "-y", ...APT_PACKAGES], env)) !== 0) throw new Error(`apt-get install mislukte. Installeer chromium zelf: ${INSTALL_COMMAND}`);
  if (!recheck()) throw new Error(`Na apt-get install staat chromium niet op ${facts.path}. Zet CHROMIUM_PATH naar de juiste plek.`);
  log("Chromium is geïnstalleerd.");
  return facts.path;
}
