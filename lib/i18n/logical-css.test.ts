import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPhysicalClasses } from "./logical-css";

const root = path.resolve(__dirname, "../..");

/** Resident-facing code that must use logical direction classes only (Arabic runs right to left). */
export const RTL_CHECKED_PATHS = [
  "components/layout",
  "app/page.tsx",
  "app/[gemeente]",
  "app/privacy",
  "app/toegankelijkheid",
  "app/leveranciers",
  "components/resident",
  "components/advice",
  "components/questionnaire",
  "components/lending",
  "app/advies",
  "app/reserveren",
  "app/reservering",
  "app/wachtlijst",
  "app/uitkomst",
  "app/uitleenpunten",
  "app/verslag",
];


function sourceFiles(relative: string): string[] {
  const full = path.join(root, relative);
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const child = path.join(relative, e.name);
    if (e.isDirectory()) return sourceFiles(child);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [child] : [];
  });
}

describe("findPhysicalClasses", () => {
  it.each([
    ['<p className="ml-2 text-lg">', ["ml-2"]],
    ['<p className="md:pr-4 hover:-mr-1">', ["md:pr-4", "hover:-mr-1"]],
    ["<div className={`absolute left-0 top-0 ${x}`}>", ["left-0"]],
    ['cn("text-left", "border-l-4 border-brand-700", "rounded-r-lg", "rounded-tl-md", "float-right")', ["text-left", "border-l-4", "rounded-r-lg", "rounded-tl-md", "float-right"]],
    ['<p className="pl-[3px] right-1/2">', ["pl-[3px]", "right-1/2"]],
  ])("flags %s", (source, expected) => {
    expect(findPhysicalClasses(source).map((f) => f.className)).toEqual(expected);
  });

  it.each([
    '<p className="ms-2 me-4 ps-6 pe-1 start-0 end-2 inset-s-0 -inset-e-2 text-start text-end border-s-4 rounded-e-lg rounded-ss-md">',
    // Tailwind 4 writes these with margin-/border-inline-start/end already
    '<ul className="flex space-x-2 divide-x">',
    // look-alikes that are not direction classes
    '<p className="rounded-lg border-red-500 border-lime-300 p-3 px-4 mx-auto inset-x-0 translate-x-1">',
    'const tag = "pl-PL"; // a language tag, not a class',
    "<p>Links: ml-2 in gewone tekst wordt niet gelezen</p>",
  ])("passes %s", (source) => {
    expect(findPhysicalClasses(source)).toEqual([]);
  });

  it("reports the line of a class in a multi-line template literal", () => {
    expect(findPhysicalClasses("const a = 1;\nconst c = `flex\n  ml-2`;")).toEqual([{ line: 3, className: "ml-2", instead: "ms-* / me-*" }]);
  });
});

describe("resident pages use logical direction classes (right to left for Arabic)", () => {
  it.each(RTL_CHECKED_PATHS)("%s has no physical direction classes", (relative) => {
    const findings = sourceFiles(relative).flatMap((file) =>
      findPhysicalClasses(readFileSync(path.join(root, file), "utf8")).map((f) => `${file}:${f.line} ${f.className} → ${f.instead}`),
    );
    expect(findings).toEqual([]);
  });

  it.each(RTL_CHECKED_PATHS)("%s exists (a renamed folder must be renamed here too)", (relative) => {
    expect(existsSync(path.join(root, relative))).toBe(true);
  });
});
