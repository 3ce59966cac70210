import { describe, expect, it } from "vitest";
import { etagFor, matchesIfNoneMatch } from "./etag";

describe("etag", () => {
  const tag = etagFor('{"a":1}');
  it("is a quoted strong tag that changes with the body", () => {
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagFor('{"a":1}')).toBe(tag);
    expect(etagFor('{"a":2}')).not.toBe(tag);
  });
  it.each<[string | null, boolean]>([
    [null, false],
    ["", false],
    [tag, true],
    [`W/${tag}`, true],
    [`"other", ${tag}`, true],
    ["*", true],
    ['"other"', false],
  ])("If-None-Match %s -> %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });
});
