// no "server-only": the configuration import on the command line (lib/server/config-transfer/core.ts) re-encodes
// logos from a file with it too; it reads no database.
import { createHash } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { appError } from "@/lib/errors";

/** Largest upload accepted (before decoding), and the box the stored logo fits in. */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 200;
/** Refuse decoding anything with more pixels than this (decompression bombs). */
const LIMIT_INPUT_PIXELS = 40_000_000;

export interface ProcessedLogo {
  data: Buffer;
  mimeType: "image/png";
  width: number;
  height: number;
  sha256: string;
}

/**
 * Decodes an uploaded logo (PNG, JPEG or WebP only, recognised by its content, not its name), drops all metadata,
 * fits it inside 600 x 200 px and writes a fresh PNG (keeps transparency). SVG and every other format are refused:
 * an SVG can carry scripts and links, and re-encoding is what makes the stored file harmless.
 */
export async function processLogo(input: Uint8Array): Promise<ProcessedLogo> {
  if (input.byteLength === 0) throw appError("INVALID", "staff.chooseLogoFile", { field: "logo" });
  if (input.byteLength > LOGO_MAX_BYTES) {
    throw appError("INVALID", "staff.logoTooLarge", { fieldMessage: { field: "logo", key: "staff.logoFileTooLarge", params: { mb: LOGO_MAX_BYTES / 1024 / 1024 } } });
  }
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: LIMIT_INPUT_PIXELS }).metadata());
  } catch {
    format = undefined;
  }
  if (format !== "png" && format !== "jpeg" && format !== "webp") {
    throw appError("INVALID", "staff.fileUnusable", { fieldMessage: { field: "logo", key: "staff.logoWrongType" } });
  }
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await sharp(input, { limitInputPixels: LIMIT_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: LOGO_MAX_WIDTH, height: LOGO_MAX_HEIGHT, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw appError("INVALID", "staff.fileUnreadable", { fieldMessage: { field: "logo", key: "staff.logoDamaged" } });
  }
  return { data: out.data, mimeType: "image/png", width: out.info.width, height: out.info.height, sha256: createHash("sha256").update(out.data).digest("hex") };
}
