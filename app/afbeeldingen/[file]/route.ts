/**
 * GET /afbeeldingen/<sha256>.webp: an image from the image store (lib/server/images). The address is the content's
 * hash, so the answer never changes: cached for a year (immutable), ETag = the hash, 304 on If-None-Match.
 */
import { readImage, shaFromFileName } from "@/lib/server/images/image-store";

export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";

function notFound(): Response {
  return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const sha = shaFromFileName(file);
  if (!sha) return notFound();
  const etag = `"${sha}"`;
  const headers = { ETag: etag, "Cache-Control": IMMUTABLE, "X-Content-Type-Options": "nosniff" };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    // the hash IS the content: no need to read the database
    return new Response(null, { status: 304, headers });
  }
  const image = await readImage(sha);
  if (!image) return notFound();
  return new Response(new Uint8Array(image.bytes), {
    status: 200,
    headers: { ...headers, "Content-Type": image.contentType, "Content-Length": String(image.bytes.length), "Content-Disposition": "inline" },
  });
}
