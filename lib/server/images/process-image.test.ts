import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanImage, ImageError, MAX_IMAGE_BYTES, MAX_SIDE, sniffImageType } from "./process-image";

const make = (width: number, height: number, format: "png" | "jpeg" | "webp") =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    [format]()
    .toBuffer();

describe("cleanImage: what is stored is a re-encoded, resized WebP", () => {
  it.each([
    ["png", 1600, 1200, 800, 600],
    ["jpeg", 400, 300, 400, 300],
    ["webp", 300, 1200, 200, 800],
  ] as const)("%s %ix%i becomes WebP %ix%i", async (format, w, h, ow, oh) => {
    const input = await make(w, h, format);
    const out = await cleanImage(input);
    expect(out.contentType).toBe("image/webp");
    expect([out.width, out.height]).toEqual([ow, oh]);
    expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(MAX_SIDE);
    expect(sniffImageType(out.bytes)).toBe("webp");
    expect(Buffer.compare(out.bytes, input)).not.toBe(0);
    const meta = await sharp(out.bytes).metadata();
    expect(meta.format).toBe("webp");
  });

  it("drops metadata (EXIF, e.g. camera and location)", async () => {
    const withExif = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#336699" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "geheim", Artist: "iemand" } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const out = await cleanImage(withExif);
    expect((await sharp(out.bytes).metadata()).exif).toBeUndefined();
  });

  const png = () => make(200, 200, "png");
  it.each([
    ["an empty file", async () => new Uint8Array(), "leeg"],
    ["text", async () => new TextEncoder().encode("hallo, dit is geen plaatje"), "geen afbeelding"],
    ["HTML named as an image", async () => new TextEncoder().encode("<html><script>alert(1)</script></html>"), "geen afbeelding"],
    ["an SVG", async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "geen afbeelding"],
    ["a GIF", async () => sharp({ create: { width: 200, height: 200, channels: 3, background: "#000" } }).gif().toBuffer(), "geen afbeelding"],
    ["a cut-off PNG", async () => (await png()).subarray(0, 60), "kapot"],
    ["a PNG header followed by rubbish", async () => Buffer.concat([(await png()).subarray(0, 8), Buffer.alloc(500, 7)]), "kapot"],
    ["too small", async () => make(80, 200, "png"), "te klein"],
    ["too many pixels", async () => make(9000, 120, "png"), "te groot"],
    ["too many bytes", async () => Buffer.concat([await png(), Buffer.alloc(MAX_IMAGE_BYTES)]), "te groot"],
  ])("refuses %s with a Dutch message", async (_name, input, words) => {
    const bytes = await input();
    const error = await cleanImage(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageError);
    expect((error as Error).message.toLowerCase()).toContain(words);
  });
});

describe("sniffImageType", () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "png"],
    [[0xff, 0xd8, 0xff, 0xe0], "jpeg"],
    [[...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP")], "webp"],
    [[...Buffer.from("GIF89a")], null],
    [[], null],
  ])("%j -> %s", (bytes, expected) => {
    expect(sniffImageType(new Uint8Array(bytes))).toBe(expected);
  });
});
