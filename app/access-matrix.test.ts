/**
 * The role x route matrix (tests/access/access-matrix.ts) is generated from the route tree: this test walks app/
 * and fails listing every page, route handler (method) or server action that the matrix does not name, so a new
 * route cannot be added without saying who may use it. The Playwright spec tests/e2e/security/access-matrix.spec.ts
 * then opens every page as every subject. Server actions cannot be called from outside without their id, so here
 * each action that is not for everyone must find the signed-in person itself (getCurrentUser / requireRole, directly
 * or through a helper of its file): the lib/server function it calls then checks that actor.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACTIONS, expectedOutcome, HANDLERS, PAGES, SUBJECTS } from "@/tests/access/access-matrix";
import { readRouteTree } from "@/tests/access/route-tree";

const tree = readRouteTree();

describe("the role x route matrix covers the route tree", () => {
  it("found the routes (so the next tests can fail)", () => {
    expect(tree.pages.length).toBeGreaterThan(50);
    expect(tree.handlers.length).toBeGreaterThan(15);
    expect(tree.actions.length).toBeGreaterThan(50);
  });

  it("names every page, and no page that is gone", () => {
    expect(tree.pages.filter((p) => !(p in PAGES)), "add these pages to PAGES in tests/access/access-matrix.ts").toEqual([]);
    expect(Object.keys(PAGES).filter((p) => !tree.pages.includes(p))).toEqual([]);
  });

  it("names every route handler, and none that is gone", () => {
    const routes = tree.handlers.map((h) => h.route);
    expect(routes.filter((r) => !(r in HANDLERS)), "add these route handlers to HANDLERS in tests/access/access-matrix.ts").toEqual([]);
    expect(Object.keys(HANDLERS).filter((r) => !routes.includes(r))).toEqual([]);
    for (const h of tree.handlers) expect(h.methods.length, h.route).toBeGreaterThan(0);
  });

  it("names every server action, and none that is gone", () => {
    expect(tree.actions.filter((a) => !(a in ACTIONS)), "add these server actions to ACTIONS in tests/access/access-matrix.ts").toEqual([]);
    expect(Object.keys(ACTIONS).filter((a) => !tree.actions.includes(a))).toEqual([]);
  });

  it("gives a value for every [param] of a page or handler", () => {
    const missing: string[] = [];
    for (const [route, access] of [...Object.entries(PAGES), ...Object.entries(HANDLERS)]) {
      for (const [, param] of route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)) {
        if (!access.params?.[param!] && !route.startsWith("/api/")) missing.push(`${route} [${param}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("opens the pages of residents' codes the same for every role: they read no session", () => {
    const coded = Object.entries(PAGES).filter(([, a]) => Object.values(a.params ?? {}).includes("unknown-code")).map(([route]) => route);
    expect(coded.length).toBeGreaterThan(5);
    for (const route of coded) {
      const source = fs.readFileSync(path.join(process.cwd(), "app", ...route.split("/").filter(Boolean), "page.tsx"), "utf8");
      expect(/\b(getCurrentUser|requireRole)\s*\(/.test(source), route).toBe(false);
    }
  });

  it("expects a clear outcome for every page and subject (table)", () => {
    expect(expectedOutcome(PAGES["/balie/[centre]/voorraad/[unitId]"]!, "anonymous")).toBe("login");
    expect(expectedOutcome(PAGES["/balie/[centre]/voorraad/[unitId]"]!, "CONSULTANT")).toBe("notfound");
    expect(expectedOutcome(PAGES["/balie/[centre]/voorraad/[unitId]"]!, "CENTRE_STAFF")).toBe("notfound");
    expect(expectedOutcome(PAGES["/beheer/uitleenpunten/[id]"]!, "MUNICIPALITY_ADMIN")).toBe("notfound");
    expect(expectedOutcome(PAGES["/beheer/uitleenpunten/[id]"]!, "PLATFORM_ADMIN")).toBe("ok");
    expect(expectedOutcome(PAGES["/beheer/audit"]!, "MUNICIPALITY_ADMIN")).toBe("ok");
    expect(expectedOutcome(PAGES["/privacy"]!, "anonymous")).toBe("ok");
    expect(Object.keys(PAGES).length * SUBJECTS.length).toBeGreaterThan(300);
  });
});

/** Top-level functions of a file with their body text. */
function functionsOf(file: string): Map<string, string> {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body) out.set(st.name.text, st.body.getText());
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) out.set(d.name.getText(), d.initializer.body.getText());
      }
    }
  }
  return out;
}

describe("server actions find the signed-in person themselves", () => {
  const FINDS_PERSON = /\b(getCurrentUser|requireRole)\s*\(/;
  it.each(Object.entries(ACTIONS).filter(([, who]) => who !== "everyone").map(([key]) => key))("%s", (key) => {
    const [file, name] = key.split("#") as [string, string];
    const full = path.join(process.cwd(), file);
    const functions = functionsOf(full);
    // helpers that find the person (staffActor(), actionActor(), ...): of this file, or imported from a module of
    // app/ (a relative import), two levels deep
    const finders = new Set([...functions].filter(([, body]) => FINDS_PERSON.test(body)).map(([n]) => n));
    for (const m of fs.readFileSync(full, "utf8").matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = [".ts", ".tsx"].map((ext) => path.resolve(path.dirname(full), m[2]! + ext)).find((f) => fs.existsSync(f));
      if (!target) continue;
      const theirs = functionsOf(target);
      const theirFinders = new Set([...theirs].filter(([, body]) => FINDS_PERSON.test(body)).map(([n]) => n));
      for (const [n, body] of theirs) if ([...theirFinders].some((f) => new RegExp(`\\b${f}\\s*\\(`).test(body))) theirFinders.add(n);
      for (const imported of m[1]!.split(",").map((x) => x.trim().split(/\s+as\s+/).pop()!)) if (theirFinders.has(imported)) finders.add(imported);
    }
    for (const [n, body] of functions) if ([...finders].some((f) => new RegExp(`\\b${f}\\s*\\(`).test(body))) finders.add(n);
    const body = functions.get(name);
    expect(body, `${name} in ${file}`).toBeDefined();
    const finds = FINDS_PERSON.test(body!) || [...finders].some((f) => f !== name && new RegExp(`\\b${f}\\s*\\(`).test(body!));
    expect(finds, `${key} must call getCurrentUser() or requireRole() (or a helper of its file that does)`).toBe(true);
  });
});
