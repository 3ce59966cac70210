import "server-only";
/**
 * The generic image store: images in PostgreSQL (StoredImage), so several app instances share them. Store only what
 * process-image.ts cleaned; read by address for the /afbeeldingen route. Content-addressed: the sha-256 of the
 * stored bytes is the address and the ETag, and the same image is stored once.
 */
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cleanImage, type CleanImage } from "./process-image";

export type ImagePurpose = "product" | "submission";

/** Where an image is served: "/afbeeldingen/<sha256>.webp" (also a valid catalogue imagePath). */
export const IMAGE_ROUTE = "/afbeeldingen";
const FILE_PATTERN = /^([0-9a-f]{64})\.webp$/;

export function imageUrlPath(sha256: string): string {
  return `${IMAGE_ROUTE}/${sha256}.webp`;
}

/** The sha-256 in an image address ("<sha>.webp"), or null when it is not one. */
export function shaFromFileName(file: string): string | null {
  return FILE_PATTERN.exec(file)?.[1] ?? null;
}

export interface StoredImageRef {
  id: string;
  sha256: string;
  path: string;
  width: number;
  height: number;
}

type Tx = Prisma.TransactionClient | typeof db;

/** Stores an already cleaned image (idempotent by content). */
export async function storeCleanImage(image: CleanImage, options: { purpose: ImagePurpose; createdById: string | null }, tx: Tx = db): Promise<StoredImageRef> {
  const sha256 = createHash("sha256").update(image.bytes).digest("hex");
  const row = await tx.storedImage.upsert({
    where: { sha256 },
    update: {},
    create: {
      sha256,
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      byteSize: image.bytes.length,
      bytes: new Uint8Array(image.bytes),
      purpose: options.purpose,
      createdById: options.createdById,
    },
    select: { id: true, sha256: true, width: true, height: true },
  });
  return { ...row, path: imageUrlPath(row.sha256) };
}

/** Checks, cleans and stores an upload. Throws ImageError (Dutch message) for anything that is not a good image. */
export async function storeUploadedImage(upload: Uint8Array, options: { purpose: ImagePurpose; createdById: string | null }): Promise<StoredImageRef> {
  return storeCleanImage(await cleanImage(upload), options);
}

/** One image by its address, or null. */
export async function readImage(sha256: string): Promise<{ bytes: Uint8Array; contentType: string; sha256: string } | null> {
  const row = await db.storedImage.findUnique({ where: { sha256 }, select: { bytes: true, contentType: true, sha256: true } });
  return row ? { bytes: row.bytes, contentType: row.contentType, sha256: row.sha256 } : null;
}

/** Whether a catalogue image path points to a stored image that exists (a path under /public is not checked here). */
export async function storedImageExists(path: string): Promise<boolean> {
  const file = path.startsWith(`${IMAGE_ROUTE}/`) ? path.slice(IMAGE_ROUTE.length + 1) : null;
  const sha = file ? shaFromFileName(file) : null;
  if (!sha) return false;
  return (await db.storedImage.count({ where: { sha256: sha } })) > 0;
}
