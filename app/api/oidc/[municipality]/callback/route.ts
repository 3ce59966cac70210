import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { currentClient } from "@/lib/api/rate-limit";
import { homeFor } from "@/lib/auth/permissions";
import { slugSchema } from "@/lib/schemas/municipality";
import { appUrlFor } from "@/lib/server/app-url";
import { OIDC_FLOW_COOKIE, completeOidcSignIn } from "@/lib/server/oidc/flow";
import { flowCookieOptions, nextAuthSessionCookie } from "@/lib/server/oidc/session-cookie";

/** The identity provider sends the user back here with a code (lib/server/oidc/flow.ts checks everything). */
export async function GET(request: Request, ctx: { params: Promise<{ municipality: string }> }): Promise<Response> {
  const base = appUrlFor(request);
  const slug = slugSchema.safeParse((await ctx.params).municipality);
  const jar = await cookies();
  const result = slug.success
    ? await completeOidcSignIn({ slug: slug.data, baseUrl: base, search: new URL(request.url).search, flowCookie: jar.get(OIDC_FLOW_COOKIE)?.value, client: await currentClient() })
    : null;
  let response: NextResponse;
  if (result?.ok) {
    response = NextResponse.redirect(new URL(homeFor(result.user.role), base), 303);
    const session = await nextAuthSessionCookie(result.user, result.sessionId);
    response.cookies.set(session.name, session.value, session.options);
  } else if (result?.refusal === "no_rights") {
    response = NextResponse.redirect(new URL("/inloggen/geen-rechten", base), 303);
  } else {
    response = NextResponse.redirect(new URL("/inloggen?gemeente=mislukt", base), 303);
  }
  // the flow cookie is used once
  response.cookies.set(OIDC_FLOW_COOKIE, "", flowCookieOptions(0));
  response.headers.set("Cache-Control", "no-store");
  return response;
}
