import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stylesheetHashSources } from "./stylesheet-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("stylesheetHashSources", () => {
  it("hashes every .css file under <distDir>/static, also in sub folders, each once; other files are left out", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "ttv-css-"));
    fs.mkdirSync(path.join(dist, "static", "chunks", "deep"), { recursive: true });
    fs.writeFileSync(path.join(dist, "static", "chunks", "a.css"), "body{color:red}");
    fs.writeFileSync(path.join(dist, "static", "chunks", "deep", "b.css"), ".x{margin:0}");
    fs.writeFileSync(path.join(dist, "static", "chunks", "copy.css"), "body{color:red}");
    fs.writeFileSync(path.join(dist, "static", "chunks", "app.js"), "console.log(1)");
    expect(stylesheetHashSources(dist)).toEqual([sha("body{color:red}"), sha(".x{margin:0}")].sort());
    fs.rmSync(dist, { recursive: true });
  });

  it("gives none without a build (development, tests)", () => {
    expect(stylesheetHashSources(path.join(os.tmpdir(), "ttv-no-build-here"))).toEqual([]);
  });
});
