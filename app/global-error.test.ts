import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("./globals.css", () => ({}));

describe("global error page", () => {
  it("is a whole Dutch page with a way to try again and a link home, without technical details", async () => {
    const { default: GlobalError } = await import("./global-error");
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest: "123" });
    const html = renderToStaticMarkup(createElement(GlobalError, { error, reset: () => undefined }));
    expect(html).toMatch(/^<html lang="nl">/);
    expect(html).toContain("<body");
    expect(html).toContain("<h1");
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain("Probeer opnieuw");
    expect(html).toContain('href="/"');
    expect(html).not.toMatch(/ECONNREFUSED|5432|123/);
  });
});
