import { getLogoFile } from "@/lib/server/theme/public-look";

export const dynamic = "force-dynamic";

/**
 * GET /<slug>/logo: the municipality's logo as stored (re-encoded PNG). The page links it with ?v=<hash>, so a new
 * logo is a new address and this one may be cached for a year; ETag for anyone asking without the version.
 */
export async function GET(request: Request, ctx: { params: Promise<{ gemeente: string }> }) {
  const logo = await getLogoFile((await ctx.params).gemeente);
  if (!logo) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const etag = `"${logo.sha256}"`;
  const versioned = new URL(request.url).searchParams.get("v") === logo.sha256.slice(0, 16);
  const headers = {
    ETag: etag,
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate",
    "Last-Modified": logo.updatedAt.toUTCString(),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.data), { status: 200, headers: { ...headers, "Content-Type": logo.mimeType, "Content-Length": String(logo.data.byteLength) } });
}
