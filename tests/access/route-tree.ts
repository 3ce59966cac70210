/**
 * The route tree of app/, read from the file system: every page (page.tsx), every route handler (route.ts, with the
 * methods it serves) and every server action (exported async functions of "use server" files). The role x route
 * matrix (access-matrix.ts) must name each of them: app/access-matrix.test.ts fails listing what is missing, and the
 * Playwright spec tests/e2e/security/access-matrix.spec.ts visits every page as every role.
 */
import fs from "node:fs";
import path from "node:path";

export interface RouteTree {
  /** "/balie/[centre]/voorraad/[unitId]" */
  pages: string[];
  handlers: { route: string; methods: string[] }[];
  /** "app/beheer/mensen/actions.ts#inviteAction" */
  actions: string[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** app/(group)/x/[id]/page.tsx -> /x/[id]; route groups and private folders (_lib) are not part of the URL. */
function routeOf(appDir: string, file: string): string {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

export function readRouteTree(root: string = process.cwd()): RouteTree {
  const appDir = path.join(root, "app");
  const files = walk(appDir).filter((f) => !f.split(path.sep).some((s) => s.startsWith("_")));
  const pages = files.filter((f) => /[/\\]page\.tsx?$/.test(f)).map((f) => routeOf(appDir, f)).sort();
  const handlers = files
    .filter((f) => /[/\\]route\.tsx?$/.test(f))
    .map((f) => {
      const source = fs.readFileSync(f, "utf8");
      const methods = [...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
      // next-auth's handler is exported as `export { handler as GET, handler as POST }`
      for (const m of source.matchAll(/\b\w+\s+as\s+(GET|POST)\b/g)) if (!/notAllowed/.test(m[0])) methods.push(m[1]!);
      return { route: routeOf(appDir, f), methods: [...new Set(methods)].sort() };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  const actions = files
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/m.test(fs.readFileSync(f, "utf8").split("\n").slice(0, 5).join("\n")))
    .flatMap((f) => {
      const rel = path.relative(root, f).split(path.sep).join("/");
      return [...fs.readFileSync(f, "utf8").matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => `${rel}#${m[1]}`);
    })
    .sort();
  return { pages, handlers, actions };
}
