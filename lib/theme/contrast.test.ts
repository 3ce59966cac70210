import { describe, expect, it } from "vitest";
import { contrastOfHex, hexToRgb, relativeLuminance } from "./contrast";

describe("hexToRgb", () => {
  it.each([
    ["#000000", { r: 0, g: 0, b: 0 }],
    ["#FFFFFF", { r: 255, g: 255, b: 255 }],
    ["#abc", { r: 0xaa, g: 0xbb, b: 0xcc }],
    ["#0a564f", { r: 10, g: 86, b: 79 }],
  ])("%s", (hex, rgb) => expect(hexToRgb(hex)).toEqual(rgb));
  it.each(["red", "#12345", "#1234567", "rgb(0,0,0)", "#ggg", "", "#fff;}"])("refuses %j", (v) => expect(hexToRgb(v)).toBeNull());
});

describe("relative luminance (WCAG)", () => {
  it.each([
    ["#000000", 0],
    ["#ffffff", 1],
    ["#808080", 0.2158605],
    ["#ff0000", 0.2126],
    ["#00ff00", 0.7152],
    ["#0000ff", 0.0722],
  ])("%s = %f", (hex, l) => expect(relativeLuminance(hexToRgb(hex)!)).toBeCloseTo(l, 5));
});

describe("contrast ratio (values as WebAIM's contrast checker shows them)", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#000000", 21],
    ["#ffffff", "#ffffff", 1],
    ["#767676", "#ffffff", 4.54],
    ["#777777", "#ffffff", 4.47],
    ["#0a564f", "#ffffff", 8.54],
    ["#1a4fd6", "#fbfbf8", 6.46],
    ["#ff0000", "#ffffff", 3.99],
    ["#949494", "#ffffff", 3.03],
  ])("%s on %s = %f", (a, b, ratio) => expect(contrastOfHex(a, b)).toBeCloseTo(ratio, 2));
  it("never rounds a failing ratio up to the limit", () => {
    expect(contrastOfHex("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});
