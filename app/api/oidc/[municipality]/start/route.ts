import { NextResponse } from "next/server";
import { slugSchema } from "@/lib/schemas/municipality";
import { appUrlFor } from "@/lib/server/app-url";
import { OIDC_FLOW_COOKIE, OIDC_FLOW_SECONDS, beginOidcSignIn } from "@/lib/server/oidc/flow";
import { flowCookieOptions } from "@/lib/server/oidc/session-cookie";

/** Starts the sign-in through the municipality's own identity provider (lib/server/oidc/flow.ts). */
export async function GET(request: Request, ctx: { params: Promise<{ municipality: string }> }): Promise<Response> {
  const base = appUrlFor(request);
  const slug = slugSchema.safeParse((await ctx.params).municipality);
  const begun = slug.success ? await beginOidcSignIn({ slug: slug.data, baseUrl: base }) : null;
  if (!begun) return NextResponse.redirect(new URL("/inloggen?gemeente=niet-beschikbaar", base), 303);
  const response = NextResponse.redirect(begun.url, 303);
  response.cookies.set(OIDC_FLOW_COOKIE, begun.flowCookie, flowCookieOptions(OIDC_FLOW_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}
