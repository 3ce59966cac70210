/**
 * The image store against a real PostgreSQL: an upload in the catalogue editor is cleaned (WebP, resized) and stored
 * in the database, served at /afbeeldingen/<sha256>.webp with a year's cache and ETag (304 on If-None-Match), and
 * after publishing it is the product's ImageUrl in the open-data feed. Only catalogue editors may upload.
 */
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getImage } from "@/app/afbeeldingen/[file]/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import type { Actor } from "@/lib/auth/permissions";
import { getProductForEditing, saveProductEdit, uploadProductImage } from "@/lib/server/catalogue/edit-product";
import { publishCatalogueDraft } from "@/lib/server/catalogue/manage-catalogue";
import { ImageError } from "@/lib/server/images/process-image";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let editor: Actor;
let consultant: Actor;

const BASE = "http://localhost:3000";
const fetchImage = (file: string, headers: Record<string, string> = {}) => getImage(new Request(`${BASE}/afbeeldingen/${file}`, { headers }), { params: Promise.resolve({ file }) });
const jpeg = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: "#2a7" } }).jpeg().toBuffer();

beforeAll(async () => {
  db = await resetWithDemoData();
  editor = await actorFor(db, "catalogus@ttv.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
});

describe("product images", () => {
  it("only a catalogue editor may upload (others: not found); a bad file is refused with a Dutch message", async () => {
    await expect(uploadProductImage(consultant, await jpeg(300, 300))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(uploadProductImage(editor, new TextEncoder().encode("<script>alert(1)</script>"))).rejects.toBeInstanceOf(ImageError);
    expect(await db.storedImage.count()).toBe(0);
  });

  it("stores the cleaned image, serves it with long cache headers and an ETag, and shows it in the feed after publishing", async () => {
    const upload = await jpeg(1600, 900);
    const ref = await uploadProductImage(editor, upload);
    expect(ref.path).toMatch(/^\/afbeeldingen\/[0-9a-f]{64}\.webp$/);
    expect([ref.width, ref.height]).toEqual([800, 450]);
    // the same image again is stored once
    expect((await uploadProductImage(editor, upload)).id).toBe(ref.id);
    expect(await db.storedImage.count()).toBe(1);

    const file = ref.path.split("/").pop()!;
    const response = await fetchImage(file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = response.headers.get("etag")!;
    expect(etag).toBe(`"${ref.sha256}"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(Buffer.compare(body, upload)).not.toBe(0);
    expect((await sharp(body).metadata()).format).toBe("webp");
    expect((await fetchImage(file, { "If-None-Match": etag })).status).toBe(304);
    expect((await fetchImage(`${"0".repeat(64)}.webp`)).status).toBe(404);
    expect((await fetchImage("../../etc/passwd")).status).toBe(404);

    const { product } = await getProductForEditing(editor, "robotstofzuiger");
    const saved = await saveProductEdit(editor, { ...product, imagePath: ref.path, imageAlt: "Een ronde robotstofzuiger op een houten vloer" }, "Echte foto");
    expect(saved.changedFields).toEqual(expect.arrayContaining(["imagePath", "imageAlt"]));
    await publishCatalogueDraft(editor, saved.number);
    const feed = await getProduct(new Request(`${BASE}/api/v1/products/robotstofzuiger`), { params: Promise.resolve({ slug: "robotstofzuiger" }) });
    const { product: record } = (await feed.json()) as { product: { ImageUrl: string; imageAlt: string } };
    expect(record.ImageUrl).toMatch(new RegExp(`^https?://[^/]+/afbeeldingen/${ref.sha256}\\.webp$`));
    expect(record.imageAlt).toBe("Een ronde robotstofzuiger op een houten vloer");
  });

  it("audits every upload", async () => {
    const events = await db.auditEvent.findMany({ where: { action: "catalogue.image" } });
    expect(events.length).toBe(2);
    expect(events.every((e) => e.actorId === editor.userId && e.entityType === "StoredImage")).toBe(true);
  });
});
