import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The CSP sources for the app's own stylesheets when Next.js puts them inline (next.config.ts
 * `experimental.inlineCss`: the CSS goes into the HTML as <style>, so a first visit needs no extra request before it
 * can paint). React writes those <style> tags without the request's nonce, so the policy names them by hash instead:
 * 'sha256-…' of each built stylesheet, whose text the tag holds unchanged. Read once per process from the build
 * (`<distDir>/static`, where `next build` put them); a build does not change under a running server. Without a build
 * (development, unit tests) the list is empty: `next dev` links its stylesheets, which 'self' allows.
 */
export function stylesheetHashSources(distDir = process.env.NEXT_DIST_DIR ?? ".next"): readonly string[] {
  const cached = cache.get(distDir);
  if (cached) return cached;
  const sources = cssFiles(path.resolve(distDir, "static")).map((file) => `'sha256-${createHash("sha256").update(fs.readFileSync(file)).digest("base64")}'`);
  const unique = [...new Set(sources)].sort();
  cache.set(distDir, unique);
  return unique;
}

const cache = new Map<string, readonly string[]>();

function cssFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return cssFiles(full);
    return e.isFile() && e.name.endsWith(".css") ? [full] : [];
  });
}
