import { describe, expect, it } from "vitest";
import { formatCode, normaliseCode, shortCode } from "./codes";

describe("shortCode", () => {
  it("gives 8 characters from the readable alphabet, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => shortCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(shortCode(12)).toHaveLength(12);
  });
  it("formats and normalises", () => {
    expect(formatCode("KX7M2QPD")).toBe("KX7M-2QPD");
    expect(normaliseCode(" kx7m-2qpd ")).toBe("KX7M2QPD");
  });
});
