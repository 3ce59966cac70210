/**
 * Arabic pages run right to left (dir="rtl"). Tailwind's physical classes (ml-2, pr-4, left-0, text-left,
 * border-l-4, rounded-r) stay on the same side in both directions, so a margin meant "before the text" lands after
 * it in Arabic. The logical classes (ms-2, pe-4, start-0, text-start, border-s-4, rounded-e) follow the direction.
 * `space-x-*` and `divide-x-*` are logical already in Tailwind 4 (margin-/border-inline-start/end), so they pass.
 *
 * Pure: finds physical direction classes in the string literals of a source file (JSX text is not looked at).
 */

/** physical class → what to write instead (for the message of a failing test) */
const PHYSICAL: { pattern: RegExp; instead: string }[] = [
  { pattern: /^(?:scroll-)?m[lr]-[a-z0-9.[\]()/_%-]+$/, instead: "ms-* / me-*" },
  { pattern: /^(?:scroll-)?p[lr]-[a-z0-9.[\]()/_%-]+$/, instead: "ps-* / pe-*" },
  { pattern: /^(?:left|right)-[a-z0-9.[\]()/_%-]+$/, instead: "inset-s-* / inset-e-*" },
  { pattern: /^text-(?:left|right)$/, instead: "text-start / text-end" },
  { pattern: /^border-[lr](?:-[a-z0-9.[\]()/_%-]+)?$/, instead: "border-s / border-e" },
  { pattern: /^rounded-(?:[lr]|tl|tr|bl|br)(?:-[a-z0-9.[\]()/_%-]+)?$/, instead: "rounded-s / rounded-e / rounded-ss / rounded-se / rounded-es / rounded-ee" },
  { pattern: /^(?:float|clear)-(?:left|right)$/, instead: "float-start / float-end" },
];

export interface PhysicalClass {
  line: number;
  className: string;
  instead: string;
}

/** the class without variants ("md:hover:-ml-2!" → "ml-2") */
function bare(token: string): string {
  const last = token.split(":").pop() ?? token;
  return last.replace(/^!/, "").replace(/!$/, "").replace(/^-/, "");
}

export function findPhysicalClasses(source: string): PhysicalClass[] {
  const found: PhysicalClass[] = [];
  const literal = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
  for (const match of source.matchAll(literal)) {
    const text = match[0].slice(1, -1);
    const startLine = source.slice(0, match.index).split("\n").length;
    text.split("\n").forEach((lineText, offset) => {
      for (const token of lineText.split(/[\s{}$]+/)) {
        const rule = PHYSICAL.find((r) => r.pattern.test(bare(token)));
        if (rule) found.push({ line: startLine + offset, className: token, instead: rule.instead });
      }
    });
  }
  return found;
}
