/**
 * Splits a migration script into statements at the semicolons that end them, for the Prisma CLI adapter
 * (prisma/cli-adapter.ts). @prisma/adapter-pg 6.19.3's executeScript splits at EVERY ";", also inside a comment, a
 * quoted string or a dollar-quoted function body ($$ ... $$), which breaks hand-written functions and triggers.
 * Understood: -- line comments, block comments, '...' strings ('' inside), "..." identifiers and $tag$ ... $tag$ bodies.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? n : end + 1;
    } else if (c === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n) {
        if (script[j] === c) {
          if (script[j + 1] === c) j += 2; // doubled quote inside
          else break;
        } else j++;
      }
      i = j + 1;
    } else if (c === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? n : end + tag.length;
      } else i++;
    } else if (c === ";") {
      statements.push(script.slice(start, i));
      i++;
      start = i;
    } else i++;
  }
  statements.push(script.slice(start));
  // a piece with nothing but comments and white space is no statement
  return statements.map((s) => s.trim()).filter((s) => s.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "").trim().length > 0);
}
