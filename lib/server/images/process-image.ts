/**
 * Checking and cleaning an uploaded image, with sharp (libvips, prebuilt @img binaries; no install script needed).
 * Pure apart from sharp: no database, no Next, so unit tests feed it real and broken files.
 *
 * What is stored is never the uploaded file: the bytes are decoded (a file that is not really a PNG, JPEG or WebP
 * fails here), turned upright (EXIF orientation), made at most MAX_SIDE pixels on its longest side, and encoded again
 * as WebP without metadata (no location, no camera data, nothing hidden in the file).
 */
import sharp, { type Metadata } from "sharp";
import { errorText, type ErrorKey, type ErrorParams } from "@/lib/errors";

/** Uploads larger than this are refused before decoding. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The smallest width and height that still shows a product. */
export const MIN_IMAGE_SIDE = 100;
/** Larger sides are refused (also protects against decompression bombs). */
export const MAX_INPUT_SIDE = 8000;
/** The stored image's longest side. */
export const MAX_SIDE = 800;

export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
const ACCEPTED_FORMATS = new Set(["png", "jpeg", "webp"]);

/** Not a usable image: a catalogue key (messages/nl/errors.json, staff.image*) and its Dutch text as the message. */
export class ImageError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params?: ErrorParams,
  ) {
    super(errorText(params ? { key, params } : { key }));
    this.name = "ImageError";
  }
}

export interface CleanImage {
  bytes: Buffer;
  contentType: "image/webp";
  width: number;
  height: number;
}

/** The first bytes of PNG, JPEG and WebP files: a quick refusal before sharp sees anything else. */
export function sniffImageType(bytes: Uint8Array): "png" | "jpeg" | "webp" | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === "RIFF" && String.fromCharCode(...bytes.subarray(8, 12)) === "WEBP") return "webp";
  return null;
}

/**
 * Checks an upload (size, real type, dimensions, that it decodes fully) and returns the cleaned WebP.
 * Throws ImageError with a Dutch message the form or API shows.
 */
export async function cleanImage(input: Uint8Array): Promise<CleanImage> {
  if (input.length === 0) throw new ImageError("staff.imageEmpty");
  if (input.length > MAX_IMAGE_BYTES) throw new ImageError("staff.imageTooLargeFile", { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 });
  const sniffed = sniffImageType(input);
  if (!sniffed) throw new ImageError("staff.imageNotAnImage");
  const options = { failOn: "error" as const, limitInputPixels: MAX_INPUT_SIDE * MAX_INPUT_SIDE, animated: false };
  let meta: Metadata;
  try {
    meta = await sharp(input, options).metadata();
  } catch {
    throw new ImageError("staff.imageBroken");
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format) || meta.format !== sniffed) throw new ImageError("staff.imageNotAnImage");
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) throw new ImageError("staff.imageTooSmall", { side: MIN_IMAGE_SIDE });
  if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) throw new ImageError("staff.imageTooLarge", { side: MAX_INPUT_SIDE });
  try {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: "image/webp", width: info.width, height: info.height };
  } catch {
    throw new ImageError("staff.imageBroken");
  }
}
